package io.touchmap.render.chart;

/**
 * Numbers of a chart's SVG, rounded to a hundredth of a unit: far below what a screen or a printer shows, and short
 * to write. A value is written as {@link Double#toString} writes the rounded value, without an integer's {@code .0}.
 */
final class Hundredths {

    /** Below this many hundredths a value is written digit by digit; above, as {@link Double#toString} writes it. */
    private static final long DIGIT_BY_DIGIT = 100_000_000L;

    private Hundredths() {
    }

    /** {@code value} in whole hundredths. */
    static long of(double value) {
        return Math.round(value * 100);
    }

    /** {@code value} rounded to a hundredth and written out. */
    static String format(double value) {
        StringBuilder out = new StringBuilder(12);
        append(out, of(value));
        return out.toString();
    }

    /**
     * Appends {@code cents} hundredths. Below a million units this writes the same characters as
     * {@link Double#toString} of the value (checked for every hundredth in that range) at a fraction of the cost: a
     * chart writes thousands of numbers.
     */
    static void append(StringBuilder out, long cents) {
        if (Math.abs(cents) >= DIGIT_BY_DIGIT) {
            double rounded = cents / 100.0;
            out.append(rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded));
            return;
        }
        long whole = cents / 100;
        int fraction = (int) Math.abs(cents % 100);
        if (cents < 0 && whole == 0) {
            out.append('-');
        }
        out.append(whole);
        if (fraction != 0) {
            out.append('.').append((char) ('0' + fraction / 10));
            if (fraction % 10 != 0) {
                out.append((char) ('0' + fraction % 10));
            }
        }
    }
}
