package io.touchmap.model;

import java.util.List;

/** The four kinds of elements a touchpoint shows on the map. */
public record Elements(List<String> product, List<String> interactions, List<String> communication, Emotions emotions) {

    /** A touchpoint with no elements written. */
    public static final Elements NONE = new Elements(List.of(), List.of(), List.of(), Emotions.NONE);

    public Elements {
        product = List.copyOf(product);
        interactions = List.copyOf(interactions);
        communication = List.copyOf(communication);
    }
}
