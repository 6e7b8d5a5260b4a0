package io.touchmap.diagnostic;

import io.touchmap.internal.text.Printable;
import io.touchmap.model.Location;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a map: what, where, and how to fix it.
 *
 * @param hint how to fix it, such as {@code did you mean 'shop'?}, or {@code null}
 */
public record Diagnostic(Severity severity, DiagnosticCode code, Location location, String message, String hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** A diagnostic with the code's default severity. */
    public static Diagnostic of(DiagnosticCode code, Location location, String message, String hint) {
        return new Diagnostic(code.defaultSeverity(), code, location, message, hint);
    }

    /** The same problem with another hint, for a case whose hint depends on more than its message's values. */
    public Diagnostic withHint(String other) {
        return new Diagnostic(severity, code, location, message, other);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message and, after a semicolon, the hint. */
    public String text() {
        return hint == null ? message : message + "; " + hint;
    }

    /**
     * The diagnostic as one line, {@code path:line:col: severity CODE message; hint}, with the path relative to
     * {@code base} and control characters of the map's values made visible, so a line never drives a terminal.
     */
    public String format(Path base) {
        return location.format(base) + ": " + severity.label() + " " + code.code() + " " + Printable.of(text());
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
