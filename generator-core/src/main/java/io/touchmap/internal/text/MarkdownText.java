package io.touchmap.internal.text;

/**
 * Makes text from a map safe inside GitHub-flavoured Markdown and inside the raw HTML of a {@code <summary>}: no
 * value can start a link, an image, emphasis, a table cell, math, an HTML tag, or mention a user or team.
 */
public final class MarkdownText {

    /** Longer values are cut, so that one value cannot fill a comment. */
    public static final int MAX_VALUE_LENGTH = 300;

    /** Between '@' and a name, so that GitHub does not notify the person or team the map names. */
    private static final char WORD_JOINER = '\u2060';

    private MarkdownText() {
    }

    /**
     * {@code text} for inline Markdown: the ASCII punctuation that Markdown or GitHub gives a meaning inside a line
     * is escaped. Values never start a line here, so the line-start markers ({@code - + # =}) stay readable.
     */
    public static String inline(String text) {
        String plain = plain(text);
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '<', '>', '!', '|', '~', '&', '$' -> out.append('\\').append(c);
                case '@' -> out.append('@').append(WORD_JOINER);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} as a code span, fenced by more backticks than it holds in a row, so nothing in it is Markdown. */
    public static String code(String text) {
        String plain = plain(text);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < plain.length(); i++) {
            run = plain.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = plain.startsWith("`") || plain.endsWith("`");
        return fence + (pad ? " " + plain + " " : plain) + fence;
    }

    /** {@code text} for raw HTML, such as a {@code <summary>}: the five HTML metacharacters become entities. */
    public static String html(String text) {
        String plain = plain(text);
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '@' -> out.append('@').append(WORD_JOINER);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One line of at most {@link #MAX_VALUE_LENGTH} code points: line breaks and tabs become spaces, other control
     * and direction-override characters are dropped, since they would break the Markdown's lines or reorder it.
     */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_VALUE_LENGTH + 1));
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' || c == '\t') {
                c = ' ';
            } else if (Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200E || c == 0x200F) {
                continue;
            }
            if (count == MAX_VALUE_LENGTH) {
                out.append('…');
                break;
            }
            out.appendCodePoint(c);
            count++;
        }
        return out.toString().strip();
    }
}
