package io.touchmap.diagnostic;

import io.touchmap.internal.text.Printable;
import io.touchmap.model.Location;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem found in a map: what, where, and how to fix it.
 *
 * @param hint how to fix it, such as {@code did you mean 'shop'?}, or {@code null}
 * @param places the other places the message names, such as the first of two repeated keys; the message holds a mark
 *     for each, replaced by the place written relative to the directory the diagnostic is printed against
 */
public record Diagnostic(Severity severity, DiagnosticCode code, Location location, String message, String hint,
        List<Place> places) implements Comparable<Diagnostic> {

    /** Marks where a place goes in a message: characters of Unicode's private use area, which no label contains. */
    private static final Pattern PLACE_MARK = Pattern.compile("\uE000(\\d+)\uE001");

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::code)
            .thenComparing(d -> d.message());

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        places = List.copyOf(places);
    }

    /** A problem whose message names no other place. */
    public Diagnostic(Severity severity, DiagnosticCode code, Location location, String message, String hint) {
        this(severity, code, location, message, hint, List.of());
    }

    /** The mark of the place {@code index} in a message. */
    static String placeMark(int index) {
        return "\uE000" + index + "\uE001";
    }

    /** A diagnostic with the code's default severity. */
    public static Diagnostic of(DiagnosticCode code, Location location, String message, String hint) {
        return new Diagnostic(code.defaultSeverity(), code, location, message, hint);
    }

    /** The same problem with another hint, for a case whose hint depends on more than its message's values. */
    public Diagnostic withHint(String other) {
        return new Diagnostic(severity, code, location, message, other, places);
    }

    /** The same problem at another severity, as {@code map.rules} sets it. */
    public Diagnostic withSeverity(Severity other) {
        return new Diagnostic(other, code, location, message, hint, places);
    }

    /** The message, with the places it names relative to the map directory. */
    @Override
    public String message() {
        return places.isEmpty() ? message : withPlaces(null);
    }

    /** The message, with the places it names relative to {@code base}, as {@link #format(Path)} writes the location. */
    public String message(Path base) {
        return places.isEmpty() ? message : withPlaces(base);
    }

    private String withPlaces(Path base) {
        Matcher mark = PLACE_MARK.matcher(message);
        StringBuilder text = new StringBuilder();
        while (mark.find()) {
            int index = Integer.parseInt(mark.group(1));
            String place = index < places.size()
                    ? (base == null ? places.get(index).toString() : places.get(index).format(base))
                    : "";
            mark.appendReplacement(text, Matcher.quoteReplacement(place));
        }
        mark.appendTail(text);
        return text.toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message and, after a semicolon, the hint. */
    public String text() {
        return hint == null ? message() : message() + "; " + hint;
    }

    /** The message and, after a semicolon, the hint, with the places the message names relative to {@code base}. */
    public String text(Path base) {
        return hint == null ? message(base) : message(base) + "; " + hint;
    }

    /**
     * The diagnostic as one line, {@code path:line:col: severity CODE message; hint}, with the path relative to
     * {@code base} and control characters of the map's values made visible, so a line never drives a terminal.
     */
    public String format(Path base) {
        return location.format(base) + ": " + severity.label() + " " + code.code() + " " + Printable.of(text(base));
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
