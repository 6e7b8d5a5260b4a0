package io.touchmap.render.chart;

import io.touchmap.model.KpiStatus;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;

/**
 * The plot of a KPI chart: behind the values, a zone per status (on target, warning, off target) tinted in the
 * status's colour and hatched differently, so that the zones stay apart in black-and-white print; the target and the
 * warning threshold named in a margin right of the plot, where no value is drawn; and the latest value called out
 * with its period in that margin, led to from its point.
 */
final class KpiPlot extends CategoryPlot {

    private static final long serialVersionUID = 1L;

    /** A band of values with one status; {@code from} below {@code to}, either may be infinite. */
    record Zone(double from, double to, KpiStatus status) {
    }

    /** A reference line's name, its value in words, and where it is. */
    record Reference(String name, String value, double at, boolean strong) {
    }

    private static final float LABEL_SIZE = 11;
    private static final float GUTTER_GAP = 6;
    private static final double HATCH_SPACING = 7;

    private final transient List<Zone> zones;
    private final transient List<Reference> references;
    private final String unit;
    private final String callout;
    private final String calloutPeriod;
    private final Color calloutColor;
    private transient Rectangle2D dataArea;

    KpiPlot(CategoryDataset dataset, CategoryAxis domain, ValueAxis range, CategoryItemRenderer renderer, String unit,
            List<Zone> zones, List<Reference> references, String callout, String calloutPeriod, Color calloutColor) {
        super(dataset, domain, range, renderer);
        this.unit = unit;
        this.zones = List.copyOf(zones);
        this.references = List.copyOf(references);
        this.callout = callout;
        this.calloutPeriod = calloutPeriod;
        this.calloutColor = calloutColor;
    }

    List<Zone> zones() {
        return zones;
    }

    /**
     * The dataset's columns, in order: a KPI chart has one dataset, whose column keys are distinct, so JFreeChart's
     * gathering (a linear search of the list built so far for each column, asked for again by every tick and label)
     * would find no duplicate to leave out.
     */
    @Override
    @SuppressWarnings("rawtypes")
    public List getCategoriesForAxis(CategoryAxis axis) {
        CategoryDataset dataset = getDataset();
        if (getDatasetCount() == 1 && dataset != null && axis == getDomainAxis()) {
            return new ArrayList<>(dataset.getColumnKeys());
        }
        return super.getCategoriesForAxis(axis);
    }

    List<Reference> references() {
        return references;
    }

    /** The latest value and its period, as called out; null without a value. */
    List<String> callout() {
        return callout == null ? null : List.of(callout, calloutPeriod);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo state) {
        // The names of the reference lines go right of the plot: the margin is as wide as the widest of them.
        float gutter = 0;
        FontMetrics metrics = g2.getFontMetrics(font(true));
        for (Reference reference : references) {
            gutter = Math.max(gutter, Math.max(metrics.stringWidth(reference.name()), metrics.stringWidth(reference.value())));
        }
        if (callout != null) {
            gutter = Math.max(gutter, Math.max(metrics.stringWidth(callout), metrics.stringWidth(calloutPeriod)));
        }
        RectangleInsets insets = getInsets();
        setInsets(new RectangleInsets(unit == null ? 4 : metrics.getHeight() + 4, insets.getLeft(), insets.getBottom(),
                gutter == 0 ? 4 : gutter + 2 * GUTTER_GAP), false);
        dataArea = null;
        super.draw(g2, area, anchor, parentState, state);
        if (dataArea != null) {
            drawMargin(g2, dataArea);
            if (unit != null) {
                // The unit above the value axis, ending where the plot starts.
                g2.setPaint(ChartTheme.TEXT);
                g2.setFont(font(true));
                FontMetrics unitMetrics = g2.getFontMetrics();
                float x = (float) Math.max(area.getMinX() + 2, dataArea.getMinX() - unitMetrics.stringWidth(unit));
                g2.drawString(unit, x, (float) dataArea.getMinY() - unitMetrics.getDescent() - 4);
            }
        }
    }

    @Override
    public void drawBackground(Graphics2D g2, Rectangle2D area) {
        super.drawBackground(g2, area);
        dataArea = area;
        ValueAxis axis = getRangeAxis();
        RectangleEdge edge = getRangeAxisEdge();
        Shape savedClip = g2.getClip();
        java.awt.Paint savedPaint = g2.getPaint();
        java.awt.Stroke savedStroke = g2.getStroke();
        for (Zone zone : zones) {
            double top = Math.max(area.getMinY(), Math.min(area.getMaxY(), axis.valueToJava2D(zone.to(), area, edge)));
            double bottom = Math.max(area.getMinY(), Math.min(area.getMaxY(), axis.valueToJava2D(zone.from(), area, edge)));
            if (bottom - top <= 0) {
                continue;
            }
            Rectangle2D band = new Rectangle2D.Double(area.getX(), top, area.getWidth(), bottom - top);
            g2.setPaint(ChartTheme.zoneFill(zone.status()));
            g2.fill(band);
            if (zone.status() == KpiStatus.WARNING || zone.status() == KpiStatus.OFF_TARGET) {
                Hatch hatch = new Hatch(ChartTheme.zoneHatch(zone.status()), zone.status() == KpiStatus.OFF_TARGET);
                if (g2 instanceof SvgGraphics) {
                    g2.setPaint(hatch);
                    g2.fill(band);
                } else {
                    // The PDF's canvas has no patterns: the lines are drawn, clipped to the zone.
                    g2.clip(band);
                    g2.setPaint(hatch.color());
                    g2.setStroke(new BasicStroke(0.75f));
                    g2.draw(hatch.lines(band));
                    g2.setClip(savedClip);
                }
            }
        }
        g2.setPaint(savedPaint);
        g2.setStroke(savedStroke);
    }

    /**
     * The names and values of the reference lines, and the latest value with its period, right of the plot at the
     * height they stand for, each on two lines, pushed apart where they would overlap; a short rule leads from the
     * plot's edge (from the latest point for the latest value) to each.
     */
    private void drawMargin(Graphics2D g2, Rectangle2D area) {
        ValueAxis axis = getRangeAxis();
        RectangleEdge edge = getRangeAxisEdge();
        List<Note> notes = new ArrayList<>();
        for (Reference reference : references) {
            notes.add(new Note(reference.name(), reference.value(), axis.valueToJava2D(reference.at(), area, edge),
                    ChartTheme.TEXT, reference.strong(), area.getMaxX()));
        }
        CategoryDataset data = getDataset();
        int last = data.getColumnCount() - 1;
        if (callout != null && last >= 0 && data.getValue(0, last) != null) {
            double x = getDomainAxis().getCategoryMiddle(last, data.getColumnCount(), area, getDomainAxisEdge());
            notes.add(new Note(callout, calloutPeriod, axis.valueToJava2D(data.getValue(0, last).doubleValue(), area, edge),
                    calloutColor, true, x + 8));
        }
        notes.sort((a, b) -> Double.compare(a.y(), b.y()));
        double lineHeight = g2.getFontMetrics(font(true)).getHeight();
        double[] tops = new double[notes.size()];
        double previousBottom = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < notes.size(); i++) {
            tops[i] = Math.max(notes.get(i).y() - lineHeight, previousBottom + 2);
            previousBottom = tops[i] + 2 * lineHeight;
        }
        // Then up again from the bottom, so that the lowest note stays within the chart.
        double nextTop = area.getMaxY() + lineHeight;
        for (int i = notes.size() - 1; i >= 0; i--) {
            tops[i] = Math.min(tops[i], nextTop - 2 - 2 * lineHeight);
            nextTop = tops[i];
        }
        float x = (float) area.getMaxX() + GUTTER_GAP;
        g2.setStroke(new BasicStroke(1f));
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            g2.setPaint(note.color());
            g2.setFont(font(note.strong()));
            FontMetrics metrics = g2.getFontMetrics();
            g2.drawString(note.first(), x, (float) (tops[i] + metrics.getAscent()));
            g2.drawString(note.second(), x, (float) (tops[i] + lineHeight + metrics.getAscent()));
            g2.draw(new Line2D.Double(note.from(), note.y(), x - 2, tops[i] + lineHeight));
        }
    }

    /** A two-line note in the margin, standing for the height {@code y}, led to from {@code from}. */
    private record Note(String first, String second, double y, Color color, boolean strong, double from) {
    }

    private static Font font(boolean strong) {
        return ChartFonts.of(strong, (int) LABEL_SIZE);
    }
}
