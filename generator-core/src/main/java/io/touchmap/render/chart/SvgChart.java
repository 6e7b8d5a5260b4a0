package io.touchmap.render.chart;

import java.awt.Rectangle;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * Exports a chart as an SVG element with the same bytes for the same chart. Every id inside it (clip paths,
 * gradients, patterns) starts with the chart's own id. Its style sheet's classes are not scoped: a chart is a file of
 * its own, which pages show through an {@code <img>}, where no page's styles reach it. The chart is drawn by {@link SvgGraphics}, which writes compact SVG as it goes
 * ({@link SvgDocument}).
 */
public final class SvgChart {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private SvgChart() {
    }

    /**
     * The chart drawn at {@code width} × {@code height} user units as an {@code <svg>} element with id {@code id}
     * (lower case letters, digits and hyphens, starting with a letter). The element has a view box and no fixed size,
     * so it scales to the width the page gives it.
     */
    public static String svg(JFreeChart chart, String id, int width, int height) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a chart id: '" + id + "'");
        }
        SvgDocument document = new SvgDocument(id, width, height);
        SvgGraphics graphics = new SvgGraphics(document);
        RotatedText.asText(() -> chart.draw(graphics, new Rectangle(0, 0, width, height)));
        return document.svg();
    }
}
