package io.touchmap.load;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.model.Location;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A syntax error of SnakeYAML told as what to do about it. The parser's own words ("expected &lt;block end&gt;, but
 * found '?'") describe its state, not the mistake, and its mark is often the line after the mistake; so the lines
 * around the mark are read to find the likely mistake (a key or a list item out of line with its neighbours, text after
 * a closing quote, ': ' in unquoted text), and it is reported on the line where it was made.
 */
final class YamlSyntax {

    /** A key at the start of a line's content, such as {@code name} in {@code   - name: Shop}. */
    private static final Pattern KEY = Pattern.compile("([A-Za-z0-9_][^\\s:#]*)[ \\t]*:(?:[ \\t]|$)");
    private static final Pattern RESERVED_START = Pattern.compile("found character '([%@`])' that cannot start any token");
    private static final Pattern UNDEFINED_ALIAS = Pattern.compile("found undefined alias (\\S+)");
    private static final int MAX_QUOTED = 60;

    private final Path file;
    private final String[] lines;

    private YamlSyntax(Path file, String text) {
        this.file = file;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** The diagnostic of {@code e}, raised while reading {@code text} of {@code file}. */
    static Diagnostic explain(Path file, String text, MarkedYAMLException e) {
        return new YamlSyntax(file, text).explain(e);
    }

    private Diagnostic explain(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Location at = YamlSource.location(file, mark);
        Mark opened = e.getContextMark();
        if (problem.contains("'\\t(TAB)'") || problem.contains("'\\t'")) {
            return DiagnosticText.TAB_INDENTATION.at(at);
        }
        Matcher reserved = RESERVED_START.matcher(problem);
        if (reserved.find()) {
            return DiagnosticText.RESERVED_START.at(at, reserved.group(1));
        }
        if (opened != null && (context.contains("flow mapping") || context.contains("flow sequence"))) {
            boolean mapping = context.contains("flow mapping");
            return DiagnosticText.UNCLOSED_FLOW.at(at, mapping ? "'{'" : "'['", opened.getLine() + 1, opened.getColumn() + 1,
                    mapping ? "'}'" : "']'");
        }
        if (opened != null && context.contains("quoted scalar") && problem.contains("end of stream")) {
            Location start = at(opened.getLine() + 1, opened.getColumn() + 1);
            return DiagnosticText.QUOTE_NOT_CLOSED.at(start, String.valueOf(charAt(start)));
        }
        Matcher alias = UNDEFINED_ALIAS.matcher(problem);
        if (alias.find()) {
            return DiagnosticText.UNDEFINED_ALIAS.at(at, alias.group(1));
        }
        Diagnostic explained = null;
        if (problem.startsWith("mapping values are not allowed")) {
            explained = colonInValue(at);
        } else if (problem.startsWith("sequence entries are not allowed")) {
            explained = keyBefore(at).map(key -> DiagnosticText.ITEM_ON_KEY_LINE.at(at, key)).orElse(null);
        } else if (problem.contains("could not find expected ':'") && opened != null) {
            Location start = at(opened.getLine() + 1, opened.getColumn() + 1);
            explained = DiagnosticText.MISSING_COLON.at(start, shortened(line(start.line()).strip()));
        } else if (problem.startsWith("expected <block end>, but found")) {
            explained = outOfLine(at, problem.substring(problem.indexOf('\'')));
        }
        return explained != null ? explained : DiagnosticText.PARSER.at(at).withHint(DiagnosticText.CHECK_NEAR.hint(at.line()));
    }

    /** ': ' where a value was expected to end: a key indented further than its neighbours, or text that needs quotes. */
    private Diagnostic colonInValue(Location colon) {
        String line = line(colon.line());
        int content = contentStart(line);
        Matcher key = KEY.matcher(line).region(content, line.length());
        if (key.lookingAt() && line.indexOf(':', content) == colon.column() - 1) {
            Diagnostic misplaced = keyOutOfLine(colon.line(), content + 1, key.group(1));
            if (misplaced != null) {
                return misplaced;
            }
        }
        String value = valueOf(line, content);
        return value.isEmpty() ? null : DiagnosticText.COLON_IN_TEXT.at(colon, doubleQuoted(value));
    }

    /** The parser wanted its block to end and found a key, a list item or text instead. */
    private Diagnostic outOfLine(Location at, String found) {
        String line = line(at.line());
        int column = at.column() - 1;
        switch (found) {
            case "'?'", "'<block mapping start>'" -> {
                Matcher key = KEY.matcher(line).region(Math.min(column, line.length()), line.length());
                return key.lookingAt() ? keyOutOfLine(at.line(), column + 1, key.group(1)) : null;
            }
            case "'-'", "'<block sequence start>'" -> {
                return line.startsWith("-", column) ? itemOutOfLine(at, column + 1) : null;
            }
            case "'<scalar>'" -> {
                return textAfterQuote(at);
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code key} at {@code column} of line {@code number}, told against the nearest key above it in another column. */
    private Diagnostic keyOutOfLine(int number, int column, String key) {
        for (int above = number - 1; above >= 1; above--) {
            String line = line(above);
            if (isBlankOrComment(line)) {
                continue;
            }
            int content = contentStart(line);
            Matcher sibling = KEY.matcher(line).region(content, line.length());
            if (sibling.lookingAt() && content + 1 != column) {
                return DiagnosticText.KEY_NOT_ALIGNED.at(at(number, column), key, column, sibling.group(1), above, content + 1);
            }
            if (sibling.lookingAt() || line.length() - line.stripLeading().length() < column - 1) {
                return null;
            }
        }
        return null;
    }

    /** A list item at {@code column}: out of line with the item above it, or after a key that already has a value. */
    private Diagnostic itemOutOfLine(Location at, int column) {
        for (int above = at.line() - 1; above >= 1; above--) {
            String line = line(above);
            if (isBlankOrComment(line)) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (line.startsWith("-", indent) && indent + 1 != column) {
                return DiagnosticText.ITEM_NOT_ALIGNED.at(at, column, above, indent + 1);
            }
            if (indent < column - 1) {
                return null;
            }
            Matcher key = KEY.matcher(line).region(indent, line.length());
            if (indent + 1 == column && key.lookingAt() && !valueOf(line, indent).isEmpty()) {
                return DiagnosticText.ITEM_AFTER_VALUE.at(at, key.group(1), above);
            }
        }
        return null;
    }

    /** Text after a quoted value, such as {@code "Shop" map} or {@code 'L'attente'}. */
    private Diagnostic textAfterQuote(Location at) {
        String line = line(at.line());
        int before = Math.min(at.column() - 1, line.length()) - 1;
        while (before >= 0 && line.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || (line.charAt(before) != '"' && line.charAt(before) != '\'')) {
            return null;
        }
        String value = valueOf(line, contentStart(line));
        if (value.isEmpty()) {
            return null;
        }
        String meant;
        if (value.startsWith("'")) {
            String inner = value.length() > 1 && value.endsWith("'") ? value.substring(1, value.length() - 1) : value.substring(1);
            meant = inner.contains("\"") ? "'" + inner.replace("'", "''") + "'" : doubleQuoted(inner);
        } else {
            meant = "'" + value.replace("'", "''") + "'";
        }
        return DiagnosticText.TEXT_AFTER_CLOSING_QUOTE.at(at, meant);
    }

    /** The key of the line of {@code at} when it is written before {@code at}, such as {@code owners} in {@code owners: - a}. */
    private java.util.Optional<String> keyBefore(Location at) {
        String line = line(at.line());
        Matcher key = KEY.matcher(line).region(contentStart(line), line.length());
        return key.lookingAt() && key.end() <= at.column() - 1 ? java.util.Optional.of(key.group(1)) : java.util.Optional.empty();
    }

    /** Where the line's content starts: after its indentation and any {@code - } of list items. */
    private static int contentStart(String line) {
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (line.startsWith("- ", i)) {
                i += 2;
            } else {
                return i;
            }
        }
    }

    /** The value written on the line after its key (or the whole content when it has none), without a trailing comment. */
    private static String valueOf(String line, int content) {
        Matcher key = KEY.matcher(line).region(content, line.length());
        String value = key.lookingAt() ? line.substring(key.end()) : line.substring(content);
        int comment = value.startsWith("#") ? 0 : value.indexOf(" #");
        return (comment >= 0 ? value.substring(0, comment) : value).strip();
    }

    private static boolean isBlankOrComment(String line) {
        String content = line.strip();
        return content.isEmpty() || content.startsWith("#");
    }

    private static String doubleQuoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String shortened(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }

    private String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    private char charAt(Location at) {
        String line = line(at.line());
        return at.column() >= 1 && at.column() <= line.length() ? line.charAt(at.column() - 1) : '"';
    }

    private Location at(int line, int column) {
        return new Location(file, line, column);
    }
}
