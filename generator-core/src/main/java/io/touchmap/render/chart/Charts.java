package io.touchmap.render.chart;

import io.touchmap.model.Competitor;
import io.touchmap.model.Kpi;
import io.touchmap.model.Observation;
import io.touchmap.model.Persona;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.StageEmotion;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueComponent;
import io.touchmap.internal.text.Labels;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds the charts of a map as JFreeChart objects, independent of the format they end in: the HTML site exports
 * them as SVG, the PDF draws them as vectors. Charts have no title; the page around them gives the caption.
 */
public final class Charts {

    private static final double POINT = 7;
    private static final double LAST_POINT = 12;

    private Charts() {
    }

    /**
     * A KPI's values over time: a line through the values in period order, the target as a dashed line, the band
     * between the target and the warning threshold shaded, and the latest value drawn larger in its status colour.
     */
    public static JFreeChart kpi(Kpi kpi, Labels labels) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        AxisKey values = new AxisKey("values", kpi.name() == null ? kpi.id() : kpi.name());
        AxisKey latest = new AxisKey("latest", kpi.name() == null ? kpi.id() : kpi.name());
        Map<String, Double> byPeriod = new LinkedHashMap<>();
        for (Observation observation : kpi.chronological()) {
            // Equal periods: the last written is the one used, as for the KPI's status.
            byPeriod.put(observation.period().toString(), observation.value());
        }
        List<String> periods = new ArrayList<>(byPeriod.keySet());
        for (String period : periods) {
            dataset.addValue(byPeriod.get(period), values, period);
        }
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            dataset.addValue(i == periods.size() - 1 ? byPeriod.get(period) : null, latest, period);
        }

        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);

        NumberAxis range = new NumberAxis(kpi.unit());
        range.setNumberFormatOverride(NumberFormat.getNumberInstance(labels.locale()));
        range.setAutoRangeIncludesZero(false);
        CategoryAxis domain = new CategoryAxis();
        domain.setCategoryMargin(0.1);
        if (periods.size() > 8) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setNoDataMessage(labels.get("chart.noData"));

        List<Double> extent = new ArrayList<>(byPeriod.values());
        if (kpi.warning() != null && kpi.target() != null) {
            double low = Math.min(kpi.target(), kpi.warning());
            double high = Math.max(kpi.target(), kpi.warning());
            IntervalMarker band = new IntervalMarker(low, high, ChartTheme.WARNING_BAND);
            band.setLabel(labels.get("chart.warningBand"));
            band.setLabelFont(new Font(ChartTheme.FONT_FAMILY, Font.PLAIN, 11));
            band.setLabelPaint(ChartTheme.TEXT);
            band.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            band.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            band.setLabelBackgroundColor(ChartTheme.TRANSPARENT);
            plot.addRangeMarker(band, Layer.BACKGROUND);
            extent.add(kpi.warning());
        }
        if (kpi.target() != null) {
            ValueMarker target = new ValueMarker(kpi.target(), ChartTheme.TEXT, ChartTheme.dashed());
            target.setLabel(labels.format("chart.target", labels.quantity(kpi.target(), kpi.unit())));
            target.setLabelFont(new Font(ChartTheme.FONT_FAMILY, Font.BOLD, 11));
            target.setLabelPaint(ChartTheme.TEXT);
            target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            target.setLabelBackgroundColor(ChartTheme.TRANSPARENT);
            plot.addRangeMarker(target, Layer.FOREGROUND);
            extent.add(kpi.target());
        }
        if (!periods.isEmpty()) {
            setRange(range, extent);
        }
        return themed(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false), () -> {
            renderer.setSeriesPaint(0, ChartTheme.SERIES_LINE);
            renderer.setSeriesStroke(0, ChartTheme.line());
            renderer.setSeriesShape(0, circle(POINT));
            renderer.setSeriesLinesVisible(1, false);
            renderer.setSeriesShape(1, circle(LAST_POINT));
            renderer.setSeriesPaint(1, ChartTheme.statusColor(kpi.status()));
        });
    }

    /**
     * Applies the theme, then {@code styling}: the theme resets series colours and strokes, so a chart's own
     * series styles come after it.
     */
    private static JFreeChart themed(JFreeChart chart, Runnable styling) {
        ChartTheme.apply(chart);
        styling.run();
        return chart;
    }

    /** Fits the axis to the values and the reference lines, with some room above and below. */
    private static void setRange(NumberAxis axis, List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double margin = max > min ? (max - min) * 0.15 : Math.max(1, Math.abs(max) * 0.1);
        double lower = min - margin;
        if (min >= 0 && lower < 0) {
            lower = 0;
        }
        axis.setRange(lower, max + margin);
    }

    /**
     * The emotion curve along the lifecycle: the mean emotion score per stage over all touchpoints, then one line per
     * persona that has scored touchpoints; stages without a scored touchpoint leave a gap.
     */
    public static JFreeChart emotionCurve(TouchpointMap map, Labels labels) {
        Map<AxisKey, List<StageEmotion>> curves = new LinkedHashMap<>();
        curves.put(new AxisKey(" all", labels.get("chart.allTouchpoints")), map.emotionCurve());
        for (Persona persona : map.personas()) {
            List<StageEmotion> curve = map.emotionCurve(persona);
            if (curve.stream().anyMatch(s -> s.mean() != null)) {
                curves.put(new AxisKey("persona " + persona.id(), persona.name()), curve);
            }
        }
        return emotionChart(curves, labels);
    }

    /** The emotion curve of the touchpoints that serve one persona. */
    public static JFreeChart emotionCurve(TouchpointMap map, Persona persona, Labels labels) {
        return emotionChart(Map.of(new AxisKey("persona " + persona.id(), persona.name()), map.emotionCurve(persona)), labels);
    }

    private static JFreeChart emotionChart(Map<AxisKey, List<StageEmotion>> curves, Labels labels) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        curves.forEach((series, curve) -> addCurve(dataset, series, curve));
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        NumberAxis range = new NumberAxis(labels.get("chart.emotionAxis"));
        range.setRange(-2.4, 2.4);
        range.setTickUnit(new NumberTickUnit(1, NumberFormat.getIntegerInstance(labels.locale())));
        range.setNumberFormatOverride(new SignedFormat(labels.locale()));
        CategoryAxis domain = new CategoryAxis();
        domain.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setNoDataMessage(labels.get("chart.noData"));
        plot.addRangeMarker(new ValueMarker(0, ChartTheme.TEXT, new java.awt.BasicStroke(1f)), Layer.BACKGROUND);
        int lines = curves.size();
        JFreeChart chart = themed(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, lines > 1), () -> {
            for (int i = 0; i < lines; i++) {
                renderer.setSeriesPaint(i, ChartTheme.seriesColor(i));
                renderer.setSeriesStroke(i, ChartTheme.line());
                renderer.setSeriesShape(i, circle(i == 0 ? 9 : POINT));
            }
        });
        bottomLegend(chart);
        return chart;
    }

    private static void addCurve(DefaultCategoryDataset dataset, AxisKey series, List<StageEmotion> curve) {
        for (StageEmotion point : curve) {
            dataset.addValue(point.mean(), series, new AxisKey(point.stage().id(), point.stage().name()));
        }
    }

    /**
     * Our score for each component of the value proposition next to each competitor's, as grouped bars on a 1 to 5
     * scale; a component nobody scored shows no bar.
     */
    public static JFreeChart valueProposition(TouchpointMap map, Labels labels) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        AxisKey us = new AxisKey(" us", map.info().organisation() == null || map.info().organisation().isBlank()
                ? labels.get("chart.us") : map.info().organisation());
        for (ValueComponent component : ValueComponent.values()) {
            AxisKey column = new AxisKey(String.valueOf(component.ordinal()), labels.of(component));
            Integer ours = map.valueProposition().component(component).map(PropositionComponent::score).orElse(null);
            dataset.addValue(ours, us, column);
            for (Competitor competitor : map.competitors()) {
                AxisKey row = new AxisKey("competitor " + competitor.id(), competitor.name());
                dataset.addValue(competitor.valueProposition().get(component), row, column);
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        NumberAxis range = new NumberAxis(labels.get("chart.scoreAxis"));
        range.setRange(0, 5.2);
        range.setTickUnit(new NumberTickUnit(1, NumberFormat.getIntegerInstance(labels.locale())));
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setNoDataMessage(labels.get("chart.noData"));
        int bars = map.competitors().size() + 1;
        JFreeChart chart = themed(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), () -> {
            for (int i = 0; i < bars; i++) {
                renderer.setSeriesPaint(i, ChartTheme.seriesColor(i));
            }
        });
        bottomLegend(chart);
        return chart;
    }

    private static void bottomLegend(JFreeChart chart) {
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setItemPaint(ChartTheme.TEXT);
        }
    }

    private static Ellipse2D circle(double size) {
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }
}
