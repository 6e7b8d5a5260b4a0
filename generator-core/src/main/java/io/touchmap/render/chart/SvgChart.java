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
 * page and two renders compare equal.
 */
public final class SvgChart {

    private static final String JFREESVG_NAMESPACE = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

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
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        // JFreeSVG declares its own namespace for optional hints; HTML allows no such attribute on an inline <svg>.
        return svg.contains(" jfreesvg:") ? svg : svg.replace(JFREESVG_NAMESPACE, "");
    }
}
