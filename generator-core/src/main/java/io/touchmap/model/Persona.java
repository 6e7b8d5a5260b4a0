package io.touchmap.model;

/** A type of customer that touchpoints serve. */
public record Persona(String id, String name, String description, Origin origin) implements Named {
}
