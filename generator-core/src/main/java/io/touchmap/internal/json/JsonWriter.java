package io.touchmap.internal.json;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON text, indented by two spaces, in the order of the calls, so the same calls always give the same bytes.
 *
 * <p>Touchmap only writes JSON (the diff's change set, SARIF), never reads it, and needs nothing but correct
 * escaping and stable layout; this small writer spares the core a JSON library at run time. Tests read its output
 * with a full JSON parser and check it against JSON Schemas.
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("version").value(1).endObject().toString();
 * }</pre>
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** The number of entries written in each open object or array, innermost first. */
    private final Deque<int[]> open = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        open.push(new int[1]);
        return this;
    }

    public JsonWriter endObject() {
        return end('}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        open.push(new int[1]);
        return this;
    }

    public JsonWriter endArray() {
        return end(']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        newEntry();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    /** A string, or {@code null}. */
    public JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** A number, or {@code null} for {@code null}, NaN and the infinities, which JSON cannot write. */
    public JsonWriter value(Double value) {
        beforeValue();
        if (value == null || value.isNaN() || value.isInfinite()) {
            out.append("null");
        } else {
            double d = value;
            double magnitude = Math.abs(d);
            if (d == 0 || (magnitude >= 1e-6 && magnitude < 1e15)) {
                out.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
            } else {
                out.append(Double.toString(d));
            }
        }
        return this;
    }

    /** A member holding a string, left out when the value is {@code null}. */
    public JsonWriter optional(String name, String value) {
        return value == null ? this : name(name).value(value);
    }

    /** The JSON written, ending with a line break once the outermost value is closed. */
    @Override
    public String toString() {
        return open.isEmpty() && !out.isEmpty() ? out + "\n" : out.toString();
    }

    private JsonWriter end(char bracket) {
        int[] count = open.pop();
        if (count[0] > 0) {
            out.append('\n');
            indent();
        }
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!open.isEmpty()) {
            newEntry();
        }
    }

    private void newEntry() {
        int[] count = open.peek();
        if (count == null) {
            throw new IllegalStateException("a name or a second value outside any object or array");
        }
        if (count[0] > 0) {
            out.append(',');
        }
        count[0]++;
        out.append('\n');
        indent();
    }

    private void indent() {
        out.append("  ".repeat(open.size()));
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)));
                    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                        lone = false;
                    }
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || lone) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
