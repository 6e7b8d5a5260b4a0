package io.touchmap.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * The style declarations of what {@link SvgGraphics} draws, written once per chart as classes of its style sheet:
 * paints with their opacity, strokes, fonts; and the gradients and patterns a paint is defined by. Each declaration
 * is written only where SVG's default is not what Java2D draws, in the shortest form that says the same.
 */
final class SvgStyle {

    private SvgStyle() {
    }

    /**
     * {@code property} (fill or stroke) set to {@code paint} with the opacity of its colour and of {@code alpha}, the
     * composite's; empty if that paints nothing. A gradient or a texture is defined in {@code document} and referred
     * to; any other paint is black.
     */
    static String paint(SvgDocument document, String property, Paint paint, double alpha) {
        String opacity = opacity(paint instanceof Color c ? alpha * c.getAlpha() / 255.0 : alpha);
        if (opacity.equals("0")) {
            return "";
        }
        String value;
        if (paint instanceof Color c) {
            value = hex(c);
        } else if (paint instanceof GradientPaint gradient) {
            value = "url(#" + gradient(document, gradient) + ')';
        } else if (paint instanceof MultipleGradientPaint gradient) {
            value = "url(#" + gradient(document, gradient) + ')';
        } else if (paint instanceof Hatch hatch) {
            value = "url(#" + hatch.pattern(document) + ')';
        } else if (paint instanceof TexturePaint texture) {
            value = "url(#" + pattern(document, texture) + ')';
        } else {
            value = "#000";
        }
        return opacity.equals("1") ? property + ':' + value : property + ':' + value + ';' + property + "-opacity:" + opacity;
    }

    /**
     * The declarations of {@code basic}'s width, caps, joins and dashes, each starting with {@code ;} and only where
     * SVG's default differs; {@code crisp} draws without antialiasing, as Java2D's normalised strokes.
     */
    static String stroke(BasicStroke basic, boolean crisp) {
        StringBuilder out = new StringBuilder(64);
        float width = basic.getLineWidth();
        if (width == 0) {
            // Java2D draws a zero width as the thinnest line the device can show.
            out.append(";vector-effect:non-scaling-stroke");
        } else if (width != 1) {
            out.append(";stroke-width:").append(Hundredths.format(width));
        }
        switch (basic.getEndCap()) {
            case BasicStroke.CAP_ROUND -> out.append(";stroke-linecap:round");
            case BasicStroke.CAP_SQUARE -> out.append(";stroke-linecap:square");
            default -> {
                // butt, as in SVG
            }
        }
        switch (basic.getLineJoin()) {
            case BasicStroke.JOIN_ROUND -> out.append(";stroke-linejoin:round");
            case BasicStroke.JOIN_BEVEL -> out.append(";stroke-linejoin:bevel");
            default -> {
                if (basic.getMiterLimit() != 4) {
                    out.append(";stroke-miterlimit:").append(Hundredths.format(basic.getMiterLimit()));
                }
            }
        }
        float[] dashes = basic.getDashArray();
        if (dashes != null && dashes.length > 0) {
            out.append(";stroke-dasharray:");
            for (int i = 0; i < dashes.length; i++) {
                out.append(i == 0 ? "" : ",").append(Hundredths.format(dashes[i]));
            }
            if (basic.getDashPhase() != 0) {
                out.append(";stroke-dashoffset:").append(Hundredths.format(basic.getDashPhase()));
            }
        }
        if (crisp) {
            out.append(";shape-rendering:crispEdges");
        }
        return out.toString();
    }

    /**
     * The declarations of {@code font}, each starting with {@code ;}: the charts' own face ({@link ChartFonts}) and
     * Java's logical family names written as CSS generic families, its size in user units.
     */
    static String font(Font font) {
        StringBuilder out = new StringBuilder(64).append(";font-family:").append(family(font.getFamily()))
                .append(";font-size:").append(Hundredths.format(font.getSize2D())).append("px");
        if (font.isBold()) {
            out.append(";font-weight:bold");
        }
        if (font.isItalic()) {
            out.append(";font-style:italic");
        }
        return out.toString();
    }

    private static String family(String family) {
        return switch (family) {
            case ChartFonts.FAMILY, Font.SANS_SERIF, Font.DIALOG -> "sans-serif";
            case Font.SERIF -> "serif";
            case Font.MONOSPACED, Font.DIALOG_INPUT -> "monospace";
            // A family name is written as a CSS string; only characters that need no escaping in CSS or XML are kept.
            default -> '"' + family.replaceAll("[^\\p{L}\\p{N} _-]", "") + "\", sans-serif";
        };
    }

    /** An opacity to three decimals, or {@code 1} or {@code 0}: a thousandth is a quarter of a colour level. */
    static String opacity(double alpha) {
        long thousandths = Math.round(alpha * 1000);
        if (thousandths >= 1000) {
            return "1";
        }
        if (thousandths <= 0) {
            return "0";
        }
        StringBuilder out = new StringBuilder("0.");
        if (thousandths < 100) {
            out.append('0');
        }
        if (thousandths < 10) {
            out.append('0');
        }
        out.append(thousandths);
        while (out.charAt(out.length() - 1) == '0') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** {@code #rrggbb}, or {@code #rgb} when that says the same. */
    static String hex(Color c) {
        int r = c.getRed();
        int g = c.getGreen();
        int b = c.getBlue();
        if (r % 17 == 0 && g % 17 == 0 && b % 17 == 0) {
            return "#" + Character.forDigit(r / 17, 16) + Character.forDigit(g / 17, 16) + Character.forDigit(b / 17, 16);
        }
        return "#" + Integer.toHexString(0x1000000 | c.getRGB() & 0xFFFFFF).substring(1);
    }

    private static String gradient(SvgDocument document, GradientPaint gradient) {
        String attributes = " gradientUnits='userSpaceOnUse'" + points(gradient.getPoint1(), gradient.getPoint2())
                + (gradient.isCyclic() ? " spreadMethod='reflect'" : "");
        return document.define('g', "linearGradient", attributes, stop(0, gradient.getColor1()) + stop(1, gradient.getColor2()));
    }

    private static String gradient(SvgDocument document, MultipleGradientPaint gradient) {
        StringBuilder attributes = new StringBuilder(" gradientUnits='userSpaceOnUse'");
        String element;
        if (gradient instanceof LinearGradientPaint linear) {
            element = "linearGradient";
            attributes.append(points(linear.getStartPoint(), linear.getEndPoint()));
        } else {
            RadialGradientPaint radial = (RadialGradientPaint) gradient;
            element = "radialGradient";
            attributes.append(" cx='").append(Hundredths.format(radial.getCenterPoint().getX()))
                    .append("' cy='").append(Hundredths.format(radial.getCenterPoint().getY()))
                    .append("' r='").append(Hundredths.format(radial.getRadius()))
                    .append("' fx='").append(Hundredths.format(radial.getFocusPoint().getX()))
                    .append("' fy='").append(Hundredths.format(radial.getFocusPoint().getY())).append('\'');
        }
        switch (gradient.getCycleMethod()) {
            case REFLECT -> attributes.append(" spreadMethod='reflect'");
            case REPEAT -> attributes.append(" spreadMethod='repeat'");
            default -> {
                // pad, as in SVG
            }
        }
        if (gradient.getColorSpace() == MultipleGradientPaint.ColorSpaceType.LINEAR_RGB) {
            attributes.append(" color-interpolation='linearRGB'");
        }
        if (!gradient.getTransform().isIdentity()) {
            attributes.append(" gradientTransform='").append(matrix(gradient.getTransform())).append('\'');
        }
        StringBuilder stops = new StringBuilder();
        float[] fractions = gradient.getFractions();
        Color[] colors = gradient.getColors();
        for (int i = 0; i < fractions.length; i++) {
            stops.append(stop(fractions[i], colors[i]));
        }
        return document.define('g', element, attributes.toString(), stops.toString());
    }

    private static String points(Point2D from, Point2D to) {
        return " x1='" + Hundredths.format(from.getX()) + "' y1='" + Hundredths.format(from.getY())
                + "' x2='" + Hundredths.format(to.getX()) + "' y2='" + Hundredths.format(to.getY()) + '\'';
    }

    private static String stop(float offset, Color color) {
        String opacity = opacity(color.getAlpha() / 255.0);
        return "<stop offset='" + Hundredths.format(offset) + "' stop-color='" + hex(color) + '\''
                + (opacity.equals("1") ? "" : " stop-opacity='" + opacity + '\'') + "/>";
    }

    /** A pattern repeating the texture's image over its anchor rectangle, the image stretched to fill it. */
    private static String pattern(SvgDocument document, TexturePaint texture) {
        Rectangle2D anchor = texture.getAnchorRect();
        String width = Hundredths.format(anchor.getWidth());
        String height = Hundredths.format(anchor.getHeight());
        String attributes = " patternUnits='userSpaceOnUse' x='" + Hundredths.format(anchor.getX()) + "' y='"
                + Hundredths.format(anchor.getY()) + "' width='" + width + "' height='" + height + '\'';
        document.usesXlink();
        return document.define('p', "pattern", attributes, "<image width='" + width + "' height='" + height
                + "' preserveAspectRatio='none' xlink:href='" + EmbeddedImage.dataUri(texture.getImage()) + "'/>");
    }

    /** An affine transform as an SVG {@code matrix(...)}, in {@link Hundredths}. */
    static String matrix(AffineTransform tx) {
        return "matrix(" + Hundredths.format(tx.getScaleX()) + ',' + Hundredths.format(tx.getShearY()) + ','
                + Hundredths.format(tx.getShearX()) + ',' + Hundredths.format(tx.getScaleY()) + ','
                + Hundredths.format(tx.getTranslateX()) + ',' + Hundredths.format(tx.getTranslateY()) + ')';
    }
}
