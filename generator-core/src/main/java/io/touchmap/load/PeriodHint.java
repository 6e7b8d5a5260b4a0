package io.touchmap.load;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Words;
import io.touchmap.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How to fix a period that does not parse: the right range when the form is right, else the forms themselves. */
final class PeriodHint {

    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q\\d+");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W\\d{2}");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-\\d{2}");

    private PeriodHint() {
    }

    /** The hint for {@code text}, which {@link Period#parse} refused. */
    static Words of(String text) {
        if (QUARTER.matcher(text).matches()) {
            return DiagnosticText.QUARTER_OUT_OF_RANGE.hint();
        }
        if (MONTH.matcher(text).matches()) {
            return DiagnosticText.MONTH_OUT_OF_RANGE.hint();
        }
        Matcher week = WEEK.matcher(text);
        if (week.matches()) {
            int year = Integer.parseInt(week.group(1));
            long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            return DiagnosticText.WEEK_OUT_OF_RANGE.hint(weeks, year);
        }
        Matcher day = DAY.matcher(text);
        if (day.matches()) {
            int month = Integer.parseInt(day.group(2));
            if (month < 1 || month > 12) {
                return DiagnosticText.MONTH_OUT_OF_RANGE.hint();
            }
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(day.group(1)), month);
            return DiagnosticText.DAY_OUT_OF_RANGE.hint(yearMonth.lengthOfMonth(), yearMonth);
        }
        return DiagnosticText.PERIOD_FORMS.hint();
    }
}
