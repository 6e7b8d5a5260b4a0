package io.touchmap.render.chart;

import java.awt.Rectangle;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Exports a chart as an SVG element with the same bytes for the same chart: every id inside it (clip paths,
 * gradients) starts with the chart's own id instead of JFreeSVG's time-based prefix, so several charts can share a
 * page and two renders compare equal. The output is compacted ({@link CompactSvg}): the same picture, a third of
 * JFreeSVG's size.
 */
public final class SvgChart {

    private static final String JFREESVG_NAMESPACE = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private SvgChart() {
    }

    /**
     * {@code value} rounded to a hundredth, written as {@link Double#toString} writes the rounded value (an integer
     * without its {@code .0}). Below a million units it is written digit by digit, which gives the same characters
     * (checked for every hundredth in that range) at a fraction of the cost: a chart writes thousands of coordinates.
     */
    static String hundredths(double value) {
        long cents = Math.round(value * 100);
        if (Math.abs(cents) >= 100_000_000L) {
            double rounded = cents / 100.0;
            return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
        }
        long whole = cents / 100;
        int fraction = (int) Math.abs(cents % 100);
        if (fraction == 0) {
            return Long.toString(whole);
        }
        StringBuilder out = new StringBuilder(12);
        if (cents < 0 && whole == 0) {
            out.append('-');
        }
        out.append(whole).append('.');
        if (fraction % 10 == 0) {
            out.append(fraction / 10);
        } else {
            out.append(fraction < 10 ? "0" : "").append(fraction);
        }
        return out.toString();
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
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        // A hundredth of a unit is far below what a screen or a printer shows, and keeps the files small.
        g2.setGeomDoubleConverter(SvgChart::hundredths);
        g2.setTransformDoubleConverter(SvgChart::hundredths);
        RotatedText.asText(() -> chart.draw(g2, new Rectangle(0, 0, width, height)));
        String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        // JFreeSVG declares its own namespace for optional hints; HTML allows no such attribute on an inline <svg>.
        String html = svg.contains(" jfreesvg:") ? svg : svg.replace(JFREESVG_NAMESPACE, "");
        return CompactSvg.compact(html, id, width, height);
    }
}
