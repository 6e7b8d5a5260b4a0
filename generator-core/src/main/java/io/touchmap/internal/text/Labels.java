package io.touchmap.internal.text;

import io.touchmap.model.Keyword;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a report in one language (English or French), read from the {@code labels} resource bundles, with
 * the number format of that language.
 *
 * <p>The bundle is chosen without falling back to the JVM's default locale, so a report reads the same on any
 * machine.
 */
public final class Labels {

    /** The languages reports can be written in. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr");

    private static final String BUNDLE = "io.touchmap.internal.text.labels";

    private final Locale locale;
    private final ResourceBundle bundle;
    /**
     * One number format per thread: a report prints tens of thousands of numbers, building a format costs more than
     * using it, and a format is not safe to share between the threads that render pages in parallel.
     */
    private final ThreadLocal<NumberFormat> numbers;

    private Labels(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
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
        Locale locale = Locale.forLanguageTag(chosen);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Labels(locale, bundle);
    }

    /** The language of these labels. */
    public Locale locale() {
        return locale;
    }

    /** The language tag, such as {@code fr}, for the {@code lang} attribute of a page. */
    public String language() {
        return locale.toLanguageTag();
    }

    /** Every label by key, for templates. */
    public java.util.Map<String, String> all() {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            all.put(key, bundle.getString(key));
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** The label under {@code key}; a missing key is a defect of the bundles, so it throws. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no label '" + key + "' for language " + language(), e);
        }
    }

    /** True when there is a label under {@code key}, such as one for a keyword a map may misspell. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The label under {@code key} with its {@code {0}}, {@code {1}}… filled with {@code arguments}. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** The label of a keyword such as a KPI status, under {@code <type>.<keyword>}, e.g. {@code KpiStatus.warning}. */
    public String of(Keyword keyword) {
        return get(keyword.getClass().getSimpleName() + "." + keyword.keyword());
    }

    /** {@code value} written for a reader of this language: grouped thousands, at most two decimals. */
    public String number(double value) {
        return numbers.get().format(value);
    }

    /** {@code value} followed by {@code unit} when there is one, such as {@code 5.4 min} or {@code 72 %}. */
    public String quantity(double value, String unit) {
        return unit == null || unit.isBlank() ? number(value) : number(value) + "\u00a0" + unit;
    }
}
