package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A period written another common way, French ones first, is answered with the period it means as Touchmap writes it. */
class PeriodHintTest {

    private static List<String> hints(String... periods) {
        return java.util.Arrays.stream(periods).map(p -> p + " -> " + PeriodHint.of(p)).toList();
    }

    @Test
    void monthsQuartersWeeksAndDaysWrittenOtherWaysGetTheFormToWrite() {
        assertEquals(List.of(
                "09/2026 -> did you mean '2026-09'?",
                "9/2026 -> did you mean '2026-09'?",
                "09-2026 -> did you mean '2026-09'?",
                "2026/09 -> did you mean '2026-09'?",
                "2026-8 -> did you mean '2026-08'?",
                "2026-T2 -> did you mean '2026-Q2'?",
                "T2 2026 -> did you mean '2026-Q2'?",
                "2026 Q3 -> did you mean '2026-Q3'?",
                "2026-q4 -> did you mean '2026-Q4'?",
                "2026-W5 -> did you mean '2026-W05'?",
                "01/09/2026 -> did you mean '2026-09-01'?",
                "1.9.2026 -> did you mean '2026-09-01'?",
                "2026/9/1 -> did you mean '2026-09-01'?",
                "2026-9-1 -> did you mean '2026-09-01'?",
                "septembre 2026 -> did you mean '2026-09'?",
                "Sept. 2026 -> did you mean '2026-09'?",
                "févr. 2026 -> did you mean '2026-02'?",
                "1er août 2026 -> did you mean '2026-08-01'?",
                "14 juillet 2026 -> did you mean '2026-07-14'?"),
                hints("09/2026", "9/2026", "09-2026", "2026/09", "2026-8", "2026-T2", "T2 2026", "2026 Q3", "2026-q4", "2026-W5",
                        "01/09/2026", "1.9.2026", "2026/9/1", "2026-9-1", "septembre 2026", "Sept. 2026", "févr. 2026",
                        "1er août 2026", "14 juillet 2026"));
    }

    @Test
    void aFormThatMeansNoRealPeriodGetsTheRangeOfItsPart() {
        assertEquals(List.of(
                "13/2026 -> use a month from 01 to 12",
                "2026-T5 -> use a quarter from Q1 to Q4",
                "31/02/2026 -> use a day from 01 to 28: 2026-02 has 28 days",
                "2026-Q5 -> use a quarter from Q1 to Q4",
                "January 2026 -> write YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD, such as 2026-01"),
                hints("13/2026", "2026-T5", "31/02/2026", "2026-Q5", "January 2026"));
    }

    @Test
    void onlyADayWrittenDayFirstWithSlashesIsReadAsADay() {
        assertEquals(Optional.of("2026-09-01"), PeriodHint.dayFirst("01/09/2026"));
        assertEquals(Optional.of("2026-09-01"), PeriodHint.dayFirst("1/9/2026"));
        assertEquals(Optional.empty(), PeriodHint.dayFirst("09/2026"));
        assertEquals(Optional.empty(), PeriodHint.dayFirst("01-09-2026"));
        assertEquals(Optional.empty(), PeriodHint.dayFirst("2026/09/01"));
    }
}
