package io.touchmap.model;

import java.util.Optional;

/**
 * The {@code map.theme} section: the colours, logo and PDF font the reports take, so that they look like the
 * organisation's own documents.
 *
 * @param brand the colour of the site's header (under white text) and of the PDF's bands, as {@code #rrggbb}; null
 *     for the default
 * @param accent the colour of links on the site and of headings and rules in the PDF, as {@code #rrggbb}; null for the
 *     default
 * @param logo the path of the logo file, relative to the map directory, as written; null for none
 * @param font the family the PDF is set in; null for the default, {@link Typeface#DEJAVU_SANS}
 * @param image the logo read from its file, or null when there is none or it could not be used
 */
public record Theme(String brand, String accent, String logo, Typeface font, Logo image, Origin origin) {

    /** The theme of a map that sets none: every default. */
    public static Theme none(Origin origin) {
        return new Theme(null, null, null, null, null, origin);
    }

    /** The brand colour the reports use: the map's, when it keeps its contrast with white; empty for the default. */
    public Optional<Colour> usableBrand() {
        return readable(brand);
    }

    /** The accent colour the reports use: the map's, when it keeps its contrast with white; empty for the default. */
    public Optional<Colour> usableAccent() {
        return readable(accent);
    }

    /** The family the PDF is set in. */
    public Typeface typeface() {
        return font == null ? Typeface.DEJAVU_SANS : font;
    }

    /** The logo the reports show, if the map has one that could be read. */
    public Optional<Logo> usableLogo() {
        return Optional.ofNullable(image);
    }

    private static Optional<Colour> readable(String written) {
        return Colour.parse(written).filter(Colour::readableWithWhite);
    }
}
