package io.touchmap.render.chart;

import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Numbers with an explicit sign, as emotion scores are written: −2, −1, 0, +1, +2 (zero has no sign). */
final class SignedFormat extends NumberFormat {

    private final DecimalFormat digits;

    SignedFormat(Locale locale) {
        this.digits = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        this.digits.setMaximumFractionDigits(1);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        String sign = number > 0 ? "+" : number < 0 ? "\u2212" : "";
        return toAppendTo.append(sign).append(digits.format(Math.abs(number)));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return digits.parse(source.replace('\u2212', '-').replace("+", ""), parsePosition);
    }
}
