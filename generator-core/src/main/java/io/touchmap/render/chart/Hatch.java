package io.touchmap.render.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.PaintContext;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.ColorModel;

/**
 * Thin parallel lines rising to the right, crossed by falling ones when {@code crossed}: what tells the status zones
 * of a KPI chart apart in black-and-white print. SVG fills a shape with it as a pattern; a canvas without patterns
 * (the PDF's) draws {@link #lines} clipped to the shape; anything else paints its colour.
 */
record Hatch(Color color, boolean crossed) implements Paint {

    /** The distance between two lines, in the chart's units. */
    static final double SPACING = 7;

    /** The lines over {@code band}, anchored to the chart's origin, to be drawn clipped to it. */
    Path2D lines(Rectangle2D band) {
        Path2D path = new Path2D.Double();
        double h = band.getHeight();
        double first = Math.floor((band.getMinX() - h) / SPACING) * SPACING;
        for (double x = first; x < band.getMaxX(); x += SPACING) {
            path.moveTo(x, band.getMaxY());
            path.lineTo(x + h, band.getMinY());
            if (crossed) {
                path.moveTo(x, band.getMinY());
                path.lineTo(x + h, band.getMaxY());
            }
        }
        return path;
    }

    /** The id of the SVG pattern of this hatching in {@code document}, defined there once. */
    String pattern(SvgDocument document) {
        String size = Hundredths.format(SPACING);
        String stroke = " fill='none' stroke='" + SvgStyle.hex(color) + "' stroke-width='0.75'"
                + (color.getAlpha() == 255 ? "" : " stroke-opacity='" + SvgStyle.opacity(color.getAlpha() / 255.0) + '\'');
        String rising = "M-1,1l2-2M0," + size + "l" + size + ",-" + size + "M" + Hundredths.format(SPACING - 1) + ','
                + Hundredths.format(SPACING + 1) + "l2-2";
        String falling = crossed ? "M-1," + Hundredths.format(SPACING - 1) + "l2,2M0,0l" + size + ',' + size + "M"
                + Hundredths.format(SPACING - 1) + ",-1l2,2" : "";
        return document.define('h', "pattern", " patternUnits='userSpaceOnUse' width='" + size + "' height='" + size + '\'',
                "<path d='" + rising + falling + '\'' + stroke + "/>");
    }

    @Override
    public PaintContext createContext(ColorModel cm, Rectangle deviceBounds, Rectangle2D userBounds,
            AffineTransform xform, RenderingHints hints) {
        return color.createContext(cm, deviceBounds, userBounds, xform, hints);
    }

    @Override
    public int getTransparency() {
        return color.getTransparency();
    }

    // Written out, as a record would generate them: a record's own are linked through java.lang.invoke at their
    // first call, milliseconds each in the short JVM of a build.
    @Override
    public boolean equals(Object other) {
        return other instanceof Hatch hatch && color.equals(hatch.color) && crossed == hatch.crossed;
    }

    @Override
    public int hashCode() {
        return 31 * color.hashCode() + Boolean.hashCode(crossed);
    }
}
