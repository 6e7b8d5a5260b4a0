package io.touchmap.diagnostic;

import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.Printable;
import io.touchmap.model.Location;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a map: what, where, and how to fix it, in words written in the language of the report that
 * shows it ({@link #text(Labels)}), English by default.
 *
 * @param hint how to fix it, such as {@code did you mean 'shop'?}, or {@code null}
 */
public record Diagnostic(Severity severity, DiagnosticCode code, Location location, Words message, Words hint)
        implements Comparable<Diagnostic> {

    private static final Labels ENGLISH = Labels.forLanguage("en");

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::code)
            .thenComparing(d -> d.message().toString());

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** A diagnostic with the code's default severity. */
    public static Diagnostic of(DiagnosticCode code, Location location, Words message, Words hint) {
        return new Diagnostic(code.defaultSeverity(), code, location, message, hint);
    }

    /** The same problem with another hint, for a case whose hint depends on more than its message's values. */
    public Diagnostic withHint(Words other) {
        return new Diagnostic(severity, code, location, message, other);
    }

    /** The same problem at another severity, as {@code map.rules} sets it. */
    public Diagnostic withSeverity(Severity other) {
        return new Diagnostic(other, code, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message and, after a semicolon, the hint, in English. */
    public String text() {
        return hint == null ? message.toString() : message + "; " + hint;
    }

    /** The message and, after a semicolon, the hint, in the language of {@code labels}. */
    public String text(Labels labels) {
        return text(null, labels);
    }

    /**
     * The message and, after a semicolon, the hint, in the language of {@code labels}, with the other places the
     * message names relative to {@code base} (the map directory when null), as the diagnostic's own path is written.
     */
    public String text(Path base, Labels labels) {
        String message = this.message.in(labels, base);
        return hint == null ? message : labels.format("common.messageAndHint", message, hint.in(labels, base));
    }

    /**
     * The diagnostic as one line in English, {@code path:line:col: severity CODE message; hint}, with the path
     * relative to {@code base} and control characters of the map's values made visible, so a line never drives a
     * terminal.
     */
    public String format(Path base) {
        return format(base, ENGLISH);
    }

    /** The diagnostic as one line, as {@link #format(Path)} writes it, with its words in the language of {@code labels}. */
    public String format(Path base, Labels labels) {
        return location.format(base) + ": " + severity.label() + " " + code.code() + " " + Printable.of(text(base, labels));
    }

    // Written out, as a record would generate them: a record's own are linked through java.lang.invoke at their
    // first call, milliseconds each in the short JVM of a build.
    @Override
    public boolean equals(Object other) {
        return other instanceof Diagnostic diagnostic && severity == diagnostic.severity && code == diagnostic.code
                && location.equals(diagnostic.location) && message.equals(diagnostic.message) && Objects.equals(hint, diagnostic.hint);
    }

    @Override
    public int hashCode() {
        return (((31 * severity.hashCode() + code.hashCode()) * 31 + location.hashCode()) * 31 + message.hashCode()) * 31
                + Objects.hashCode(hint);
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
