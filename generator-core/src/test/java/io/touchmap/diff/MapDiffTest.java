package io.touchmap.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.touchmap.model.KpiStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MapDiffTest {

    @Test
    void touchpointsAreMatchedByIdSoAChangedIdIsARemovalAndAnAddition() {
        MapDiff diff = Fixtures.diff("base", "id-changed");

        assertEquals(2, diff.touchpoints().size());
        assertInstanceOf(TouchpointChange.Added.class, diff.touchpoints().get(0));
        assertEquals("checkout", diff.touchpoints().get(0).id());
        assertInstanceOf(TouchpointChange.Removed.class, diff.touchpoints().get(1));
        assertEquals("store-checkout", diff.touchpoints().get(1).id());
    }

    @Test
    void aRenameIsAChangeOfTheNameField() {
        TouchpointChange.Changed changed = Fixtures.diff("base", "touchpoint-fields").changes().get(0);

        assertEquals(new FieldChange.Value("name", "Store checkout", "Checkout at the till"), changed.fields().get(0));
    }

    @Test
    void aKpiStatusChangeIsWorseOnlyWhenBothStatusesAreJudged() {
        assertEquals(true, new KpiChange.StatusChange(KpiStatus.ON_TARGET, KpiStatus.WARNING).worse());
        assertEquals(true, new KpiChange.StatusChange(KpiStatus.OFF_TARGET, KpiStatus.WARNING).better());
        assertEquals(false, new KpiChange.StatusChange(KpiStatus.NO_DATA, KpiStatus.OFF_TARGET).worse());
        assertEquals(false, new KpiChange.StatusChange(KpiStatus.ON_TARGET, KpiStatus.NO_DATA).worse());
        assertEquals(false, new KpiChange.StatusChange(null, KpiStatus.OFF_TARGET).changed());
        assertEquals(false, new KpiChange.StatusChange(KpiStatus.ON_TARGET, KpiStatus.NO_TARGET).worse());
        assertEquals(false, new KpiChange.StatusChange(KpiStatus.NO_TARGET, KpiStatus.OFF_TARGET).worse());
        assertEquals(false, new KpiChange.StatusChange(KpiStatus.OFF_TARGET, KpiStatus.NO_TARGET).better());
        assertEquals(true, new KpiChange.StatusChange(KpiStatus.NO_TARGET, KpiStatus.OFF_TARGET).changed());
    }

    @Test
    void onlyTheStagesThatChangedPlaceRelativeToTheOthersAreMoved() {
        assertEquals(List.of(), MapComparer.moved(List.of("a", "b", "c"), List.of("a", "x", "b", "c")));
        assertEquals(List.of(), MapComparer.moved(List.of("a", "b", "c"), List.of("a", "c")));
        assertEquals(List.of("c"), MapComparer.moved(List.of("a", "b", "c", "d"), List.of("c", "a", "b", "d")));
        assertEquals(List.of("a"), MapComparer.moved(List.of("a", "b"), List.of("b", "a")));
    }

    @Test
    void failOnNamesTheKindsOfChangeThatFailABuild() {
        MapDiff removed = Fixtures.diff("base", "touchpoint-removed");
        MapDiff worse = Fixtures.diff("base", "kpi-changes");
        Set<FailCondition> conditions = FailCondition.parse(" removed, status-worse ");

        assertEquals(EnumSet.of(FailCondition.REMOVED, FailCondition.STATUS_WORSE), conditions);
        assertEquals(List.of("1 touchpoint was removed (failOn removed)"), removed.breaches(conditions));
        assertEquals(List.of("1 KPI status got worse (failOn status-worse)"), worse.breaches(conditions));
        assertEquals(List.of(), Fixtures.diff("base", "touchpoint-added").breaches(conditions));
        assertEquals(Set.of(), FailCondition.parse("none"));
        assertEquals(Set.of(), FailCondition.parse(null));
    }

    @Test
    void anUnknownFailOnConditionIsRefusedWithTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FailCondition.parse("removed,deleted"));

        assertEquals("unknown failOn condition 'deleted'; use none or any of any, added, removed, moved, changed, status-worse, ambition-relaxed, gap-opened, emotion-worse", e.getMessage());
    }
}
