package io.touchmap.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A colour of a theme, written {@code #rrggbb} or {@code #rgb}, with the contrast it keeps against white by the
 * WCAG 2 formula of relative luminance.
 *
 * @param rgb the red, green and blue components, 8 bits each
 */
public record Colour(int rgb) {

    /** The contrast a colour needs against white for normal text (WCAG 2, level AA). */
    public static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern WRITTEN = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** The colour written as {@code text}, such as {@code #0a559c} or {@code #06c}, if it is one. */
    public static Optional<Colour> parse(String text) {
        if (text == null || !WRITTEN.matcher(text).matches()) {
            return Optional.empty();
        }
        String hex = text.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return Optional.of(new Colour(Integer.parseInt(hex, 16)));
    }

    public int red() {
        return (rgb >> 16) & 0xff;
    }

    public int green() {
        return (rgb >> 8) & 0xff;
    }

    public int blue() {
        return rgb & 0xff;
    }

    /** The colour as CSS writes it: {@code #rrggbb}, in lower case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** The contrast ratio of this colour with white, from 1 (white) to 21 (black). */
    public double contrastWithWhite() {
        return 1.05 / (luminance() + 0.05);
    }

    /** True when white text on this colour, or this colour on white, is readable as normal text. */
    public boolean readableWithWhite() {
        return contrastWithWhite() >= MINIMUM_CONTRAST;
    }

    /**
     * The nearest colour of the same hue that is readable with white: this colour darkened by the least amount that
     * reaches the minimum contrast (itself when it already does).
     */
    public Colour nearestReadable() {
        for (int step = 0; step <= 1000; step++) {
            double keep = 1 - step / 1000.0;
            Colour darker = new Colour((int) Math.round(red() * keep) << 16 | (int) Math.round(green() * keep) << 8
                    | (int) Math.round(blue() * keep));
            if (darker.readableWithWhite()) {
                return darker;
            }
        }
        return new Colour(0);
    }

    /** The relative luminance of WCAG 2, from 0 (black) to 1 (white). */
    double luminance() {
        return 0.2126 * linear(red()) + 0.7152 * linear(green()) + 0.0722 * linear(blue());
    }

    private static double linear(int component) {
        double c = component / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
