package io.touchmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** KPI status from the latest value, the target, the warning threshold and the direction. */
class KpiTest {

    private static final Origin HERE = Origin.at(new Location(Path.of("map.yaml"), 1, 1));

    private static Kpi kpi(Direction direction, Double target, Double warning, String... values) {
        List<Observation> series = Arrays.stream(values).map(v -> v.split("="))
                .map(pair -> new Observation(Period.parse(pair[0]).orElseThrow(), Double.parseDouble(pair[1]), HERE))
                .toList();
        return new Kpi("k", "K", KpiKind.QUANTITATIVE, null, direction, target, warning, KpiSource.MANUAL, null, null, null, series, HERE);
    }

    @Test
    void higherIsBetterWithWarning() {
        Kpi kpi = kpi(Direction.HIGHER_IS_BETTER, 10.0, 8.0);
        assertEquals(List.of(KpiStatus.ON_TARGET, KpiStatus.ON_TARGET, KpiStatus.WARNING, KpiStatus.WARNING, KpiStatus.OFF_TARGET),
                List.of(kpi.statusOf(12), kpi.statusOf(10), kpi.statusOf(9.9), kpi.statusOf(8), kpi.statusOf(7.9)));
    }

    @Test
    void higherIsBetterWithoutWarning() {
        Kpi kpi = kpi(Direction.HIGHER_IS_BETTER, 10.0, null);
        assertEquals(List.of(KpiStatus.ON_TARGET, KpiStatus.OFF_TARGET), List.of(kpi.statusOf(10), kpi.statusOf(9.9)));
    }

    @Test
    void lowerIsBetterWithWarning() {
        Kpi kpi = kpi(Direction.LOWER_IS_BETTER, 5.0, 8.0);
        assertEquals(List.of(KpiStatus.ON_TARGET, KpiStatus.ON_TARGET, KpiStatus.WARNING, KpiStatus.WARNING, KpiStatus.OFF_TARGET),
                List.of(kpi.statusOf(4), kpi.statusOf(5), kpi.statusOf(5.1), kpi.statusOf(8), kpi.statusOf(8.1)));
    }

    @Test
    void lowerIsBetterWithoutWarning() {
        Kpi kpi = kpi(Direction.LOWER_IS_BETTER, 5.0, null);
        assertEquals(List.of(KpiStatus.ON_TARGET, KpiStatus.OFF_TARGET), List.of(kpi.statusOf(5), kpi.statusOf(5.1)));
    }

    @Test
    void valuesWithoutATargetHaveNoTargetAndATargetWithoutValuesHasNoData() {
        assertEquals(KpiStatus.NO_TARGET, kpi(Direction.HIGHER_IS_BETTER, null, null, "2026-01=4").status());
        assertEquals(KpiStatus.NO_TARGET, kpi(Direction.HIGHER_IS_BETTER, null, null).statusOf(4));
        assertEquals(KpiStatus.NO_DATA, kpi(Direction.HIGHER_IS_BETTER, null, null).status());
        assertEquals(KpiStatus.NO_DATA, kpi(Direction.HIGHER_IS_BETTER, 10.0, 8.0).status());
    }

    @Test
    void statusIsThatOfTheLatestPeriodNotTheLastWritten() {
        Kpi kpi = kpi(Direction.HIGHER_IS_BETTER, 10.0, 8.0, "2026-03=9", "2026-01=3", "2026-02=12");
        assertEquals("2026-03", kpi.latest().orElseThrow().period().toString());
        assertEquals(KpiStatus.WARNING, kpi.status());
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), kpi.chronological().stream().map(o -> o.period().toString()).toList());
    }

    @Test
    void amongValuesOfTheSamePeriodTheLastWrittenIsUsed() {
        Kpi kpi = kpi(Direction.HIGHER_IS_BETTER, 10.0, null, "2026-01=3", "2026-02=3", "2026-02=11");
        assertEquals(11.0, kpi.latest().orElseThrow().value());
        assertEquals(KpiStatus.ON_TARGET, kpi.status());
    }
}
