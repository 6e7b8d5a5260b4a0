package io.touchmap.model;

/** One cell of the map: a lifecycle stage (column) crossed with a channel (row). */
public record Cell(String stage, String channel) {
}
