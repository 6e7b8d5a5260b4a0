package io.touchmap.render.chart;

import io.touchmap.model.Competitor;
import io.touchmap.model.Direction;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.Observation;
import io.touchmap.model.Period;
import io.touchmap.model.Persona;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.StageEmotion;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueComponent;
import io.touchmap.internal.text.Labels;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
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
     * A KPI's values over time: a line through the values in period order, over a zone per status between the target
     * and the warning threshold (named right of the plot), with the latest value drawn larger in its status colour and
     * called out with its period. A KPI without a target shows its trend alone. Periods are written as people say
     * them, level, thinned when they do not fit side by side.
     */
    public static JFreeChart kpi(Kpi kpi, Labels labels) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        AxisKey values = new AxisKey("values", kpi.name() == null ? kpi.id() : kpi.name());
        AxisKey latest = new AxisKey("latest", kpi.name() == null ? kpi.id() : kpi.name());
        Map<Period, Double> byPeriod = new LinkedHashMap<>();
        for (Observation observation : kpi.chronological()) {
            // Equal periods: the last written is the one used, as for the KPI's status.
            byPeriod.put(observation.period(), observation.value());
        }
        List<Period> periods = new ArrayList<>(byPeriod.keySet());
        List<AxisKey> columns = periods.stream().map(p -> new AxisKey(p.toString(), labels.period(p))).toList();
        for (int i = 0; i < periods.size(); i++) {
            dataset.addValue(byPeriod.get(periods.get(i)), values, columns.get(i));
        }
        for (int i = 0; i < periods.size(); i++) {
            dataset.addValue(i == periods.size() - 1 ? byPeriod.get(periods.get(i)) : null, latest, columns.get(i));
        }

        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);

        // No axis label: the plot writes the unit level above the axis, so no text of a KPI chart is turned.
        NumberAxis range = new NumberAxis(null);
        range.setNumberFormatOverride(NumberFormat.getNumberInstance(labels.locale()));
        range.setAutoRangeIncludesZero(false);
        CategoryAxis domain = new PeriodAxis();
        domain.setCategoryMargin(0.1);

        List<Double> extent = new ArrayList<>(byPeriod.values());
        List<KpiPlot.Zone> zones = new ArrayList<>();
        List<KpiPlot.Reference> references = new ArrayList<>();
        if (kpi.target() != null) {
            zones.addAll(zones(kpi));
            references.add(new KpiPlot.Reference(labels.get("common.kpi.target"), labels.quantity(kpi.target(), kpi.unit()),
                    kpi.target(), true));
            extent.add(kpi.target());
            if (kpi.warning() != null) {
                references.add(new KpiPlot.Reference(labels.get("common.chart.warningBand"),
                        labels.quantity(kpi.warning(), kpi.unit()), kpi.warning(), false));
                extent.add(kpi.warning());
            }
        }
        Observation last = kpi.latest().orElse(null);
        KpiPlot plot = new KpiPlot(dataset, domain, range, renderer, kpi.unit() == null || kpi.unit().isBlank() ? null : kpi.unit(),
                zones, references,
                last == null ? null : labels.quantity(last.value(), kpi.unit()), last == null ? null : labels.period(last.period()),
                ChartTheme.statusColor(kpi.status()));
        plot.setNoDataMessage(labels.get("common.chart.noData"));
        if (kpi.target() != null) {
            plot.addRangeMarker(new ValueMarker(kpi.target(), ChartTheme.TEXT, ChartTheme.dashed()), Layer.FOREGROUND);
        }
        if (kpi.target() != null && kpi.warning() != null) {
            plot.addRangeMarker(new ValueMarker(kpi.warning(), ChartTheme.TEXT, ChartTheme.dotted()), Layer.FOREGROUND);
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

    /** The zones of a KPI with a target, from the lowest values to the highest. */
    private static List<KpiPlot.Zone> zones(Kpi kpi) {
        double target = kpi.target();
        Double warning = kpi.warning();
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        if (kpi.direction() == Direction.LOWER_IS_BETTER) {
            if (warning == null || warning <= target) {
                return List.of(new KpiPlot.Zone(low, target, KpiStatus.ON_TARGET), new KpiPlot.Zone(target, high, KpiStatus.OFF_TARGET));
            }
            return List.of(new KpiPlot.Zone(low, target, KpiStatus.ON_TARGET), new KpiPlot.Zone(target, warning, KpiStatus.WARNING),
                    new KpiPlot.Zone(warning, high, KpiStatus.OFF_TARGET));
        }
        if (warning == null || warning >= target) {
            return List.of(new KpiPlot.Zone(low, target, KpiStatus.OFF_TARGET), new KpiPlot.Zone(target, high, KpiStatus.ON_TARGET));
        }
        return List.of(new KpiPlot.Zone(low, warning, KpiStatus.OFF_TARGET), new KpiPlot.Zone(warning, target, KpiStatus.WARNING),
                new KpiPlot.Zone(target, high, KpiStatus.ON_TARGET));
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
        // Room around values near the largest double would be no number: the axis stops at an eighth of it, and
        // values beyond are drawn past the chart's edge.
        double limit = Double.MAX_VALUE / 8;
        double min = Math.max(-limit, Math.min(limit, values.stream().mapToDouble(Double::doubleValue).min().orElse(0)));
        double max = Math.max(-limit, Math.min(limit, values.stream().mapToDouble(Double::doubleValue).max().orElse(1)));
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
        curves.put(new AxisKey(" all", labels.get("common.chart.allTouchpoints")), map.emotionCurve());
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
        NumberAxis range = new NumberAxis(labels.get("common.chart.emotionAxis"));
        range.setRange(-2.4, 2.4);
        range.setTickUnit(new NumberTickUnit(1, NumberFormat.getIntegerInstance(labels.locale())));
        range.setNumberFormatOverride(new SignedFormat(labels.locale()));
        CategoryAxis domain = new CategoryAxis();
        domain.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setNoDataMessage(labels.get("common.chart.noData"));
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
                ? labels.get("common.chart.us") : map.info().organisation());
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
        NumberAxis range = new NumberAxis(labels.get("common.chart.scoreAxis"));
        range.setRange(0, 5.2);
        range.setTickUnit(new NumberTickUnit(1, NumberFormat.getIntegerInstance(labels.locale())));
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setNoDataMessage(labels.get("common.chart.noData"));
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
