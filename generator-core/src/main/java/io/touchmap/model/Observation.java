package io.touchmap.model;

/** One measured value of a KPI for a period. */
public record Observation(Period period, double value, Origin origin) {
}
