package io.touchmap.internal.text;

import io.touchmap.model.Keyword;
import io.touchmap.model.Period;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of every report in one language (English or French), from the one {@code labels} bundle of that
 * language that the site, the PDF, the charts and the diff all read, with the number and date formats of the
 * language.
 *
 * <p>Every label is a {@link MessageFormat} pattern, formatted the same way whether or not it takes arguments, so
 * one rule holds for every label (an apostrophe is written {@code ''}). Keys are namespaced: {@code common.*} for
 * the words the outputs share, {@code site.*}, {@code pdf.*} and {@code diff.*} for those of one output,
 * {@code diag.*} for diagnostics.
 *
 * <p>The bundle is chosen without falling back to the JVM's default locale, so a report reads the same on any
 * machine.
 */
public final class Labels {

    /** The languages reports can be written in. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private static final String BUNDLE = "io.touchmap.internal.text.labels";

    /** One instance per language: a bundle is read and its labels formatted once per JVM. */
    private static final Map<String, Labels> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Locale locale;
    /** Every pattern by key, as written in the bundle. */
    private final Map<String, String> patterns;
    /**
     * The labels read so far, by key, as each reads without arguments: its pattern formatted at its first use, so
     * that {@code ''} reads {@code '}. A render reads a few hundred of a bundle's 700 labels, and formatting them all
     * when the bundle was read made the first language take twice as long in a cold JVM (58 against 28 ms).
     */
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    /** Every label by key, as {@link #get} gives it, for templates. */
    private final Map<String, String> all = new AllLabels();
    /** The names of the months, from {@code common.period.months}; empty when the bundle has none. */
    private final List<String> months;
    /**
     * Each thread's patterns parsed as {@link MessageFormat}s, by key: labels with arguments are formatted for every
     * period and value of a report, a format is not safe to share between threads, and parsing a pattern costs more
     * than formatting it.
     */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(java.util.HashMap::new);
    /**
     * One number format per thread: a report prints tens of thousands of numbers, building a format costs more than
     * using it, and a format is not safe to share between the threads that render pages in parallel.
     */
    private final ThreadLocal<NumberFormat> numbers;

    private Labels(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        Map<String, String> patterns = new HashMap<>();
        for (String key : bundle.keySet()) {
            patterns.put(key, bundle.getString(key));
        }
        this.patterns = Map.copyOf(patterns);
        this.months = has("common.period.months") ? List.of(get("common.period.months").split(",")) : List.of();
        this.numbers = ThreadLocal.withInitial(() -> {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format;
        });
    }

    /** The labels for {@code language} ({@code en} or {@code fr}); English for any other or a missing one. */
    public static Labels forLanguage(String language) {
        String chosen = language != null && LANGUAGES.contains(language.toLowerCase(Locale.ROOT))
                ? language.toLowerCase(Locale.ROOT) : "en";
        return BY_LANGUAGE.computeIfAbsent(chosen, tag -> {
            Locale locale = Locale.forLanguageTag(tag);
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new Labels(locale, bundle);
        });
    }

    /** The language of these labels. */
    public Locale locale() {
        return locale;
    }

    /** The language tag, such as {@code fr}, for the {@code lang} attribute of a page. */
    public String language() {
        return locale.toLanguageTag();
    }

    /** Every label by key, as {@link #get} gives it, for templates. */
    public Map<String, String> all() {
        return all;
    }

    /** The label under {@code key} without arguments; a missing key is a defect of the bundles, so it throws. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            String pattern = patterns.get(key);
            if (pattern == null) {
                throw missing(key);
            }
            // a pattern without quotes or arguments reads as it is written
            text = pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0 ? pattern
                    : new MessageFormat(pattern, locale).format(new Object[0]);
            texts.put(key, text);
        }
        return text;
    }

    /** True when there is a label under {@code key}, such as one for a keyword a map may misspell. */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** The {@link MessageFormat} pattern under {@code key}, as the bundle holds it, for callers that format it themselves. */
    public String pattern(String key) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw missing(key);
        }
        return pattern;
    }

    /** The label under {@code key} with its {@code {0}}, {@code {1}}… filled with {@code arguments}. */
    public String format(String key, Object... arguments) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw missing(key);
        }
        return formats.get().computeIfAbsent(key, k -> new MessageFormat(pattern, locale)).format(arguments);
    }

    private IllegalArgumentException missing(String key) {
        return new IllegalArgumentException("no label '" + key + "' for language " + language());
    }

    /**
     * The label of a keyword such as a KPI status, under {@code common.<type>.<keyword>}, e.g.
     * {@code common.KpiStatus.warning}.
     */
    public String of(Keyword keyword) {
        return get(keywordKey(keyword.getClass().getSimpleName(), keyword.keyword()));
    }

    /** The key of the label of {@code keyword} of {@code type}, such as {@code common.Phase.purchase}. */
    public static String keywordKey(String type, String keyword) {
        return "common." + type + "." + keyword;
    }

    /** {@code value} written for a reader of this language: grouped thousands, at most two decimals. */
    public String number(double value) {
        return numbers.get().format(value);
    }

    /** {@code value} followed by {@code unit} when there is one, such as {@code 5.4 min} or {@code 72 %}. */
    public String quantity(double value, String unit) {
        return unit == null || unit.isBlank() ? number(value) : number(value) + "\u00a0" + unit;
    }

    /**
     * A period as people say it in this language, such as {@code Q3 2026}, {@code Jan 2026} or {@code W44 2026} in
     * English and {@code T3 2026}, {@code janv. 2026} or {@code S44 2026} in French; charts, KPI tables, the site and
     * the PDF all write periods with it.
     */
    public String period(Period period) {
        LocalDate start = period.start();
        String year = Integer.toString(start.getYear());
        return switch (period.granularity()) {
            case YEAR -> year;
            case QUARTER -> format("common.period.quarter", Integer.toString((start.getMonthValue() - 1) / 3 + 1), year);
            case MONTH -> format("common.period.month", month(start), year);
            case WEEK -> format("common.period.week", Integer.toString(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    Integer.toString(start.get(IsoFields.WEEK_BASED_YEAR)));
            case DAY -> format("common.period.day", Integer.toString(start.getDayOfMonth()), month(start), year);
        };
    }

    private String month(LocalDate date) {
        if (months.isEmpty()) {
            throw missing("common.period.months");
        }
        return months.get(date.getMonthValue() - 1);
    }

    /** A date in the long form of the language, such as {@code 1 November 2026} or {@code 1 novembre 2026}. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The labels as a map, each formatted when it is first read; listed, they come in key order. */
    private final class AllLabels extends AbstractMap<String, String> {

        @Override
        public String get(Object key) {
            return key instanceof String name && patterns.containsKey(name) ? Labels.this.get(name) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return patterns.containsKey(key);
        }

        @Override
        public int size() {
            return patterns.size();
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            Map<String, String> sorted = new TreeMap<>();
            for (String key : patterns.keySet()) {
                sorted.put(key, Labels.this.get(key));
            }
            return Collections.unmodifiableMap(sorted).entrySet();
        }
    }
}
