package io.touchmap.model;

import java.util.Map;
import java.util.Objects;

/**
 * Where a model element was written: the element itself and each of its fields, so that every later stage can
 * point a reader at the exact line of a value.
 *
 * <p>Origins never take part in the meaning of an element: two elements that differ only by where they were
 * written are equal, so that moving YAML between files changes nothing.
 */
public final class Origin {

    private final Location at;
    private final Map<String, Location> fields;

    public Origin(Location at, Map<String, Location> fields) {
        this.at = Objects.requireNonNull(at, "at");
        this.fields = Map.copyOf(fields);
    }

    /** An origin with no field positions. */
    public static Origin at(Location at) {
        return new Origin(at, Map.of());
    }

    /** Where the element starts. */
    public Location at() {
        return at;
    }

    /** Where the value of {@code field} was written, or where the element starts if the field is absent. */
    public Location field(String field) {
        return fields.getOrDefault(field, at);
    }

    /** True when the field was written. */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Origin;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return at.toString();
    }
}
