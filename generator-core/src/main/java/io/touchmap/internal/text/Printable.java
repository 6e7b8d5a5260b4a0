package io.touchmap.internal.text;

/** Makes text from a map safe to print on a terminal or in a log: control characters become visible escapes. */
public final class Printable {

    private Printable() {
    }

    /** {@code text} with every control or bidirectional-override character replaced by a {@code \\uXXXX} escape. */
    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isUnsafe(char c) {
        return Character.isISOControl(c)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F';
    }
}
