package io.touchmap.diagnostic;

import io.touchmap.internal.text.Labels;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words of a diagnostic in no language yet: a {@code diag.*} label and the values that fill it, written in English or
 * French only when printed, so one diagnostic reads in the language of each report that shows it. A value that is
 * itself {@code Words}, such as the element a message is about, is written in the same language; a {@link Place},
 * another place the message names, is written relative to the directory the message is printed against.
 *
 * <p>{@link #toString()} is the English text, which the build log, {@code diff.json} and the tests read unless a
 * language is asked for.
 */
public final class Words {

    /** Every pattern read so far, by language and key: a bundle pattern is parsed once per JVM. */
    private static final Map<String, MessageFormat> PATTERNS = new ConcurrentHashMap<>();

    private static final Labels ENGLISH = Labels.forLanguage("en");

    private final String key;
    private final Object[] arguments;
    /** The English text, written on first use: diagnostics are sorted and compared by it. */
    private volatile String english;

    /**
     * The label {@code key} filled with {@code arguments}.
     *
     * @throws IllegalStateException when the English bundle has no such label, a defect of the bundles
     */
    Words(String key, Object... arguments) {
        if (!ENGLISH.has(key)) {
            throw new IllegalStateException("no label " + key);
        }
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The key of the label, such as {@code diag.TM101.unknownKey.message}. */
    public String key() {
        return key;
    }

    /**
     * The text in the language of {@code labels}, English where that language has no such label, with the places it
     * names relative to the map directory.
     */
    public String in(Labels labels) {
        return in(labels, null);
    }

    /**
     * The text in the language of {@code labels}, with the places it names relative to {@code base} (the map
     * directory when null), as the line that prints it writes its own path.
     */
    public String in(Labels labels, Path base) {
        Labels language = labels.has(key) ? labels : ENGLISH;
        Object[] filled = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            filled[i] = argument instanceof Words words ? words.in(language, base)
                    : argument instanceof Place place ? (base == null ? place.toString() : place.format(base))
                    : argument;
        }
        MessageFormat pattern = PATTERNS.computeIfAbsent(language.language() + ' ' + key,
                k -> plain(new MessageFormat(language.pattern(key), language.locale())));
        // a MessageFormat is not safe to share between the threads that read files in parallel
        return ((MessageFormat) pattern.clone()).format(filled);
    }

    /** The English text. */
    @Override
    public String toString() {
        String text = english;
        if (text == null) {
            text = in(ENGLISH);
            english = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Words words && key.equals(words.key) && Arrays.equals(arguments, words.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(arguments));
    }

    /** Prints a value as {@link String#valueOf} does. */
    private static final Format AS_WRITTEN = new Format() {
        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            return to.append(value);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("diagnostic texts are only written");
        }
    };

    /**
     * The pattern with every argument written without a format ({@code {0}}) printed as {@link String#valueOf}
     * prints it: numbers, sizes and line numbers read as they are, with no separator between thousands.
     */
    private static MessageFormat plain(MessageFormat pattern) {
        Format[] formats = pattern.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == null) {
                formats[i] = AS_WRITTEN;
            }
        }
        pattern.setFormats(formats);
        return pattern;
    }
}
