package io.touchmap.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Another company the customer could turn to: how its value proposition compares and where it meets the customer.
 *
 * @param valueProposition their score, 1 to 5, per component of the value proposition
 */
public record Competitor(
        String id,
        String name,
        String description,
        Map<ValueComponent, Integer> valueProposition,
        List<Presence> presence,
        Origin origin) implements Named {

    public Competitor {
        valueProposition = valueProposition.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(valueProposition));
        presence = List.copyOf(presence);
    }
}
