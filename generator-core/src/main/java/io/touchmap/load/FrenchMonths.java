package io.touchmap.load;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The French names of the months and their usual abbreviations, for periods such as {@code septembre 2026}. */
final class FrenchMonths {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** Each name, without accents and in lower case, and the number of its month in two digits; longest names first. */
    static final Map<String, String> NAMES = names(
            "janvier", "01", "fevrier", "02", "mars", "03", "avril", "04", "mai", "05", "juin", "06", "juillet", "07",
            "aout", "08", "septembre", "09", "octobre", "10", "novembre", "11", "decembre", "12",
            "janv", "01", "fevr", "02", "fev", "02", "avr", "04", "juil", "07", "sept", "09", "oct", "10", "nov", "11",
            "dec", "12");

    private FrenchMonths() {
    }

    /** {@code text} in lower case and without accents, as the names are written. */
    static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> names(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return names;
    }
}
