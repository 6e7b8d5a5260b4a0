package io.touchmap.model;

import java.time.LocalDate;

/**
 * A KPI whose latest value is older than two of its cadences on the reference date: the next value was due and did
 * not come, nor the one after it.
 *
 * @param latest the period of the latest value
 * @param cadence how often the KPI gets a value, as declared or as its series of periods shows it, or null for a
 *     series of days without a declared cadence, whose values come every {@code days} days
 * @param days the median number of days between the values of a series of days, when {@code cadence} is null; else 0
 * @param due the last day of the period after the latest: the date the next value was due by
 * @param reference the date the KPI was judged on: the map's date, else the build's
 */
public record Staleness(Period latest, Cadence cadence, long days, LocalDate due, LocalDate reference) {

    /** The code under which a stale KPI is reported, which {@code map.rules} may ignore. */
    public static final String CODE = "TM220";

    /**
     * The date a map's KPIs are judged on: the map's own {@code date}, else {@code buildDate} (the day of the build's
     * {@code project.build.outputTimestamp}), else null, and staleness is not judged. Never the clock, so that the
     * same files give the same reports.
     */
    public static LocalDate referenceDate(MapInfo info, LocalDate buildDate) {
        return info != null && info.date() != null ? info.date() : buildDate;
    }

    /**
     * The staleness of {@code kpi} of {@code map} as reports show it: judged on {@link #referenceDate}, and never when
     * the map's rules ignore {@value #CODE}.
     */
    public static Staleness of(TouchpointMap map, Kpi kpi, LocalDate buildDate) {
        return judged(map, buildDate) ? of(kpi, referenceDate(map.info(), buildDate)) : null;
    }

    /**
     * True when reports judge the staleness of {@code map}'s KPIs: there is a reference date, and the map's rules do
     * not ignore {@value #CODE}.
     */
    public static boolean judged(TouchpointMap map, LocalDate buildDate) {
        return referenceDate(map.info(), buildDate) != null
                && (map.info() == null || map.info().rules().get(CODE) != RuleSetting.IGNORE);
    }

    /**
     * The staleness of {@code kpi} on {@code reference}, or null when it is not stale or cannot be judged: no
     * reference date, no value, or no cadence declared or to be seen in its series (a single daily value).
     */
    public static Staleness of(Kpi kpi, LocalDate reference) {
        if (reference == null || kpi.series().isEmpty()) {
            return null;
        }
        Period latest = kpi.latest().orElseThrow().period();
        Cadence cadence = kpi.cadence();
        if (cadence == null && latest.granularity() != Period.Granularity.DAY) {
            cadence = Cadence.of(latest.granularity());
        }
        LocalDate end = latest.end();
        if (cadence != null) {
            return of(kpi, cadence, end, reference);
        }
        long gap = medianGap(kpi);
        if (gap <= 0) {
            return null;
        }
        if (gap == 1) {
            return of(kpi, Cadence.DAILY, end, reference);
        }
        return reference.isAfter(end.plusDays(2 * gap))
                ? new Staleness(latest, null, gap, end.plusDays(gap), reference)
                : null;
    }

    private static Staleness of(Kpi kpi, Cadence cadence, LocalDate end, LocalDate reference) {
        return reference.isAfter(cadence.after(end, 2))
                ? new Staleness(kpi.latest().orElseThrow().period(), cadence, 0, cadence.after(end, 1), reference) : null;
    }

    /** The median number of days between successive distinct days of the series; 0 with fewer than two days. */
    private static long medianGap(Kpi kpi) {
        long[] days = kpi.series().stream().map(Observation::period).map(Period::start).mapToLong(LocalDate::toEpochDay)
                .distinct().sorted().toArray();
        if (days.length < 2) {
            return 0;
        }
        long[] gaps = new long[days.length - 1];
        for (int i = 1; i < days.length; i++) {
            gaps[i - 1] = days[i] - days[i - 1];
        }
        java.util.Arrays.sort(gaps);
        // the lower median of an even count, so that two gaps of 1 and 30 days keep the KPI daily rather than 15-daily
        return gaps[(gaps.length - 1) / 2];
    }
}
