package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapSizeLimitTest {

    @TempDir
    Path map;

    private static Limits limits(int touchpoints, int kpis, int observations) {
        Limits d = Limits.DEFAULT;
        return new Limits(d.maxFileBytes(), d.maxTotalBytes(), d.maxFiles(), d.maxDepth(), d.maxAliases(), d.maxNodes(),
                d.maxStringLength(), touchpoints, kpis, observations);
    }

    private void write() throws IOException {
        Files.writeString(map.resolve("a-map.yaml"), """
                map: { id: m, title: M }
                stages: [{ id: s, name: S, phase: purchase }]
                channels: [{ id: c, name: C, type: analog }]
                """);
        Files.writeString(map.resolve("b-touchpoints.yaml"), """
                touchpoints:
                  - { id: t1, name: T1, stage: s, channel: c, kpis: [{ id: k1, name: K, target: 1, series: [{ period: 2026, value: 1 }] }] }
                """);
        Files.writeString(map.resolve("c-touchpoints.yaml"), """
                touchpoints:
                  - { id: t2, name: T2, stage: s, channel: c, kpis: [{ id: k2, name: K, target: 1, series: [{ period: 2026, value: 1 }, { period: 2027, value: 2 }] }] }
                """);
    }

    @Test
    void theFileThatTakesTheMapOverTheTouchpointLimitIsNamedWithTheLimit() throws IOException {
        write();
        LoadResult result = Touchmap.load(map, limits(1, 100, 100));
        assertEquals(java.util.List.of("c-touchpoints.yaml: error TM004 with this file the map holds more than 1 touchpoints, over the limit;"
                + " split the map into several maps, or raise the limit (see the README's security section)"),
                result.errors().stream().map(d -> d.format(map)).toList());
    }

    @Test
    void kpiAndObservationLimitsAreCountedOverTheWholeMap() throws IOException {
        write();
        assertEquals("c-touchpoints.yaml: error TM004 with this file the map holds more than 1 KPIs, over the limit",
                Touchmap.load(map, limits(10, 1, 100)).errors().get(0).format(map).split(";")[0]);
        assertEquals("c-touchpoints.yaml: error TM004 with this file the map holds more than 2 KPI values, over the limit",
                Touchmap.load(map, limits(10, 10, 2)).errors().get(0).format(map).split(";")[0]);
        assertEquals(0, Touchmap.load(map, limits(2, 2, 3)).errors().size());
    }
}
