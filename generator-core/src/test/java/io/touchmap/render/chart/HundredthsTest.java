package io.touchmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HundredthsTest {

    /** How SVG coordinates were first written: the value rounded to a hundredth, through Double.toString. */
    private static String throughDoubleToString(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    @Test
    void coordinatesAreRoundedToAHundredthWithoutTrailingZeros() {
        assertEquals("12.5", Hundredths.format(12.5));
        assertEquals("12.05", Hundredths.format(12.049));
        assertEquals("3", Hundredths.format(2.999));
        assertEquals("-0.05", Hundredths.format(-0.05));
        assertEquals("0", Hundredths.format(-0.004));
        assertEquals("-1", Hundredths.format(-1.001));
        assertEquals("1.00000005E7", Hundredths.format(10_000_000.5));
    }

    @Test
    void everyHundredthWithinTenThousandUnitsIsWrittenAsDoubleToStringWritesIt() {
        for (long cents = -1_000_000; cents <= 1_000_000; cents++) {
            double value = cents / 100.0;
            assertEquals(throughDoubleToString(value), Hundredths.format(value));
            assertEquals(throughDoubleToString(value + 0.004), Hundredths.format(value + 0.004));
        }
    }
}
