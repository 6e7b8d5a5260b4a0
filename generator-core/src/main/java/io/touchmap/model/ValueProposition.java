package io.touchmap.model;

import java.util.List;
import java.util.Optional;

/** What the company promises its customers, as four components: price, service, personalization, proximity. */
public record ValueProposition(String statement, List<PropositionComponent> components, Origin origin) {

    /** A map without a value proposition. */
    public static ValueProposition none(Origin origin) {
        return new ValueProposition(null, List.of(), origin);
    }

    public ValueProposition {
        components = List.copyOf(components);
    }

    /** The component of that kind, if the map describes it. */
    public Optional<PropositionComponent> component(ValueComponent kind) {
        return components.stream().filter(c -> c.component() == kind).findFirst();
    }
}
