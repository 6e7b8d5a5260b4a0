package io.touchmap.load;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Words;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number written the way French spreadsheets and French typography write it: a decimal comma ({@code 4,3}) and
 * spaces between thousands ({@code 1 234,5}, with plain, no-break or narrow no-break spaces). CSV files separated by
 * {@code ;} are read that way; everywhere else such a number is refused with the number to write instead.
 */
final class FrenchNumber {

    private static final String SPACES = " \u00A0\u202F";
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("[" + SPACES + "]");
    private static final Pattern AROUND = Pattern.compile("^[\\s" + SPACES + "]+|[\\s" + SPACES + "]+$");
    private static final Pattern FORM =
            Pattern.compile("([-+]?)(\\d{1,3}(?:[" + SPACES + "]\\d{3})+|\\d+)(?:([.,])(\\d+))?");

    private FrenchNumber() {
    }

    /**
     * {@code text} as Touchmap writes the number, such as {@code 1234.5} for {@code 1 234,5}; empty when {@code text}
     * is not a number with spaces between thousands or (if {@code decimalComma}) a decimal comma.
     */
    static Optional<String> asWritten(String text, boolean decimalComma) {
        Matcher m = FORM.matcher(text);
        if (!m.matches() || ",".equals(m.group(3)) && !decimalComma) {
            return Optional.empty();
        }
        String whole = THOUSANDS_SEPARATOR.matcher(m.group(2)).replaceAll("");
        return Optional.of(m.group(1) + whole + (m.group(3) == null ? "" : "." + m.group(4)));
    }

    /** {@code text} without the no-break spaces around it, which a CSV parser's trimming keeps. */
    static String stripped(String text) {
        return AROUND.matcher(text).replaceAll("");
    }

    /**
     * The hint for a number field written {@code text} in YAML, when it is a French number: the number to write, and
     * both readings when a comma before three digits may separate thousands ({@code 1,500}).
     */
    static Optional<Words> yamlHint(String text) {
        return asWritten(text, true).map(number -> {
            Matcher m = FORM.matcher(text);
            m.matches();
            if (!",".equals(m.group(3))) {
                return DiagnosticText.THOUSANDS_SEPARATOR.hint(number);
            }
            boolean maybeThousands = m.group(4).length() == 3 && m.group(2).matches("\\d{1,3}");
            if (maybeThousands) {
                return DiagnosticText.DECIMAL_OR_THOUSANDS.hint(number, m.group(1) + m.group(2) + m.group(4));
            }
            return DiagnosticText.DECIMAL_COMMA.hint(number);
        });
    }
}
