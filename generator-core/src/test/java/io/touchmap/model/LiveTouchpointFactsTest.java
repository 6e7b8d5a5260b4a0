package io.touchmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which touchpoints the derived facts count, and which value of a KPI counts as its latest. */
class LiveTouchpointFactsTest {

    @TempDir
    Path map;

    private TouchpointMap load(String touchpoints) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: m, title: M }
                stages: [{ id: s, name: S, phase: purchase }, { id: t, name: T, phase: after-purchase }]
                channels: [{ id: shop, name: Shop, type: analog }, { id: web, name: Web, type: digital }]
                competitors:
                  - id: rival
                    name: Rival
                    presence: [{ stage: s, channel: web, rating: 2 }, { stage: t, channel: shop, rating: 5 }]
                """ + touchpoints);
        LoadResult result = Touchmap.load(map);
        return result.map();
    }

    @Test
    void ideasAndRetiredTouchpointsDoNotShapeTheEmotionCurveNorCloseACompetitorGap() throws IOException {
        TouchpointMap touchpointMap = load("""
                touchpoints:
                  - { id: a, name: A, stage: s, channel: web, status: idea, elements: { emotions: { score: -2 } } }
                  - { id: b, name: B, stage: s, channel: shop, elements: { emotions: { score: 2 } } }
                  - { id: c, name: C, stage: t, channel: shop, status: retired, elements: { emotions: { score: -2 } } }
                """);
        assertEquals(List.of(2.0), touchpointMap.emotionCurve().stream().map(StageEmotion::mean).filter(m -> m != null).toList());
        assertEquals(List.of("s/web ABSENT", "t/shop ABSENT"), touchpointMap.competitorGaps().stream()
                .map(g -> g.presence().stage() + "/" + g.presence().channel() + " " + g.kind()).toList());
    }

    @Test
    void plannedAndIdeaTouchpointsFillTheirCellsButRetiredOnesDoNot() throws IOException {
        Coverage coverage = load("""
                touchpoints:
                  - { id: a, name: A, stage: s, channel: web, status: idea }
                  - { id: b, name: B, stage: s, channel: shop, status: planned }
                  - { id: c, name: C, stage: t, channel: shop, status: retired }
                """).coverage();
        assertEquals(List.of(new Cell("t", "shop"), new Cell("t", "web")), coverage.emptyCells().stream()
                .sorted(java.util.Comparator.comparing(Cell::stage).thenComparing(Cell::channel)).toList());
        assertEquals(List.of("t"), coverage.emptyStages().stream().map(LifecycleStage::id).toList());
        assertEquals(List.of("b"), coverage.touchpointsWithoutKpis().stream().map(Touchpoint::id).toList());
    }

    @Test
    void aTouchpointWithoutAValidStageLeavesTheEmotionCurveDefined() throws IOException {
        TouchpointMap touchpointMap = load("""
                touchpoints:
                  - { id: a, name: A, stage: Not An Id, channel: web, elements: { emotions: { score: 1 } } }
                """);
        assertEquals(2, touchpointMap.emotionCurve().size());
    }

    @Test
    void amongValuesForTheSamePeriodTheLastWrittenIsTheLatest() throws IOException {
        Kpi kpi = load("""
                touchpoints:
                  - id: a
                    name: A
                    stage: s
                    channel: web
                    kpis:
                      - id: k
                        name: K
                        target: 5
                        series: [{ period: 2026-02, value: 9 }, { period: 2026-01, value: 1 }, { period: 2026-02, value: 1 }]
                """).kpis().get(0);
        assertEquals(1.0, kpi.latest().orElseThrow().value());
        assertEquals(KpiStatus.OFF_TARGET, kpi.status());
    }
}
