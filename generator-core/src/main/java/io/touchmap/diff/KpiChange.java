package io.touchmap.diff;

import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.Staleness;
import java.util.List;

/** A change to one KPI of a touchpoint, matched by the KPI's id within its touchpoint. */
public sealed interface KpiChange permits KpiChange.Added, KpiChange.Removed, KpiChange.Changed, KpiChange.WentStale {

    /** The KPI's id. */
    String id();

    /** The KPI's name now, or in the baseline when it was removed. */
    String name();

    /** The KPI's status in the baseline and now; a side is {@code null} where the KPI does not exist. */
    StatusChange status();

    /** A KPI that the baseline did not have. */
    record Added(Kpi kpi) implements KpiChange {
        @Override
        public String id() {
            return kpi.id();
        }

        @Override
        public String name() {
            return kpi.name();
        }

        @Override
        public StatusChange status() {
            return new StatusChange(null, kpi.status());
        }
    }

    /** A KPI that the current map no longer has. */
    record Removed(Kpi kpi) implements KpiChange {
        @Override
        public String id() {
            return kpi.id();
        }

        @Override
        public String name() {
            return kpi.name();
        }

        @Override
        public StatusChange status() {
            return new StatusChange(kpi.status(), null);
        }
    }

    /**
     * A KPI whose definition or values changed.
     *
     * @param fields the changed fields of its definition (target, warning, direction, unit…)
     * @param observations the values added, removed or revised, in chronological order
     */
    record Changed(Kpi before, Kpi after, List<FieldChange> fields, List<ObservationChange> observations)
            implements KpiChange {

        public Changed {
            fields = List.copyOf(fields);
            observations = List.copyOf(observations);
        }

        @Override
        public String id() {
            return after.id();
        }

        @Override
        public String name() {
            return after.name();
        }

        @Override
        public StatusChange status() {
            return new StatusChange(before.status(), after.status());
        }
    }

    /**
     * A KPI that was up to date in the baseline and is stale now (warning TM220): its latest value is older than two
     * of its cadences. Told apart from a {@link Changed} of the same KPI, which it may come with.
     *
     * @param staleness the period of the latest value and the date the next one was due by
     */
    record WentStale(Kpi before, Kpi after, Staleness staleness) implements KpiChange {
        @Override
        public String id() {
            return after.id();
        }

        @Override
        public String name() {
            return after.name();
        }

        /** The status now on both sides: a status that changed is told by the KPI's {@link Changed}. */
        @Override
        public StatusChange status() {
            return new StatusChange(after.status(), after.status());
        }
    }

    /**
     * A KPI's status before and after.
     *
     * @param before the status in the baseline, or {@code null} when the KPI did not exist
     * @param after the status now, or {@code null} when the KPI no longer exists
     */
    record StatusChange(KpiStatus before, KpiStatus after) {

        /** True when the KPI exists on both sides with different statuses. */
        public boolean changed() {
            return before != null && after != null && before != after;
        }

        /**
         * True when both statuses are judged (not "no data") and the latest is further from the target, such as on
         * target → warning or warning → off target.
         */
        public boolean worse() {
            return judged() && after.severity() > before.severity();
        }

        /** True when both statuses are judged and the latest is closer to the target. */
        public boolean better() {
            return judged() && after.severity() < before.severity();
        }

        private boolean judged() {
            return changed() && before != KpiStatus.NO_DATA && after != KpiStatus.NO_DATA;
        }
    }

    /**
     * A KPI value for one period that appeared, disappeared or was revised.
     *
     * @param period the period as written, such as {@code 2026-03}
     * @param before the baseline's value, or {@code null} for a new observation
     * @param after the current value, or {@code null} for a removed observation
     */
    record ObservationChange(String period, Double before, Double after) {
    }
}
