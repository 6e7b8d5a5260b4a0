package io.touchmap.render.pdf;

import io.touchmap.model.Keyword;
import io.touchmap.internal.text.Labels;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the PDF in the map's language (English or French): the PDF's own labels from the
 * {@code io/touchmap/render/pdf/labels} bundle, and the report labels shared with the site (statuses, phases,
 * numbers) from {@link Labels}.
 */
final class PdfLabels {

    private static final String BUNDLE = "io.touchmap.render.pdf.labels";

    private final Labels shared;
    private final ResourceBundle bundle;

    private PdfLabels(Labels shared, ResourceBundle bundle) {
        this.shared = shared;
        this.bundle = bundle;
    }

    /** The labels for {@code language} ({@code en} or {@code fr}); any other language gets English. */
    static PdfLabels of(String language) {
        Labels shared = Labels.forLanguage(language);
        // No fallback to the JVM's default locale: the same map prints the same words on every machine.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, shared.locale(), PdfLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new PdfLabels(shared, bundle);
    }

    /** The labels shared with the site, which the charts take. */
    Labels shared() {
        return shared;
    }

    /** The language tag written in the document's metadata, such as {@code fr}. */
    String language() {
        return shared.language();
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no PDF label '" + key + "' for language " + language(), e);
        }
    }

    /** The label {@code key} with {@code {0}}, {@code {1}}… replaced by {@code arguments} (no quoting rules). */
    String get(String key, Object... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** The label of a keyword (a status, a phase, a component…), as the site prints it. */
    String of(Keyword keyword) {
        return shared.of(keyword);
    }

    String number(double value) {
        return shared.number(value);
    }

    String quantity(double value, String unit) {
        return shared.quantity(value, unit);
    }

    /** A date in the long form of the language, such as {@code 1 November 2026}. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(shared.locale()).format(date);
    }
}
