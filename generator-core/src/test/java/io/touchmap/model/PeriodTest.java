package io.touchmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Periods: the five written forms, their order along time, and the texts that are not periods. */
class PeriodTest {

    private static Period parse(String text) {
        return Period.parse(text).orElseThrow(() -> new AssertionError("not a period: " + text));
    }

    @Test
    void everyFormParsesToItsGranularityAndFirstDay() {
        assertEquals(new Period(Period.Granularity.YEAR, LocalDate.of(2026, 1, 1)), parse("2026"));
        assertEquals(new Period(Period.Granularity.QUARTER, LocalDate.of(2026, 4, 1)), parse("2026-Q2"));
        assertEquals(new Period(Period.Granularity.MONTH, LocalDate.of(2026, 3, 1)), parse("2026-03"));
        assertEquals(new Period(Period.Granularity.WEEK, LocalDate.of(2026, 2, 9)), parse("2026-W07"));
        assertEquals(new Period(Period.Granularity.DAY, LocalDate.of(2026, 2, 28)), parse("2026-02-28"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "2026-Q1", "2026-Q4", "2026-01", "2026-12", "2026-W01", "2026-W07", "2026-W53", "2020-W53",
            "2026-01-31", "2024-02-29"})
    void everyFormPrintsAsWritten(String text) {
        assertEquals(text, parse(text).toString());
    }

    @Test
    void earlyYearsPrintWithFourDigitsAsFormattedNumbersWould() {
        assertEquals("0987-03", new Period(Period.Granularity.MONTH, LocalDate.of(987, 3, 1)).toString());
        assertEquals("0042-Q2", new Period(Period.Granularity.QUARTER, LocalDate.of(42, 4, 1)).toString());
        assertEquals(String.format("%04d", -5), new Period(Period.Granularity.YEAR, LocalDate.of(-5, 1, 1)).toString());
        assertEquals("12026", new Period(Period.Granularity.YEAR, LocalDate.of(12026, 1, 1)).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-W54", "2025-W53", "2026-W00", "2026-02-30", "2026-02-29", "2026-04-31",
            "2026-Q5", "2026-Q0", "26", "2026-1", "2026-W7", "2026/01", " 2026", "2026-01 ", "January 2026", "2026-q1"})
    void textsThatAreNotPeriodsAreRefused(String text) {
        assertEquals(Optional.empty(), Period.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingIsNotAPeriod(String text) {
        assertEquals(Optional.empty(), Period.parse(text));
    }

    @Test
    void firstIsoWeekMayStartInThePreviousYear() {
        Period week = parse("2026-W01");
        assertEquals(LocalDate.of(2025, 12, 29), week.start());
        assertEquals(LocalDate.of(2026, 1, 4), week.end());
    }

    @Test
    void periodsEndOnTheirLastDay() {
        assertEquals(LocalDate.of(2026, 12, 31), parse("2026").end());
        assertEquals(LocalDate.of(2026, 6, 30), parse("2026-Q2").end());
        assertEquals(LocalDate.of(2024, 2, 29), parse("2024-02").end());
        assertEquals(LocalDate.of(2026, 2, 15), parse("2026-W07").end());
        assertEquals(LocalDate.of(2026, 2, 28), parse("2026-02-28").end());
    }

    @Test
    void periodsAreOrderedByFirstDayThenFromCoarsestToFinest() {
        List<String> sorted = List.of("2026-01-05", "2026-01", "2026", "2026-Q1", "2026-W02", "2025-12-31", "2026-W01").stream()
                .map(PeriodTest::parse).sorted().map(Period::toString).toList();
        assertEquals(List.of("2026-W01", "2025-12-31", "2026", "2026-Q1", "2026-01", "2026-W02", "2026-01-05"), sorted);
    }

    @Test
    void periodsStartingTheSameDayAreToldApartByGranularity() {
        Period year = parse("2026");
        Period quarter = parse("2026-Q1");
        Period month = parse("2026-01");
        assertEquals(parse("2026-01"), month);
        assertEquals(month.hashCode(), parse("2026-01").hashCode());
        assertEquals(3, Set.of(year, quarter, month).size());
        assertEquals(3, Set.of(year.hashCode(), quarter.hashCode(), month.hashCode()).size());
    }

    @Test
    void twoYearsOfMonthsSpreadOverAHashTableInsteadOfSharingOneBucket() {
        // The hash of LocalDate varies in its low bits only with the day of the month: the generated record hash put
        // all 24 months into one bucket, which a HashMap then turns into a tree searched for every value of a series.
        Map<Integer, Integer> perBucket = new HashMap<>();
        for (int i = 0; i < 24; i++) {
            int hash = new Period(Period.Granularity.MONTH, LocalDate.of(2025, 1, 1).plusMonths(i)).hashCode();
            perBucket.merge((hash ^ hash >>> 16) & 31, 1, Integer::sum);
        }
        assertTrue(Collections.max(perBucket.values()) <= 2, perBucket.toString());
    }
}
