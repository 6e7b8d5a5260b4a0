package io.touchmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Maps that once made Touchmap throw instead of reporting, each a fixture next to this test, as a user wrote it or as
 * {@link MutationTest} found it: each now ends with its exact diagnostics.
 */
class MutantRegressionTest {

    @Test
    void aTargetInWordsBesideAWarningIsReportedAsNotANumber() {
        assertEquals(List.of(
                "map.yaml:14:17: error TM102 'target' of KPI 'basket' must be a number, not 'cinquante'; "
                        + "write digits with a '.' for decimals, such as 4.5"),
                Fixtures.diagnostics(MutantRegressionTest.class, "target-in-words"));
    }

    @Test
    void aTargetTooLargeForANumberBesideAWarningIsReportedAsOutOfRange() {
        assertEquals(List.of(
                "map.yaml:14:17: error TM107 'target' of KPI 'basket' is '1e400', too large to be a number; "
                        + "use a number with fewer digits"),
                Fixtures.diagnostics(MutantRegressionTest.class, "target-too-large"));
    }

    @Test
    void aCsvValueTooLargeForANumberIsReportedAsOutOfRangeInsteadOfBreakingTheChart() {
        assertEquals(List.of(
                "kpis/return-rate.csv:3:9: error TM107 value '1e400' is too large to be a number; use a number with fewer digits"),
                Fixtures.diagnostics(MutantRegressionTest.class, "csv-value-too-large"));
    }
}
