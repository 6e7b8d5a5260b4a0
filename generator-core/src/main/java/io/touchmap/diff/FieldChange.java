package io.touchmap.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A change to one field of a map element, named by its path in the YAML format, such as {@code owner},
 * {@code elements.product} or {@code value.price}.
 */
public sealed interface FieldChange permits FieldChange.Value, FieldChange.Items {

    /** The field's path in the YAML format. */
    String field();

    /**
     * A single value that changed.
     *
     * @param before the value as text in the baseline, or {@code null} when it was not set
     * @param after the value as text now, or {@code null} when it is no longer set
     */
    record Value(String field, String before, String after) implements FieldChange {
        public Value {
            Objects.requireNonNull(field, "field");
        }
    }

    /** A list of texts that changed: items added, removed, or only their order. */
    record Items(String field, List<String> before, List<String> after) implements FieldChange {

        public Items {
            Objects.requireNonNull(field, "field");
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** The items of {@code after} that {@code before} lacks, counted with repetitions. */
        public List<String> added() {
            return minus(after, before);
        }

        /** The items of {@code before} that {@code after} lacks, counted with repetitions. */
        public List<String> removed() {
            return minus(before, after);
        }

        /** True when the same items appear, only in another order. */
        public boolean onlyReordered() {
            return added().isEmpty() && removed().isEmpty();
        }

        private static List<String> minus(List<String> from, List<String> taken) {
            List<String> rest = new ArrayList<>(from);
            for (String item : taken) {
                rest.remove(item);
            }
            return rest;
        }
    }
}
