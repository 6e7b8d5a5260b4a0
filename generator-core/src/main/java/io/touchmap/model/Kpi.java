package io.touchmap.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A measure of a touchpoint, with its target and its values over time.
 *
 * @param target the value to reach, or {@code null} when none is set
 * @param warning a threshold between the target and an alert, or {@code null}
 * @param cadence how often the KPI gets a new value, or {@code null} to infer it from the series
 * @param dataFile the CSV file the series was read from, relative to the map directory, or {@code null}
 * @param series the observations in the order they were written
 */
public record Kpi(
        String id,
        String name,
        KpiKind kind,
        String unit,
        Direction direction,
        Double target,
        Double warning,
        KpiSource source,
        Cadence cadence,
        String description,
        String dataFile,
        List<Observation> series,
        Origin origin) implements Named {

    public Kpi {
        series = List.copyOf(series);
    }

    /** The observation with the latest period, if any; the last written wins among equal periods. */
    public Optional<Observation> latest() {
        Observation latest = null;
        for (Observation observation : series) {
            // of equal periods the later written wins, as TM206 promises
            if (latest == null || observation.period().compareTo(latest.period()) >= 0) {
                latest = observation;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The observations sorted by period. */
    public List<Observation> chronological() {
        return series.stream().sorted(Comparator.comparing(Observation::period)).toList();
    }

    /**
     * How stale the latest value is on {@code reference} (the map's date, else the build's), or empty when it is
     * recent enough or cannot be judged; see {@link Staleness#of(Kpi, LocalDate)}.
     */
    public Optional<Staleness> staleness(LocalDate reference) {
        return Optional.ofNullable(Staleness.of(this, reference));
    }

    /**
     * The status of the latest value: {@link KpiStatus#NO_DATA} without a value, {@link KpiStatus#NO_TARGET} with
     * values but no target.
     */
    public KpiStatus status() {
        Optional<Observation> latest = latest();
        if (latest.isEmpty()) {
            return KpiStatus.NO_DATA;
        }
        return statusOf(latest.get().value());
    }

    /** The status {@code value} would have ({@link KpiStatus#NO_TARGET} without a target) against this KPI's target, warning threshold and direction. */
    public KpiStatus statusOf(double value) {
        if (target == null) {
            return KpiStatus.NO_TARGET;
        }
        boolean higherIsBetter = direction != Direction.LOWER_IS_BETTER;
        if (higherIsBetter ? value >= target : value <= target) {
            return KpiStatus.ON_TARGET;
        }
        if (warning != null && (higherIsBetter ? value >= warning : value <= warning)) {
            return KpiStatus.WARNING;
        }
        return KpiStatus.OFF_TARGET;
    }
}
