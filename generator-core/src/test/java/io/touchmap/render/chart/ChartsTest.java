package io.touchmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.TouchpointMap;
import io.touchmap.internal.text.Labels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static TouchpointMap map;
    private static final Labels EN = Labels.forLanguage("en");

    @BeforeAll
    static void load() throws Exception {
        LoadResult result = Touchmap.load(Path.of(ChartsTest.class.getResource("small-map/map.yaml").toURI()).getParent());
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        map = result.map();
    }

    private static Kpi kpi(String id) {
        return map.kpis().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void kpiChartShowsValuesInPeriodOrderWithTheLatestInItsStatusColour() {
        assertEquals(KpiStatus.WARNING, kpi("abandonment").status());
        CategoryPlot plot = Charts.kpi(kpi("abandonment"), EN).getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        assertEquals(List.of("Jan\u00a02026", "Feb\u00a02026"), data.getColumnKeys().stream().map(Object::toString).toList());
        assertEquals(72.0, data.getValue(0, 0));
        assertEquals(68.0, data.getValue(0, 1));
        assertNull(data.getValue(1, 0));
        assertEquals(68.0, data.getValue(1, 1));
        assertEquals(ChartTheme.statusColor(KpiStatus.WARNING), plot.getRenderer().getSeriesPaint(1));
        assertEquals(ChartTheme.SERIES_LINE, plot.getRenderer().getSeriesPaint(0));
    }

    @Test
    void kpiChartHasAZonePerStatusAndNamesTheTargetAndTheWarningThreshold() {
        KpiPlot plot = (KpiPlot) Charts.kpi(kpi("abandonment"), EN).getCategoryPlot();
        double infinity = Double.POSITIVE_INFINITY;
        // lower is better: on target up to 60, warning up to 70, off target above
        assertEquals(List.of(new KpiPlot.Zone(-infinity, 60, KpiStatus.ON_TARGET), new KpiPlot.Zone(60, 70, KpiStatus.WARNING),
                new KpiPlot.Zone(70, infinity, KpiStatus.OFF_TARGET)), plot.zones());
        assertEquals(List.of(new KpiPlot.Reference("Target", "60\u00a0%", 60, true),
                new KpiPlot.Reference("Warning", "70\u00a0%", 70, false)), plot.references());
        assertEquals(List.of("68\u00a0%", "Feb\u00a02026"), plot.callout());
        assertTrue(plot.getRangeAxis().getRange().contains(72) && plot.getRangeAxis().getRange().contains(60));
    }

    @Test
    void kpiChartLabelsFollowTheLanguage() {
        KpiPlot plot = (KpiPlot) Charts.kpi(kpi("visits"), Labels.forLanguage("fr")).getCategoryPlot();
        assertEquals(List.of(new KpiPlot.Reference("Objectif", "1\u202f200\u00a0visits", 1200, true),
                new KpiPlot.Reference("Vigilance", "1\u202f000\u00a0visits", 1000, false)), plot.references());
        assertEquals(List.of("1\u202f240\u00a0visits", "févr.\u00a02026"), plot.callout());
    }

    @Test
    void kpiWithValuesAndNoTargetShowsItsTrendWithoutZones() {
        Kpi signups = kpi("signups");
        assertEquals(KpiStatus.NO_TARGET, signups.status());
        KpiPlot plot = (KpiPlot) Charts.kpi(signups, Labels.forLanguage("fr")).getCategoryPlot();
        assertEquals(List.of(), plot.zones());
        assertEquals(List.of(), plot.references());
        assertEquals(List.of("T2\u00a02026", "T3\u00a02026"), plot.getDataset().getColumnKeys().stream().map(Object::toString).toList());
        assertEquals(List.of("55\u00a0sign-ups", "T3\u00a02026"), plot.callout());
        String svg = SvgChart.svg(Charts.kpi(signups, EN), 640, 280);
        assertTrue(svg.contains("stroke:#0a559c;stroke-width:2"), "the values are joined by a line");
        assertFalse(svg.contains("url(#kpi-signups-h"), "no hatched zone");
        assertTrue(svg.contains(">Q3\u00a02026</text>"), svg);
    }

    @Test
    void kpiWithoutValuesGivesAnEmptyChartSayingSo() {
        CategoryPlot plot = Charts.kpi(kpi("members"), EN).getCategoryPlot();
        assertEquals(0, plot.getDataset().getColumnCount());
        assertEquals("No data yet", plot.getNoDataMessage());
    }

    @Test
    void emotionCurveHasTheOverallMeanPerStageThenOneLinePerScoredPersona() {
        CategoryDataset data = Charts.emotionCurve(map, EN).getCategoryPlot().getDataset();
        assertEquals(List.of("All touchpoints", "Busy parent"), data.getRowKeys().stream().map(Object::toString).toList());
        assertEquals(List.of("Discovery", "Purchase", "Loyalty"), data.getColumnKeys().stream().map(Object::toString).toList());
        assertEquals(2.0, data.getValue(0, 0));
        assertEquals(-1.0, data.getValue(0, 1));
        assertNull(data.getValue(0, 2));
        assertEquals(2.0, data.getValue(1, 0));
        assertNull(data.getValue(1, 1));
    }

    @Test
    void valuePropositionChartComparesOurScoresWithEachCompetitorPerComponent() {
        CategoryDataset data = Charts.valueProposition(map, EN).getCategoryPlot().getDataset();
        assertEquals(List.of("Small Shop Ltd", "Rival"), data.getRowKeys().stream().map(Object::toString).toList());
        assertEquals(List.of("Price", "Service", "Personalization", "Proximity"),
                data.getColumnKeys().stream().map(Object::toString).toList());
        assertEquals(List.of(3, 4, 2, 5), List.of(data.getValue(0, 0), data.getValue(0, 1), data.getValue(0, 2), data.getValue(0, 3)));
        assertEquals(List.of(4, 2, 3, 1), List.of(data.getValue(1, 0), data.getValue(1, 1), data.getValue(1, 2), data.getValue(1, 3)));
    }

    @Test
    void svgIsTheSameBytesEveryTimeAndEachIdIsDefinedOnce() {
        String first = SvgChart.svg(Charts.kpi(kpi("visits"), EN), 640, 280);
        String second = SvgChart.svg(Charts.kpi(kpi("visits"), EN), 640, 280);
        assertEquals(first, second);
        assertTrue(first.startsWith("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 640 280'>"), first.substring(0, 120));
        Matcher ids = Pattern.compile(" id='([^']*)'").matcher(first);
        List<String> defined = new ArrayList<>();
        while (ids.find()) {
            defined.add(ids.group(1));
        }
        // two hatch patterns and the plot's clip path, each referred to by url(#id)
        assertEquals(List.of("h0", "h1", "c0"), defined);
        defined.forEach(id -> assertTrue(first.contains("url(#" + id + ")"), id));
    }

    @Test
    void svgOfAKpiChartHasThreeZonesTheWarningAndOffTargetOnesHatchedWithPatterns() {
        String svg = SvgChart.svg(Charts.kpi(kpi("visits"), EN), 640, 280);
        Map<String, String> classes = classes(svg);
        List<String> zoneFills = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        Matcher rects = Pattern.compile("<rect x='[0-9.]+' y='[0-9.]+' width='[0-9.]+' height='[0-9.]+' class='(s[0-9]+)'/>").matcher(svg);
        while (rects.find()) {
            String style = classes.get(rects.group(1));
            if (style.startsWith("fill:url(")) {
                patterns.add(style);
            } else if (!style.equals("fill:#fff") && !style.startsWith("fill:none")) {
                zoneFills.add(style);
            }
        }
        // tinted in the status colours, from the lowest values: off target, warning, on target
        assertEquals(List.of("fill:#ffebe9", "fill:#fff5cc", "fill:#e6f6ea"), zoneFills);
        // off target crossed, warning single lines: two different patterns, defined in the chart
        assertEquals(List.of("fill:url(#h0)", "fill:url(#h1)"), patterns);
        assertTrue(svg.contains("<pattern id='h0' patternUnits='userSpaceOnUse' width='7' height='7'>"), svg);
        assertTrue(svg.contains("<pattern id='h1' patternUnits='userSpaceOnUse' width='7' height='7'>"), svg);
    }

    @Test
    void svgNamesTheTargetAndWarningRightOfThePlotWhereNoValueIsDrawn() {
        String svg = SvgChart.svg(Charts.kpi(kpi("visits"), EN), 640, 280);
        Matcher plot = Pattern.compile("<rect x='([0-9.]+)' y='[0-9.]+' width='([0-9.]+)' height='[0-9.]+' class='s[0-9]+'/>").matcher(svg);
        double plotRight = 0;
        while (plot.find()) {
            plotRight = Math.max(plotRight, Double.parseDouble(plot.group(1)) + Double.parseDouble(plot.group(2)));
        }
        for (String text : List.of("Target", "1,200\u00a0visits", "Warning", "1,000\u00a0visits", "1,240\u00a0visits", "Feb\u00a02026")) {
            Matcher at = Pattern.compile("<text x='([0-9.]+)' y='[0-9.]+' class='s[0-9]+'>" + Pattern.quote(text) + "</text>").matcher(svg);
            double rightmost = 0;
            while (at.find()) {
                rightmost = Math.max(rightmost, Double.parseDouble(at.group(1)));
            }
            assertTrue(rightmost > plotRight, text + " starts right of the plot, which ends at " + plotRight + ": " + svg);
        }
    }

    @Test
    void svgCallsOutTheLatestValueWithItsPeriodInItsStatusColour() {
        String svg = SvgChart.svg(Charts.kpi(kpi("visits"), Labels.forLanguage("fr")), 640, 280);
        Map<String, String> classes = classes(svg);
        Matcher value = Pattern.compile("<text x='[0-9.]+' y='[0-9.]+' class='(s[0-9]+)'>1\u202f240\u00a0visits</text>"
                + "<text x='[0-9.]+' y='[0-9.]+' class='(s[0-9]+)'>févr.\u00a02026</text>").matcher(svg);
        assertTrue(value.find(), svg);
        assertTrue(classes.get(value.group(1)).startsWith("fill:#1a7f37;"), classes.get(value.group(1)));
    }

    @Test
    void noTextOfTheExamplesKpiChartsIsTurned() throws Exception {
        LoadResult example = Touchmap.load(Path.of("..", "example-site", "src", "touchmap"));
        assertFalse(example.map().kpis().isEmpty());
        Labels labels = Labels.forLanguage(example.map().info().locale());
        for (Kpi kpi : example.map().kpis()) {
            String svg = SvgChart.svg(Charts.kpi(kpi, labels), 640, 280);
            assertFalse(svg.contains("<text transform"), kpi.id() + ": " + svg);
            assertFalse(svg.contains("rotate("), kpi.id());
        }
    }

    /** The declarations of each class of a chart's style sheet. */
    private static Map<String, String> classes(String svg) {
        Map<String, String> classes = new HashMap<>();
        Matcher rule = Pattern.compile("\\.(s[0-9]+)\\{([^}]*)\\}").matcher(svg);
        while (rule.find()) {
            classes.put(rule.group(1), rule.group(2));
        }
        return classes;
    }

    private static CategoryPlot plotOf(JFreeChart chart) {
        return chart.getCategoryPlot();
    }
}
