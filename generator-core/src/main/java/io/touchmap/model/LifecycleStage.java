package io.touchmap.model;

/** A moment of the customer relationship; the stages' order is the lifecycle's order and the map's column order. */
public record LifecycleStage(String id, String name, Phase phase, String description, Origin origin) implements Named {
}
