package io.touchmap.load;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Words;
import io.touchmap.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

    /** A day written day first, as French spreadsheets write it: {@code 01/09/2026} is 1 September 2026. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** Other ways of writing a period, each with the period it means written as Touchmap writes it. */
    private static final List<Map.Entry<Pattern, Function<Matcher, String>>> OTHER_FORMS = List.of(
            form("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})", m -> day(m.group(3), m.group(2), m.group(1))),
            form("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})|(\\d{4})-(\\d{1,2})-(\\d{1,2})",
                    m -> m.group(1) != null ? day(m.group(1), m.group(2), m.group(3)) : day(m.group(4), m.group(5), m.group(6))),
            form("(\\d{1,2})[/.-](\\d{4})", m -> month(m.group(2), m.group(1))),
            form("(\\d{4})[/.](\\d{1,2})|(\\d{4})-(\\d)", m -> m.group(1) != null ? month(m.group(1), m.group(2)) : month(m.group(3), m.group(4))),
            form("(\\d{4}) ?[-/]? ?[TQ](\\d)", m -> m.group(1) + "-Q" + m.group(2)),
            form("[TQ](\\d) ?[-/]? ?(\\d{4})", m -> m.group(2) + "-Q" + m.group(1)),
            form("(\\d{4}) ?[-/]? ?W(\\d{1,2})", m -> m.group(1) + "-W" + twoDigits(m.group(2))),
            form("(?:(\\d{1,2})(?:er)? )?(" + String.join("|", FrenchMonths.NAMES.keySet()) + ")\\.? (\\d{4})",
                    m -> m.group(1) == null
                            ? m.group(3) + "-" + FrenchMonths.NAMES.get(m.group(2))
                            : day(m.group(3), FrenchMonths.NAMES.get(m.group(2)), m.group(1))));

    /** The day {@code text} means when it is written day first ({@code 01/09/2026}) as Touchmap writes it, if it is. */
    static Optional<String> dayFirst(String text) {
        Matcher m = DAY_FIRST.matcher(text);
        return m.matches() ? Optional.of(day(m.group(3), m.group(2), m.group(1))) : Optional.empty();
    }

    /** The hint for {@code text}, which {@link Period#parse} refused. */
    static Words of(String text) {
        Optional<String> meant = meant(text);
        if (meant.isPresent()) {
            return Period.parse(meant.get()).isPresent() ? DiagnosticText.PERIOD_GUESS.hint(meant.get()) : rangeOrForms(meant.get());
        }
        return rangeOrForms(text);
    }

    /** The period {@code text} was probably meant to be, as Touchmap writes it, when it is written another common way. */
    static Optional<String> meant(String text) {
        String plain = FrenchMonths.plain(text.strip());
        for (Map.Entry<Pattern, Function<Matcher, String>> form : OTHER_FORMS) {
            Matcher m = form.getKey().matcher(plain);
            if (m.matches()) {
                String meant = form.getValue().apply(m);
                return meant.equals(text) ? Optional.empty() : Optional.of(meant);
            }
        }
        return Optional.empty();
    }

    private static Map.Entry<Pattern, Function<Matcher, String>> form(String regex, Function<Matcher, String> meaning) {
        return Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), meaning);
    }

    private static String day(String year, String month, String day) {
        return year + "-" + twoDigits(month) + "-" + twoDigits(day);
    }

    private static String month(String year, String month) {
        return year + "-" + twoDigits(month);
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static Words rangeOrForms(String text) {
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
