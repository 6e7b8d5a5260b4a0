package io.touchmap.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a KPI value was measured for: a year, quarter, month, ISO week or day.
 *
 * <p>Periods are ordered by the day they start on, then from the coarsest to the finest, so {@code 2026} comes
 * before {@code 2026-Q1}, which comes before {@code 2026-01}.
 */
public record Period(Granularity granularity, LocalDate start) implements Comparable<Period> {

    /** How long a period lasts, from the coarsest to the finest. */
    public enum Granularity {
        YEAR, QUARTER, MONTH, WEEK, DAY
    }

    private static final int GRANULARITIES = Granularity.values().length;

    /** The forms a period may be written in, for messages. */
    public static final String FORMS = "YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    public Period {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
    }

    /** The period written as {@code text}, or empty when it is not one of {@link #FORMS} or names no real date. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Optional<Period> quick = quickParse(text);
            if (quick != null) {
                return quick;
            }
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                return Optional.of(new Period(Granularity.YEAR, LocalDate.of(year(m), 1, 1)));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                int quarter = Integer.parseInt(m.group(2));
                return Optional.of(new Period(Granularity.QUARTER, LocalDate.of(year(m), 3 * quarter - 2, 1)));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                return Optional.of(new Period(Granularity.MONTH, LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1)));
            }
            if ((m = WEEK.matcher(text)).matches()) {
                return week(year(m), Integer.parseInt(m.group(2)));
            }
            if ((m = DAY.matcher(text)).matches()) {
                LocalDate day = LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(new Period(Granularity.DAY, day));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Months and days, the common forms in large series, parsed without regular expressions; null for any other
     * text, which the patterns then handle.
     */
    private static Optional<Period> quickParse(String text) {
        int length = text.length();
        if ((length != 7 && length != 10) || text.charAt(4) != '-' || !digits(text, 0, 4) || !digits(text, 5, 7)) {
            return null;
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        if (length == 7) {
            return Optional.of(new Period(Granularity.MONTH, LocalDate.of(year, month, 1)));
        }
        if (text.charAt(7) != '-' || !digits(text, 8, 10)) {
            return null;
        }
        return Optional.of(new Period(Granularity.DAY, LocalDate.of(year, month, Integer.parseInt(text, 8, 10, 10))));
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private static Optional<Period> week(int year, int week) {
        LocalDate mid = LocalDate.of(year, 6, 1);
        if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(new Period(Granularity.WEEK, monday));
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (granularity) {
            case YEAR -> start.plusYears(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case WEEK -> start.plusDays(6);
            case DAY -> start;
        };
    }

    /**
     * Written out rather than left to the record's generated method, like {@link #hashCode()}: series are looked up by
     * period all through a render, and the generated equals stays a chain of method handles in a short run.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Period period && granularity == period.granularity && start.equals(period.start);
    }

    /**
     * Distinct for distinct periods and spread in its low bits. The generated hash would combine
     * {@link LocalDate#hashCode()}, whose low bits are the day of the month: every monthly, quarterly and yearly period
     * of a year would fall into the same bucket of a {@link java.util.HashMap}, which then searches a tree instead of
     * a table for each value of a series.
     */
    @Override
    public int hashCode() {
        return (int) start.toEpochDay() * GRANULARITIES + granularity.ordinal();
    }

    @Override
    public int compareTo(Period other) {
        // by start, then by granularity: written out, as series are sorted and searched by period all through a render
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : granularity.compareTo(other.granularity);
    }

    /** The period in the form it is written in YAML, such as {@code 2026-Q1} or {@code 2026-W07}. */
    @Override
    public String toString() {
        // Built by hand rather than with String.format: charts and tables print every period, and Formatter
        // parses its pattern on each call (it would also print the digits of the JVM's locale).
        return switch (granularity) {
            case YEAR -> padded(start.getYear(), 4);
            case QUARTER -> padded(start.getYear(), 4) + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> padded(start.getYear(), 4) + "-" + padded(start.getMonthValue(), 2);
            case WEEK -> padded(start.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + padded(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case DAY -> start.toString();
        };
    }

    /** {@code value} in ASCII digits, zero-padded to {@code width} characters including a minus sign, as {@code %0Nd}. */
    private static String padded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        return sign + "0".repeat(Math.max(0, width - sign.length() - digits.length())) + digits;
    }
}
