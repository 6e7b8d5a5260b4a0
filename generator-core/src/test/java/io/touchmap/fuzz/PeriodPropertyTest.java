package io.touchmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.model.Period;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of periods over thousands of random ones: printing and parsing agree, order follows time. */
class PeriodPropertyTest {

    private static final int CASES = 5_000;

    @Test
    void everyPrintedPeriodParsesBackToItself() {
        Random random = new Random(7);
        for (int i = 0; i < CASES; i++) {
            Period period = randomPeriod(random);
            assertEquals(period, Period.parse(period.toString()).orElseThrow(), period.toString());
        }
    }

    @Test
    void periodsSortByTheirFirstDayThenFromCoarsestToFinest() {
        Random random = new Random(11);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            periods.add(randomPeriod(random));
        }
        Collections.sort(periods);
        for (int i = 1; i < periods.size(); i++) {
            Period before = periods.get(i - 1);
            Period after = periods.get(i);
            assertTrue(before.start().isBefore(after.start())
                    || (before.start().equals(after.start()) && before.granularity().compareTo(after.granularity()) <= 0),
                    before + " sorted before " + after);
            assertTrue(!before.end().isBefore(before.start()));
        }
    }

    @Test
    void randomTextIsEitherRefusedOrAPeriodThatPrintsTheSame() {
        Random random = new Random(13);
        String alphabet = "0123456789-QW";
        for (int i = 0; i < CASES * 4; i++) {
            StringBuilder text = new StringBuilder();
            int length = 4 + random.nextInt(7);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Period.parse(text.toString()).ifPresent(p -> assertEquals(text.toString(), p.toString()));
        }
    }

    private static Period randomPeriod(Random random) {
        int year = 1990 + random.nextInt(60);
        return switch (random.nextInt(5)) {
            case 0 -> Period.parse(String.format("%04d", year)).orElseThrow();
            case 1 -> Period.parse(String.format("%04d-Q%d", year, 1 + random.nextInt(4))).orElseThrow();
            case 2 -> Period.parse(String.format("%04d-%02d", year, 1 + random.nextInt(12))).orElseThrow();
            case 3 -> {
                long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
                yield Period.parse(String.format("%04d-W%02d", year, 1 + random.nextInt((int) weeks))).orElseThrow();
            }
            default -> Period.parse(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)).toString()).orElseThrow();
        };
    }
}
