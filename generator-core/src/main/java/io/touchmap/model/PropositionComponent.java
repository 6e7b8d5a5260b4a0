package io.touchmap.model;

import java.util.Map;

/**
 * One component of the value proposition: what we promise, how well we deliver it, and how much it weighs per stage.
 *
 * @param score how well we deliver it, 1 to 5, or {@code null} when not assessed
 * @param importance how much it weighs, 1 to 5, by stage id in the order written
 */
public record PropositionComponent(
        ValueComponent component, String statement, Integer score, Map<String, Integer> importance, Origin origin) {

    public PropositionComponent {
        importance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(importance));
    }
}
