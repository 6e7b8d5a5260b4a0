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
    /** The fields written, in no particular order; the position of {@code names[i]} is at {@code positions[2 * i]}. */
    private final String[] names;
    /**
     * Each field's line and column, in the element's file. An origin per element and per KPI value adds up (nearly
     * two million positions in a 10,000-touchpoint map): kept as numbers rather than as a map of locations, they take
     * half the memory, which a large map's render in a bounded heap feels.
     */
    private final int[] positions;
    private final Map<String, String> refused;

    public Origin(Location at, Map<String, Location> fields) {
        this(at, fields, Map.of());
    }

    /**
     * An origin whose {@code refused} fields were written but not taken, each with the text written ({@code ""} when
     * it was not text).
     *
     * @throws IllegalArgumentException if a field is not in the element's file
     */
    public Origin(Location at, Map<String, Location> fields, Map<String, String> refused) {
        this.at = Objects.requireNonNull(at, "at");
        this.names = new String[fields.size()];
        this.positions = new int[2 * fields.size()];
        int i = 0;
        for (Map.Entry<String, Location> field : fields.entrySet()) {
            Location position = Objects.requireNonNull(field.getValue(), field.getKey());
            if (position.file() != at.file() && !position.file().equals(at.file())) {
                throw new IllegalArgumentException("the field " + field.getKey() + " is in " + position.file()
                        + ", not in the element's file " + at.file());
            }
            names[i] = Objects.requireNonNull(field.getKey(), "field name");
            positions[2 * i] = position.line();
            positions[2 * i + 1] = position.column();
            i++;
        }
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
        int i = indexOf(field);
        return i < 0 ? at : new Location(at.file(), positions[2 * i], positions[2 * i + 1]);
    }

    /** True when the field was written. */
    public boolean has(String field) {
        return indexOf(field) >= 0;
    }

    private int indexOf(String field) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(field)) {
                return i;
            }
        }
        return -1;
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
