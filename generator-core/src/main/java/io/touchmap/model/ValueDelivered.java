package io.touchmap.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What a touchpoint delivers of each component of the value proposition, in the team's words. */
public record ValueDelivered(Map<ValueComponent, String> statements) {

    /** A touchpoint that says nothing of the value it delivers. */
    public static final ValueDelivered NONE = new ValueDelivered(Map.of());

    public ValueDelivered {
        statements = statements.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(statements));
    }

    /** The statement for {@code component}, if one was written. */
    public Optional<String> of(ValueComponent component) {
        return Optional.ofNullable(statements.get(component));
    }

    /** True when no component has a statement. */
    public boolean isEmpty() {
        return statements.isEmpty();
    }
}
