package io.touchmap.diff;

import io.touchmap.model.Direction;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.Observation;
import io.touchmap.model.Staleness;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

        /**
         * The changes of the target and of the warning threshold that set a new value over an old one, each with
         * its direction in the KPI's own direction (the current one): raised or relaxed ambition.
         */
        public List<Ambition> ambitions() {
            List<Ambition> ambitions = new ArrayList<>();
            ambition("target", before.target(), after.target(), ambitions);
            ambition("warning", before.warning(), after.warning(), ambitions);
            return ambitions;
        }

        private void ambition(String field, Double was, Double now, List<Ambition> ambitions) {
            if (was != null && now != null && !was.equals(now)) {
                boolean higherIsBetter = after.direction() != Direction.LOWER_IS_BETTER;
                ambitions.add(new Ambition(field, was, now, higherIsBetter == now > was));
            }
        }

        /**
         * The status of the current latest value under the baseline's target and warning threshold and under the
         * current ones; empty when neither threshold changed or the KPI has no value.
         */
        public Optional<ThresholdStatus> thresholdStatus() {
            boolean thresholds = !Objects.equals(before.target(), after.target()) || !Objects.equals(before.warning(), after.warning());
            Optional<Observation> latest = after.latest();
            if (!thresholds || latest.isEmpty()) {
                return Optional.empty();
            }
            Kpi old = new Kpi(after.id(), after.name(), after.kind(), after.unit(), after.direction(), before.target(), before.warning(),
                    after.source(), after.cadence(), after.description(), after.dataFile(), List.of(), after.origin());
            double value = latest.get().value();
            return Optional.of(new ThresholdStatus(latest.get().period().toString(), value, old.statusOf(value), after.statusOf(value)));
        }
    }

    /**
     * A new value of a KPI's target or warning threshold, and what it means for the ambition.
     *
     * @param field {@code target} or {@code warning}
     * @param raised true when the new value asks more, in the KPI's direction; false when it asks less
     */
    record Ambition(String field, double before, double after, boolean raised) {
    }

    /**
     * The current latest value of a KPI judged against its old and its new thresholds.
     *
     * @param period the period of the latest value, as written
     * @param before the status under the baseline's target and warning threshold
     * @param after the status under the current ones
     */
    record ThresholdStatus(String period, double value, KpiStatus before, KpiStatus after) {
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
         * True when both statuses are judged (neither "no data" nor "no target") and the latest is further from the
         * target, such as on target → warning or warning → off target.
         */
        public boolean worse() {
            return judged() && after.severity() > before.severity();
        }

        /** True when both statuses are judged and the latest is closer to the target. */
        public boolean better() {
            return judged() && after.severity() < before.severity();
        }

        private boolean judged() {
            return changed() && judged(before) && judged(after);
        }

        private static boolean judged(KpiStatus status) {
            return status != KpiStatus.NO_DATA && status != KpiStatus.NO_TARGET;
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
