package io.touchmap.internal.fields;

import io.touchmap.model.Keyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of element of the map format, such as a touchpoint: its fields in the order the format lists them, which
 * is the order of the reader's "allowed keys", of the JSON Schema's properties and of the diff's field changes.
 *
 * @param <E> the model type of the element
 */
public final class ElementKind<E> {

    private final String name;
    private final Class<?> type;
    private final String identity;
    private final List<Field<E>> fields;
    private final List<String> keys;
    private final Map<String, Field<E>> byKey;

    private ElementKind(String name, Class<?> type, String identity, List<Field<E>> fields) {
        this.name = name;
        this.type = type;
        this.identity = identity;
        this.fields = List.copyOf(fields);
        this.keys = fields.stream().map(Field::key).toList();
        Map<String, Field<E>> keyed = new LinkedHashMap<>();
        for (Field<E> field : fields) {
            if (keyed.put(field.key(), field) != null) {
                throw new IllegalArgumentException(name + " lists '" + field.key() + "' twice");
            }
        }
        this.byKey = keyed;
        if (identity != null && !byKey.containsKey(identity)) {
            throw new IllegalArgumentException(name + " has no field '" + identity + "' to be identified by");
        }
    }

    /** A kind named as the JSON Schema's {@code $defs} name it, such as {@code touchpoint}, held in {@code type}. */
    static <E> Builder<E> of(String name, Class<? super E> type) {
        return new Builder<>(name, type);
    }

    /** The kind's name in the JSON Schema's {@code $defs}, such as {@code touchpoint}; empty for a whole file. */
    public String name() {
        return name;
    }

    /** The model type that holds an element of this kind. */
    public Class<?> type() {
        return type;
    }

    /** The key that tells an element from its siblings, such as {@code id}, if elements of this kind are matched. */
    public Optional<String> identity() {
        return Optional.ofNullable(identity);
    }

    /** True when {@code field} is the one that tells an element from its siblings. */
    public boolean identifiedBy(Field<?> field) {
        return field.key().equals(identity);
    }

    /** The fields, in the order the format lists them. */
    public List<Field<E>> fields() {
        return fields;
    }

    /** The keys an element of this kind may have, in the order the format lists them. */
    public List<String> keys() {
        return keys;
    }

    /** The field of {@code key}, if the kind has one. */
    public Optional<Field<E>> field(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public String toString() {
        return name.isEmpty() ? "file" : name;
    }

    /** Lists the fields of a kind in order. */
    static final class Builder<E> {
        private final String name;
        private final Class<?> type;
        private final List<Field<E>> fields = new ArrayList<>();
        private String identity;

        private Builder(String name, Class<?> type) {
            this.name = name;
            this.type = type;
        }

        /** Elements of the kind are told apart by {@code key}, so comparisons match them on it. */
        Builder<E> identifiedBy(String key) {
            this.identity = key;
            return this;
        }

        /** A field kept in the record component of the same name. */
        Builder<E> field(String key, ValueKind kind, String label) {
            return field(key, key, kind, label);
        }

        /** A field kept in a record component of another name. */
        Builder<E> field(String key, String component, ValueKind kind, String label) {
            fields.add(new Field<>(key, kind, component, new ComponentReader<>(type, component), label, null, null, null));
            return this;
        }

        /** A keyword of {@code keywords}, kept in the record component of the same name. */
        Builder<E> keyword(String key, Class<? extends Keyword> keywords, String label) {
            fields.add(new Field<>(key, ValueKind.KEYWORD, key, new ComponentReader<>(type, key), label, null, keywords, null));
            return this;
        }

        /**
         * One nested element ({@link ValueKind#ELEMENT}) or a list of them ({@link ValueKind#ELEMENTS}), kept in the
         * record component of the same name.
         */
        Builder<E> element(String key, ValueKind kind, ElementKind<?> element, String label) {
            return element(key, kind, element, new ComponentReader<>(type, key), label);
        }

        /** One nested element or a list of them, read by {@code value}: for a kind whose type is not a record. */
        Builder<E> element(String key, ValueKind kind, ElementKind<?> element, Function<E, ?> value, String label) {
            fields.add(new Field<>(key, kind, key, value, label, null, null, element));
            return this;
        }

        /** A field keyed by the keyword {@code entry}, whose label is {@code label} naming that keyword. */
        Builder<E> entry(Keyword entry, String component, ValueKind kind, Function<E, ?> value, String label) {
            fields.add(new Field<>(entry.keyword(), kind, component, value, label, entry, null, null));
            return this;
        }

        ElementKind<E> build() {
            return new ElementKind<>(name, type, identity, fields);
        }
    }
}
