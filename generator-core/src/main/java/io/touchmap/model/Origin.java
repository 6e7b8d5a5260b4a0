package io.touchmap.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a model element was written: the element itself and each of its fields, so that every later stage can
 * point a reader at the exact line of a value.
 *
 * <p>Origins never take part in the meaning of an element: two elements that differ only by where they were
 * written are equal, so that moving YAML between files changes nothing.
 *
 * <p>An origin also knows which written values were refused (an invalid id, keyword or number, a misspelt key):
 * they were reported where they were written, and checks that depend on them stay silent about them, so that one
 * mistake gives one message.
 */
public final class Origin {

    private final Location at;
    private final Map<String, Location> fields;
    private final Map<String, String> refused;

    public Origin(Location at, Map<String, Location> fields) {
        this(at, fields, Map.of());
    }

    /**
     * An origin whose {@code refused} fields were written but not taken, each with the text written ({@code ""} when
     * it was not text).
     */
    public Origin(Location at, Map<String, Location> fields, Map<String, String> refused) {
        this.at = Objects.requireNonNull(at, "at");
        this.fields = Map.copyOf(fields);
        this.refused = Map.copyOf(refused);
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

    /**
     * True when {@code field} was written but refused (reported where it was written): its value in the model is
     * missing or the default, so checks that depend on it stay silent about it.
     */
    public boolean isRefused(String field) {
        return refused.containsKey(field);
    }

    /** The text written for the refused {@code field}, such as the invalid id {@code après-vente}. */
    public Optional<String> refusedText(String field) {
        return Optional.ofNullable(refused.get(field)).filter(text -> !text.isEmpty());
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
