package io.touchmap.model;

import java.util.Comparator;
import java.util.List;

/** A point of contact between the company and its customer, placed in one cell of the map. */
public record Touchpoint(
        String id,
        String name,
        String stage,
        String channel,
        List<String> personas,
        String owner,
        TouchpointStatus status,
        String description,
        Elements elements,
        List<String> painPoints,
        List<String> opportunities,
        ValueDelivered value,
        List<Kpi> kpis,
        Origin origin) implements Named {

    public Touchpoint {
        personas = List.copyOf(personas);
        painPoints = List.copyOf(painPoints);
        opportunities = List.copyOf(opportunities);
        kpis = List.copyOf(kpis);
    }

    /** The cell of the map this touchpoint sits in. */
    public Cell cell() {
        return new Cell(stage, channel);
    }

    /** The worst status among the KPIs, or {@link KpiStatus#NO_DATA} when none has one. */
    public KpiStatus kpiStatus() {
        return kpis.stream().map(Kpi::status).max(Comparator.comparingInt(KpiStatus::severity)).orElse(KpiStatus.NO_DATA);
    }
}
