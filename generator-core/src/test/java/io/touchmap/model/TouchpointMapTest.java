package io.touchmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.touchmap.Fixtures;
import io.touchmap.LoadResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts the reports derive from a map: statuses, the emotion curve, coverage and competitor gaps. */
class TouchpointMapTest {

    private static TouchpointMap map;

    @BeforeAll
    static void load() {
        LoadResult result = Fixtures.load(TouchpointMapTest.class, "derived");
        assertFalse(result.hasErrors(), () -> result.errors().toString());
        map = result.map();
    }

    private static String curve(List<StageEmotion> curve) {
        return String.join(", ", curve.stream().map(e -> e.stage().id() + "=" + e.mean() + "/" + e.scored()).toList());
    }

    @Test
    void touchpointStatusIsTheWorstOfItsKpis() {
        assertEquals(List.of(KpiStatus.ON_TARGET, KpiStatus.WARNING, KpiStatus.OFF_TARGET, KpiStatus.NO_DATA),
                map.touchpoints().stream().map(Touchpoint::kpiStatus).toList());
    }

    @Test
    void statusCountsCoverEveryStatusInOrder() {
        assertEquals(Map.of(KpiStatus.ON_TARGET, 2L, KpiStatus.WARNING, 1L, KpiStatus.OFF_TARGET, 1L, KpiStatus.NO_TARGET, 0L,
                KpiStatus.NO_DATA, 0L),
                map.kpiStatusCounts());
        assertEquals(List.of(KpiStatus.values()), List.copyOf(map.kpiStatusCounts().keySet()));
        assertEquals(Map.of(TouchpointStatus.IDEA, 0L, TouchpointStatus.PLANNED, 1L, TouchpointStatus.ACTIVE, 3L,
                TouchpointStatus.RETIRED, 0L), map.touchpointStatusCounts());
        assertEquals(Map.of(ChannelType.ANALOG, 2L, ChannelType.DIGITAL, 2L), map.channelTypeCounts());
    }

    @Test
    void emotionCurveIsTheMeanScorePerStage() {
        assertEquals("discovery=0.0/2, purchase=2.0/1, loyalty=null/0", curve(map.emotionCurve()));
    }

    @Test
    void emotionCurvePerPersonaCountsOnlyTheirTouchpoints() {
        assertEquals("discovery=1.0/1, purchase=2.0/1, loyalty=null/0", curve(map.emotionCurve(map.persona("parent").orElseThrow())));
        assertEquals("discovery=-1.0/1, purchase=2.0/1, loyalty=null/0", curve(map.emotionCurve(map.persona("student").orElseThrow())));
    }

    @Test
    void coverageNamesEmptyCellsEmptyStagesUnusedChannelsAndUnmeasuredTouchpoints() {
        Coverage coverage = map.coverage();
        assertEquals(9, coverage.cellCount());
        assertEquals(List.of(new Cell("loyalty", "store"), new Cell("loyalty", "web"), new Cell("discovery", "phone"),
                new Cell("purchase", "phone"), new Cell("loyalty", "phone")), coverage.emptyCells());
        assertEquals(List.of("loyalty"), coverage.emptyStages().stream().map(LifecycleStage::id).toList());
        assertEquals(List.of("phone"), coverage.unusedChannels().stream().map(Channel::id).toList());
        assertEquals(List.of("eshop"), coverage.touchpointsWithoutKpis().stream().map(Touchpoint::id).toList());
        assertEquals(4 / 9.0, coverage.coveredShare());
    }

    @Test
    void touchpointsAreFoundByCellStageChannelAndPersona() {
        assertEquals(List.of("checkout"), map.touchpointsIn(new Cell("purchase", "store")).stream().map(Touchpoint::id).toList());
        assertEquals(List.of("checkout", "eshop"),
                map.touchpointsAt(map.stage("purchase").orElseThrow()).stream().map(Touchpoint::id).toList());
        assertEquals(List.of("ads", "eshop"), map.touchpointsOn(map.channel("web").orElseThrow()).stream().map(Touchpoint::id).toList());
        assertEquals(List.of("ads", "checkout"),
                map.touchpointsFor(map.persona("student").orElseThrow()).stream().map(Touchpoint::id).toList());
    }

    @Test
    void ourRatingInACellIsTheMeanEmotionScorePlusThree() {
        assertEquals(Optional.of(5.0), map.ratingIn(new Cell("purchase", "store")));
        assertEquals(Optional.of(2.0), map.ratingIn(new Cell("discovery", "web")));
        assertEquals(Optional.empty(), map.ratingIn(new Cell("purchase", "web")));
    }

    @Test
    void competitorGapsAreCellsWhereWeAreAbsentOrOutrated() {
        List<String> gaps = map.competitorGaps().stream()
                .map(g -> g.competitor().id() + " " + g.presence().cell().stage() + "/" + g.presence().cell().channel() + " "
                        + g.kind() + " " + g.ourRating())
                .toList();
        // the web shop at purchase/web is only planned: customers cannot meet it yet, so the rival's presence there is a gap
        assertEquals(List.of("rival loyalty/store ABSENT null", "rival discovery/web OUTRATED 2.0", "rival purchase/web ABSENT null"), gaps);
    }

    @Test
    void elementsWithoutIdsOrReferencesDoNotBreakTheDerivedFacts() {
        Origin here = Origin.at(new Location(java.nio.file.Path.of("map.yaml"), 1, 1));
        Touchpoint unplaced = new Touchpoint(null, "Unplaced", null, null, List.of(), null, TouchpointStatus.ACTIVE, null,
                new Elements(List.of(), List.of(), List.of(), new Emotions(1, List.of())), List.of(), List.of(), ValueDelivered.NONE,
                List.of(), here);
        TouchpointMap broken = new TouchpointMap(map.info(),
                List.of(new LifecycleStage(null, "No id", Phase.PURCHASE, null, here)),
                List.of(new Channel(null, "No id", null, null, null, here)),
                List.of(), List.of(unplaced), map.valueProposition(), List.of());
        assertEquals(1, broken.coverage().emptyStages().size());
        assertEquals(1, broken.coverage().unusedChannels().size());
        assertEquals("null=null/0", curve(broken.emotionCurve()));
        assertEquals(Map.of(ChannelType.ANALOG, 0L, ChannelType.DIGITAL, 0L), broken.channelTypeCounts());
    }
}
