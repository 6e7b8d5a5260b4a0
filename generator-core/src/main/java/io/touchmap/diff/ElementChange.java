package io.touchmap.diff;

import java.util.List;

/**
 * A change to an element of the map other than a touchpoint: a stage, channel, persona, value proposition component,
 * competitor, or the map's own description. Elements are matched by id; a changed id is a removal and an addition.
 */
public sealed interface ElementChange
        permits ElementChange.Added, ElementChange.Removed, ElementChange.Changed, ElementChange.Moved {

    /** The part of the map the element belongs to. */
    Section section();

    /** The element's id (for value proposition components, the component keyword such as {@code price}). */
    String id();

    /** The element's display name now, or in the baseline when it was removed; may be {@code null}. */
    String name();

    /** An element the baseline did not have, at its 1-based position in its list. */
    record Added(Section section, String id, String name, int position) implements ElementChange {
    }

    /** An element the current map no longer has, at its 1-based position in the baseline's list. */
    record Removed(Section section, String id, String name, int position) implements ElementChange {
    }

    /** An element whose fields changed; a new display name is a change of the field {@code name}. */
    record Changed(Section section, String id, String name, List<FieldChange> fields) implements ElementChange {
        public Changed {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A stage or channel that moved in the order of the map's columns or rows, relative to the others that both
     * sides have.
     *
     * @param from its 1-based position in the baseline
     * @param to its 1-based position now
     */
    record Moved(Section section, String id, String name, int from, int to) implements ElementChange {
    }
}
