package io.touchmap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.internal.text.Labels;
import io.touchmap.load.Limits;
import io.touchmap.load.MapSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TM220: a KPI whose latest value is older than two of its cadences, judged on the map's date, else the build's. */
class StaleKpisTest {

    @Test
    void aKpiOfEachCadenceIsStaleOnceTwoOfItsPeriodsWentByWithoutAValue() {
        assertEquals(List.of(
                "map.yaml:12:13: warning TM220 KPI 'monthly' is stale: its latest value is for 2026-03 and, with cadence 'monthly', the next was due by 2026-04-30; the reference date is 2026-06-15; add the values since 2026-03, or set 'cadence' if the KPI is measured less often",
                "map.yaml:20:13: warning TM220 KPI 'quarterly' is stale: its latest value is for 2025-Q3 and, with cadence 'quarterly', the next was due by 2025-12-31; the reference date is 2026-06-15; add the values since 2025-Q3, or set 'cadence' if the KPI is measured less often",
                "map.yaml:24:13: warning TM220 KPI 'weekly' is stale: its latest value is for 2026-W20 and, with cadence 'weekly', the next was due by 2026-05-24; the reference date is 2026-06-15; add the values since 2026-W20, or set 'cadence' if the KPI is measured less often",
                "map.yaml:28:13: warning TM220 KPI 'yearly' is stale: its latest value is for 2023 and, with cadence 'yearly', the next was due by 2024-12-31; the reference date is 2026-06-15; add the values since 2023, or set 'cadence' if the KPI is measured less often",
                "map.yaml:32:13: warning TM220 KPI 'daily' is stale: its latest value is for 2026-06-03 and, with cadence 'daily', the next was due by 2026-06-04; the reference date is 2026-06-15; add the values since 2026-06-03, or set 'cadence' if the KPI is measured less often",
                "map.yaml:36:13: warning TM220 KPI 'every-three-days' is stale: its latest value is for 2026-05-07 and, with a value every 3 days, the next was due by 2026-05-10; the reference date is 2026-06-15; add the values since 2026-05-07, or set 'cadence' if the KPI is measured less often",
                "map.yaml:45:13: warning TM220 KPI 'declared-weekly' is stale: its latest value is for 2026-05 and, with cadence 'weekly', the next was due by 2026-06-07; the reference date is 2026-06-15; add the values since 2026-05, or set 'cadence' if the KPI is measured less often"),
                Fixtures.diagnostics(StaleKpisTest.class, "stale-kpis"));
    }

    @Test
    void theMessageReadsInFrench() {
        LoadResult result = Fixtures.load(StaleKpisTest.class, "stale-kpis");
        assertEquals("map.yaml:36:13: warning TM220 l'indicateur 'every-three-days' n'est plus à jour\u202f: sa dernière valeur porte sur 2026-05-07 et, avec une valeur tous les 3\u00a0jours, l'échéance de la suivante était 2026-05-10\u202f; date de référence\u202f: 2026-06-15\u202f; ajoutez les valeurs depuis 2026-05-07, ou indiquez 'cadence' si l'indicateur est mesuré moins souvent",
                Touchmap.format(result, result.directory(), "fr").get(5));
    }

    @Test
    void withoutTheMapsDateTheBuildsDateJudgesAndWithoutEitherNothingIs() {
        Path map = Fixtures.directory(StaleKpisTest.class, "stale-kpis-undated");
        assertEquals(List.of(), Touchmap.format(Touchmap.load(map), map));
        LoadResult built = Touchmap.load(MapSource.directory(map), Limits.DEFAULT, LocalDate.of(2026, 7, 1));
        assertEquals(List.of(
                "map.yaml:12:13: warning TM220 KPI 'wait' is stale: its latest value is for 2025-12 and, with cadence 'quarterly', the next was due by 2026-03-31; the reference date is 2026-07-01; add the values since 2025-12, or set 'cadence' if the KPI is measured less often"),
                Touchmap.format(built, map));
        assertEquals(List.of(), Touchmap.format(Touchmap.load(MapSource.directory(map), Limits.DEFAULT, LocalDate.of(2026, 6, 30)), map));
    }
}
