package io.touchmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgChartTest {

    /** How SVG coordinates were first written: the value rounded to a hundredth, through Double.toString. */
    private static String throughDoubleToString(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    @Test
    void coordinatesAreRoundedToAHundredthWithoutTrailingZeros() {
        assertEquals("12.5", SvgChart.hundredths(12.5));
        assertEquals("12.05", SvgChart.hundredths(12.049));
        assertEquals("3", SvgChart.hundredths(2.999));
        assertEquals("-0.05", SvgChart.hundredths(-0.05));
        assertEquals("0", SvgChart.hundredths(-0.004));
        assertEquals("-1", SvgChart.hundredths(-1.001));
        assertEquals("1.00000005E7", SvgChart.hundredths(10_000_000.5));
    }

    @Test
    void everyHundredthWithinTenThousandUnitsIsWrittenAsDoubleToStringWritesIt() {
        for (long cents = -1_000_000; cents <= 1_000_000; cents++) {
            double value = cents / 100.0;
            assertEquals(throughDoubleToString(value), SvgChart.hundredths(value));
            assertEquals(throughDoubleToString(value + 0.004), SvgChart.hundredths(value + 0.004));
        }
    }
}
