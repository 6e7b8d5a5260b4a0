package io.touchmap.render.chart;

import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;

/**
 * Exports a chart as an SVG element with the same bytes for the same chart. Neither the ids inside it (clip paths,
 * gradients, patterns) nor its style sheet's classes are scoped: a chart is a file of its own, which pages show
 * through an {@code <img>}, where no page's styles or ids reach it. The chart is drawn by {@link SvgGraphics}, which
 * writes compact SVG as it goes ({@link SvgDocument}).
 */
public final class SvgChart {

    private SvgChart() {
    }

    /**
     * The chart drawn at {@code width} × {@code height} user units as an {@code <svg>} element. The element has a view
     * box and no fixed size, so it scales to the width the page gives it.
     */
    public static String svg(JFreeChart chart, int width, int height) {
        SvgDocument document = new SvgDocument(width, height);
        SvgGraphics graphics = new SvgGraphics(document);
        RotatedText.asText(() -> chart.draw(graphics, new Rectangle(0, 0, width, height)));
        return document.svg();
    }
}
