package io.touchmap.diff;

import io.touchmap.model.Cell;
import io.touchmap.model.Touchpoint;
import java.util.List;

/** A change to one touchpoint, matched by id: added, removed, or changed (moved to another cell, fields, KPIs). */
public sealed interface TouchpointChange permits TouchpointChange.Added, TouchpointChange.Removed, TouchpointChange.Changed {

    /** The touchpoint's id. */
    String id();

    /** The touchpoint as it is now, or as it was when it was removed. */
    Touchpoint touchpoint();

    /** A touchpoint that the baseline did not have. */
    record Added(Touchpoint touchpoint) implements TouchpointChange {
        @Override
        public String id() {
            return touchpoint.id();
        }
    }

    /** A touchpoint that the current map no longer has. */
    record Removed(Touchpoint touchpoint) implements TouchpointChange {
        @Override
        public String id() {
            return touchpoint.id();
        }
    }

    /**
     * A touchpoint on both sides that differs: its cell, its fields or its KPIs.
     *
     * @param fields the changed fields, in the order of the format (stage and channel are told by {@link #moved()})
     * @param kpis the KPI changes, in the order of the current map, removed KPIs last
     */
    record Changed(Touchpoint before, Touchpoint after, List<FieldChange> fields, List<KpiChange> kpis)
            implements TouchpointChange {

        public Changed {
            fields = List.copyOf(fields);
            kpis = List.copyOf(kpis);
        }

        @Override
        public String id() {
            return after.id();
        }

        @Override
        public Touchpoint touchpoint() {
            return after;
        }

        /** True when the touchpoint sits in another cell than in the baseline. */
        public boolean moved() {
            return !before.cell().equals(after.cell());
        }

        /** The cell in the baseline. */
        public Cell from() {
            return before.cell();
        }

        /** The cell now. */
        public Cell to() {
            return after.cell();
        }
    }
}
