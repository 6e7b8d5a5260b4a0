package io.touchmap.render.chart;

import java.util.List;
import java.util.Locale;

/**
 * The emotion lane of the journey map as SVG: one line per persona and the overall mean, with a point at the middle
 * of each stage's column, drawn to stretch over the stage columns of the map whatever their width. Lines and points
 * keep their thickness and shape when stretched ({@code vector-effect: non-scaling-stroke}; a point is a round or
 * square cap on a path of no length), and the lane holds no text: the page writes each stage's scores under it.
 */
public final class EmotionLane {

    /** The width of one stage's column in user units; the lane is {@code stages × COLUMN} wide. */
    public static final int COLUMN = 100;
    /** The height of the lane in user units: +2 at the top, −2 at the bottom. */
    public static final int HEIGHT = 100;

    /** The overall line's colour, then each persona line's in turn (each at least 3:1 on white). */
    private static final String[] COLOURS = {"#1f2328", "#8250df", "#bc4c00", "#0969da", "#1a7f37"};
    /** The persona lines' dashes in turn, so lines differ by more than colour: dashed, dotted. */
    private static final String[] DASHES = {"6 4", "1 4"};

    private EmotionLane() {
    }

    /** The style of line {@code index} (0 the overall mean), as the page's key draws it: 0 solid, then dashed and dotted. */
    public static int style(int index) {
        return index == 0 ? 0 : (index - 1) % (COLOURS.length - 1) + 1;
    }

    /**
     * The lane for {@code lines} (the overall mean first), each a mean per stage from −2 to +2, {@code null} where the
     * stage has no score: the line breaks there.
     */
    public static String svg(List<List<Double>> lines) {
        int stages = lines.isEmpty() ? 0 : lines.get(0).size();
        int width = Math.max(1, stages) * COLUMN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT)
                .append("\" preserveAspectRatio=\"none\">\n");
        svg.append("<g fill=\"none\" vector-effect=\"non-scaling-stroke\">\n");
        // the quiet frame: the zero line and the stage boundaries, so the lane reads against the columns above it
        svg.append("<path d=\"M0 ").append(y(0)).append("H").append(width)
                .append("\" stroke=\"#8c959f\" stroke-width=\"1\" stroke-dasharray=\"2 3\" vector-effect=\"non-scaling-stroke\"/>\n");
        for (int i = 1; i < stages; i++) {
            svg.append("<path d=\"M").append(i * COLUMN).append(" 0V").append(HEIGHT)
                    .append("\" stroke=\"#d0d7de\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>\n");
        }
        // personas under the overall line, which is drawn last so it stays on top
        for (int index = lines.size() - 1; index >= 0; index--) {
            line(svg, lines.get(index), style(index));
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static void line(StringBuilder svg, List<Double> means, int style) {
        String colour = COLOURS[style];
        StringBuilder path = new StringBuilder();
        StringBuilder points = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < means.size(); i++) {
            Double mean = means.get(i);
            if (mean == null) {
                open = false;
                continue;
            }
            String point = (i * COLUMN + COLUMN / 2) + " " + y(mean);
            path.append(open ? "L" : "M").append(point);
            points.append('M').append(point).append("h0");
            open = true;
        }
        if (points.isEmpty()) {
            return;
        }
        svg.append("<path d=\"").append(path).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(style == 0 ? 3 : 2).append('"');
        if (style > 0) {
            svg.append(" stroke-dasharray=\"").append(DASHES[(style - 1) % DASHES.length]).append('"');
        }
        svg.append(" stroke-linejoin=\"round\" vector-effect=\"non-scaling-stroke\"/>\n");
        svg.append("<path d=\"").append(points).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(style == 0 ? 10 : 8).append("\" stroke-linecap=\"").append(style == 0 ? "round" : "square")
                .append("\" vector-effect=\"non-scaling-stroke\"/>\n");
    }

    /** The height of a score from −2 (bottom) to +2 (top), with a margin for the points. */
    private static String y(double score) {
        double y = HEIGHT / 2.0 - score * (HEIGHT / 2.0 - 10) / 2;
        return String.format(Locale.ROOT, "%.1f", y).replace(".0", "");
    }

    /** The colour of line style {@code style} ({@link #style}) as {@code #rrggbb}, for a format that draws the lane itself. */
    public static String colour(int style) {
        return COLOURS[style];
    }

    /** The dash pattern of line style {@code style} in user units (dash, gap), or null for the solid overall line. */
    public static float[] dashes(int style) {
        if (style == 0) {
            return null;
        }
        String[] parts = DASHES[(style - 1) % DASHES.length].split(" ");
        return new float[] {Float.parseFloat(parts[0]), Float.parseFloat(parts[1])};
    }
}
