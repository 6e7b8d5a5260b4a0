package io.touchmap.render.chart;

import io.touchmap.model.KpiStatus;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every Touchmap chart, in HTML and in PDF: fonts, colours (the KPI status colours of the site,
 * each with at least 4.5:1 contrast on white), light grid lines, no shadows or gradients.
 */
public final class ChartTheme {

    /** The text colour of the site, also used for axis labels and the target line. */
    public static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    /** Grid lines and axis lines. */
    public static final Color GRID = new Color(0xd0, 0xd7, 0xde);
    /** The line of a KPI's values. */
    public static final Color SERIES_LINE = new Color(0x0a, 0x55, 0x9c);

    /**
     * Colours told apart by people with the common colour-vision deficiencies (the Okabe–Ito palette, darkened where
     * needed for contrast on white), used in order for the series of a chart.
     */
    private static final Color[] SERIES = {
        new Color(0x0a, 0x55, 0x9c),
        new Color(0xb3, 0x5c, 0x00),
        new Color(0x00, 0x7a, 0x5a),
        new Color(0xa8, 0x3e, 0x84),
        new Color(0x4a, 0x4a, 0x4a),
        new Color(0x1f, 0x8f, 0xc9),
        new Color(0x8a, 0x7a, 0x00),
    };

    private ChartTheme() {
    }

    /** The colour of a KPI status, as on the site's status badges. */
    public static Color statusColor(KpiStatus status) {
        return switch (status) {
            case ON_TARGET -> new Color(0x1a, 0x7f, 0x37);
            case WARNING -> new Color(0x9a, 0x67, 0x00);
            case OFF_TARGET -> new Color(0xcf, 0x22, 0x2e);
            case NO_TARGET -> new Color(0x0a, 0x55, 0x9c);
            case NO_DATA -> new Color(0x65, 0x6d, 0x76);
        };
    }

    /** The colour of the series at {@code index}, repeating after the palette is used up. */
    public static Color seriesColor(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    /** The dashed stroke of reference lines such as a KPI's target. */
    static Stroke dashed() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    /** The dotted stroke of a KPI's warning threshold. */
    static Stroke dotted() {
        return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);
    }

    /** The light tint of the zone of KPI values with {@code status}, behind a KPI's values. */
    static Color zoneFill(KpiStatus status) {
        return switch (status) {
            case ON_TARGET -> new Color(0xe6, 0xf6, 0xea);
            case WARNING -> new Color(0xff, 0xf5, 0xcc);
            case OFF_TARGET -> new Color(0xff, 0xeb, 0xe9);
            case NO_TARGET, NO_DATA -> Color.WHITE;
        };
    }

    /** The hatching of a zone, the status colour made light enough to read values across it. */
    static Color zoneHatch(KpiStatus status) {
        Color c = statusColor(status);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 0x66);
    }

    /** The stroke of data lines. */
    static Stroke line() {
        return new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Applies the theme to {@code chart}; called by every factory, so callers get a finished chart. */
    static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("Touchmap");
        theme.setExtraLargeFont(ChartFonts.of(true, 16));
        theme.setLargeFont(ChartFonts.of(true, 13));
        theme.setRegularFont(ChartFonts.of(false, 12));
        theme.setSmallFont(ChartFonts.of(false, 11));
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        Paint[] series = SERIES.clone();
        theme.setDrawingSupplier(new DefaultDrawingSupplier(series, series, series,
                new Stroke[] {line()}, new Stroke[] {new BasicStroke(1f)},
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
                && plot.getRenderer() instanceof BarRenderer bars) {
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
        }
    }
}
