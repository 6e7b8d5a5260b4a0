package io.touchmap.diff;

import static io.touchmap.diff.Fixtures.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.Touchmap;
import io.touchmap.load.Limits;
import io.touchmap.load.MapSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "KPI went stale": a KPI up to date in the baseline whose latest value is older than two cadences now (TM220). */
class StaleKpiDiffTest {

    @Test
    void aKpiThatWentStaleIsAChangeOfItsOwnWithTheDateItsNextValueWasDue() {
        List<String> lines = Fixtures.markdown("base", "kpi-stale").lines().toList();
        List<String> kpiLines = lines.stream().filter(l -> l.contains("KPI ")).toList();
        assertEquals(List.of(
                "- ⏰ KPI **Visits** (visits) went stale: no value since Jan\u00a02026, the next was due by February 28, 2026",
                "- KPI **Waiting time** (wait): ⚠️ warning (unchanged)",
                "- ⏰ KPI **Checkout NPS** (nps) went stale: no value since Jan\u00a02026, the next was due by February 28, 2026"),
                kpiLines.stream().filter(l -> l.startsWith("- ")).toList());
        String json = JsonDiff.render(Fixtures.report("base", "kpi-stale")).replaceAll("\\s", "");
        assertTrue(json.contains("\"change\":\"went-stale\",\"id\":\"visits\""), json);
        assertTrue(json.contains("\"stale\":{\"latest\":\"2026-01\",\"due\":\"2026-02-28\"}"), json);
        assertTrue(HtmlDiff.render(Fixtures.report("base", "kpi-stale"))
                .contains("\u23F0 KPI Checkout NPS (nps) went stale: no value since Jan\u00a02026, the next was due by February 28, 2026"));
    }

    @Test
    void aKpiStaleOnBothSidesDidNotGoStale() {
        var before = Touchmap.loadMaps(MapSource.directory(ROOT.resolve("base")), Limits.DEFAULT);
        var after = Touchmap.loadMaps(MapSource.directory(ROOT.resolve("base")), Limits.DEFAULT);
        Comparison comparison = Comparison.between("main", before, after, ROOT, null, LocalDate.of(2027, 1, 1));
        assertTrue(comparison.compared().get(0).report().diff().isEmpty());
    }
}
