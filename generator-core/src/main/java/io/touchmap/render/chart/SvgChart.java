package io.touchmap.render.chart;

import java.awt.Rectangle;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Exports a chart as an SVG element with the same bytes for the same chart: every id inside it (clip paths,
 * gradients) starts with the chart's own id instead of JFreeSVG's time-based prefix, so several charts can share a
 * page and two renders compare equal.
 */
public final class SvgChart {

    private static final String JFREESVG_NAMESPACE = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private SvgChart() {
    }

    private static String hundredths(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /**
     * Draws with rotated text (the vertical axis label, slanted period labels) as SVG text rather than glyph outlines:
     * JFreeChart's workaround for an old JDK bug would otherwise trace every rotated glyph, making a chart ten times
     * larger and its text unselectable. The switch is global to JFreeChart, so it is set and restored under a lock.
     */
    private static void draw(JFreeChart chart, SVGGraphics2D g2, int width, int height) {
        synchronized (TextUtils.class) {
            boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
            TextUtils.setUseDrawRotatedStringWorkaround(false);
            try {
                chart.draw(g2, new Rectangle(0, 0, width, height));
            } finally {
                TextUtils.setUseDrawRotatedStringWorkaround(workaround);
            }
        }
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
        draw(chart, g2, width, height);
        String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        // JFreeSVG declares its own namespace for optional hints; HTML allows no such attribute on an inline <svg>.
        return svg.contains(" jfreesvg:") ? svg : svg.replace(JFREESVG_NAMESPACE, "");
    }
}
