package io.touchmap.internal.fields;

import io.touchmap.model.Keyword;
import java.util.Objects;
import java.util.function.Function;

/**
 * One key of an element of the map format: what it holds, where the model keeps it, and the label reports give it.
 *
 * @param key the key as written in YAML
 * @param kind what the value is
 * @param component the component of the model's record that holds the value (or, for a kind that is not a record,
 *     the key again)
 * @param value reads the value from the model element
 * @param label the key of the field's label in the report labels, or {@code null} when no report names the field; for
 *     a field whose changes are told entry by entry (importance per stage, presence per cell) a pattern whose
 *     {@code {0}} is the entry, and for an entry of a component-keyed kind a pattern whose {@code {0}} is
 *     {@code labelArgument}
 * @param labelArgument the keyword the label names, for the entries of a kind keyed by value proposition component
 * @param keywords the keyword type of a {@link ValueKind#KEYWORD} field
 * @param element the kind of the nested elements of an {@link ValueKind#ELEMENT} or {@link ValueKind#ELEMENTS} field
 */
public record Field<E>(
        String key,
        ValueKind kind,
        String component,
        Function<E, ?> value,
        String label,
        Keyword labelArgument,
        Class<? extends Keyword> keywords,
        ElementKind<?> element) {

    public Field {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(value, "value");
        if ((kind == ValueKind.KEYWORD) != (keywords != null)) {
            throw new IllegalArgumentException(key + ": a keyword type goes with KEYWORD fields only");
        }
        if ((kind == ValueKind.ELEMENT || kind == ValueKind.ELEMENTS) != (element != null)) {
            throw new IllegalArgumentException(key + ": an element kind goes with ELEMENT and ELEMENTS fields only");
        }
    }

    /** The value of this field in {@code element}. */
    public Object of(E element) {
        return value.apply(element);
    }
}
