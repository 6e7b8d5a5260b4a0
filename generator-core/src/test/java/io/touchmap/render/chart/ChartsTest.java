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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
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
        assertEquals(List.of("2026-01", "2026-02"), data.getColumnKeys());
        assertEquals(72.0, data.getValue(0, 0));
        assertEquals(68.0, data.getValue(0, 1));
        assertNull(data.getValue(1, 0));
        assertEquals(68.0, data.getValue(1, 1));
        assertEquals(ChartTheme.statusColor(KpiStatus.WARNING), plot.getRenderer().getSeriesPaint(1));
        assertEquals(ChartTheme.SERIES_LINE, plot.getRenderer().getSeriesPaint(0));
    }

    @Test
    void kpiChartDrawsTheTargetLineAndTheWarningBandBetweenTargetAndWarning() {
        CategoryPlot plot = Charts.kpi(kpi("abandonment"), EN).getCategoryPlot();
        List<Marker> front = List.copyOf(plot.getRangeMarkers(Layer.FOREGROUND));
        List<Marker> back = List.copyOf(plot.getRangeMarkers(Layer.BACKGROUND));
        ValueMarker target = (ValueMarker) front.get(0);
        assertEquals(60.0, target.getValue());
        assertEquals("Target 60\u00a0%", target.getLabel());
        IntervalMarker band = (IntervalMarker) back.get(0);
        assertEquals(60.0, band.getStartValue());
        assertEquals(70.0, band.getEndValue());
        assertEquals("Warning", band.getLabel());
        assertTrue(plot.getRangeAxis().getRange().contains(72) && plot.getRangeAxis().getRange().contains(60));
    }

    @Test
    void kpiChartLabelsFollowTheLanguage() {
        ValueMarker target = (ValueMarker) plotOf(Charts.kpi(kpi("visits"), Labels.forLanguage("fr")))
                .getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals("Objectif 1\u202f200\u00a0visits", target.getLabel());
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
    void svgIsTheSameBytesEveryTimeAndEveryIdStartsWithTheChartId() {
        String first = SvgChart.svg(Charts.kpi(kpi("visits"), EN), "kpi-visits", 640, 280);
        String second = SvgChart.svg(Charts.kpi(kpi("visits"), EN), "kpi-visits", 640, 280);
        assertEquals(first, second);
        assertTrue(first.startsWith("<svg id='kpi-visits' xmlns='http://www.w3.org/2000/svg'"), first.substring(0, 120));
        assertTrue(first.contains("viewBox='0 0 640 280'"));
        assertFalse(first.contains("jfreesvg"));
        Matcher ids = Pattern.compile(" id='([^']*)'").matcher(first);
        int count = 0;
        while (ids.find()) {
            assertTrue(ids.group(1).startsWith("kpi-visits"), ids.group(1));
            count++;
        }
        assertTrue(count > 1, "the chart has clip paths with ids");
    }

    @Test
    void svgOfAChartNamesTheTargetInText() {
        String svg = SvgChart.svg(Charts.kpi(kpi("visits"), EN), "kpi-visits", 640, 280);
        assertTrue(svg.contains(">Target 1,200\u00a0visits</text>"), svg);
    }

    private static CategoryPlot plotOf(JFreeChart chart) {
        return chart.getCategoryPlot();
    }
}
