package io.touchmap.load;

import io.touchmap.diagnostic.Suggestions;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Words;
import io.touchmap.model.FrenchKeywords;
import io.touchmap.model.Keyword;
import io.touchmap.model.Location;
import io.touchmap.model.Period;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** What reading one file needs at hand: the file, the map's source, the limits, where problems go and what was read. */
final class ReadContext {

    /** Thrown to stop reading a file that expands beyond the limits; turned into one diagnostic. */
    static final class LimitReached extends RuntimeException {
        private final transient DiagnosticText text;
        private final transient Object[] arguments;

        LimitReached(DiagnosticText text, Object... arguments) {
            super(text.message(arguments).toString(), null, false, false);
            this.text = text;
            this.arguments = arguments;
        }

        /** The limit reached. */
        DiagnosticText text() {
            return text;
        }

        /** The values of the limit's words. */
        Object[] arguments() {
            return arguments;
        }
    }

    /** Problems beyond this many in one file are summed up, so a broken file cannot flood the output. */
    static final int MAX_PROBLEMS_PER_FILE = 1_000;

    private final Path file;
    private final MapSource source;
    private final Limits limits;
    private final Reporter out;
    private final List<InputFile> inputs;
    private long visited;
    /** The file's text, for what the parser leaves out of the nodes (comments); null until it is read. */
    private String fileText;
    /** Where each line of {@link #fileText} starts, counted as the parser counts lines; computed on first need. */
    private int[] lineStarts;
    /** Whether {@link #fileText} holds only characters of one char each; null until first needed. */
    private Boolean bmpOnly;
    /** The periods read in this file, by the text they were written as. */
    private final Map<String, Optional<Period>> periods = new HashMap<>();

    ReadContext(Path file, MapSource source, Limits limits, Reporter out, List<InputFile> inputs) {
        this.file = file;
        this.source = source;
        this.limits = limits;
        this.out = out;
        this.inputs = inputs;
    }

    Path file() {
        return file;
    }

    Path mapDirectory() {
        return source.root();
    }

    MapSource source() {
        return source;
    }

    /** The files read for this file so far (itself and its KPI data files), to which each file read is added. */
    List<InputFile> inputs() {
        return inputs;
    }

    /** Keeps the text of the file being read, so that the end of a value can be looked at as it was written. */
    void fileText(String text) {
        this.fileText = text;
        this.lineStarts = null;
        this.bmpOnly = null;
    }

    /** A comment that starts like a hashtag right after a plain value: where its {@code #} is, and the rest of its line. */
    record Hashtag(Location at, String rest) {
    }

    /**
     * The comment after the plain (unquoted) value {@code scalar}, when it starts with {@code #} followed by a
     * letter or digit ({@code #MaLemoine}): a hashtag the writer meant as text rather than a comment, which starts
     * with {@code # }. Null otherwise.
     */
    Hashtag hashtagAfter(ScalarNode scalar) {
        Mark end = scalar.getEndMark();
        if (fileText == null || end == null || scalar.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            return null;
        }
        int offset = offsetOf(end);
        if (offset < 0) {
            return null;
        }
        int hash = offset;
        while (hash < fileText.length() && (fileText.charAt(hash) == ' ' || fileText.charAt(hash) == '\t')) {
            hash++;
        }
        if (hash == offset || hash + 1 >= fileText.length() || fileText.charAt(hash) != '#'
                || !Character.isLetterOrDigit(fileText.codePointAt(hash + 1))) {
            return null;
        }
        int lineEnd = hash;
        while (lineEnd < fileText.length() && !isLineBreak(fileText.charAt(lineEnd))) {
            lineEnd++;
        }
        int column = end.getColumn() + 1 + (hash - offset);
        return new Hashtag(new Location(file, end.getLine() + 1, column), fileText.substring(offset, lineEnd).stripTrailing());
    }

    /**
     * The comment written on the line of {@code key} right after its colon, without its {@code #} sign's leading
     * spaces, such as {@code #0a559c} in {@code brand: #0a559c}, where YAML reads the colour as a comment and the key
     * as having no value. Null when there is no such comment.
     */
    String commentAfterKey(ScalarNode key) {
        Mark end = key.getEndMark();
        if (fileText == null || end == null) {
            return null;
        }
        int at = offsetOf(end);
        if (at < 0) {
            return null;
        }
        if (at >= fileText.length() || fileText.charAt(at) != ':') {
            return null;
        }
        at++;
        while (at < fileText.length() && (fileText.charAt(at) == ' ' || fileText.charAt(at) == '\t')) {
            at++;
        }
        if (at >= fileText.length() || fileText.charAt(at) != '#') {
            return null;
        }
        int lineEnd = at;
        while (lineEnd < fileText.length() && !isLineBreak(fileText.charAt(lineEnd)) && fileText.charAt(lineEnd) != ' '
                && fileText.charAt(lineEnd) != ',' && fileText.charAt(lineEnd) != '}') {
            lineEnd++;
        }
        return fileText.substring(at, lineEnd);
    }

    /**
     * Where {@code mark} is in {@link #fileText}, as an index of its chars; -1 when it is past the text. The parser
     * counts code points: in a text without characters beyond the Basic Multilingual Plane (almost every map, whose
     * emoji are the exception) that is the mark's own index, else the mark's column counted from its line's start.
     */
    private int offsetOf(Mark mark) {
        if (bmpOnly == null) {
            bmpOnly = fileText.codePointCount(0, fileText.length()) == fileText.length();
        }
        if (bmpOnly) {
            return mark.getIndex() <= fileText.length() ? mark.getIndex() : -1;
        }
        int[] starts = lineStarts();
        if (mark.getLine() >= starts.length) {
            return -1;
        }
        try {
            return fileText.offsetByCodePoints(starts[mark.getLine()], mark.getColumn());
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** Line starts as SnakeYAML counts lines: after a line feed, a carriage return alone, NEL, LS or PS. */
    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int count = 1;
            for (int i = 0; i < fileText.length(); i++) {
                char c = fileText.charAt(i);
                if (isLineBreak(c) && !(c == '\r' && i + 1 < fileText.length() && fileText.charAt(i + 1) == '\n')) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            lineStarts = java.util.Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    Limits limits() {
        return limits;
    }

    Reporter reporter() {
        return out;
    }

    /** Counts one more value read; aliases can make a small file expand enormously, so the count is bounded. */
    void visit() {
        if (++visited > limits.maxNodes()) {
            throw new LimitReached(DiagnosticText.TOO_MANY_VALUES, limits.maxNodes());
        }
    }

    /**
     * The period written as {@code text} ({@link Period#parse}), one instance for each text in a file: a large map's
     * series repeat a few dozen periods hundreds of thousands of times, and the map keeps every value it reads.
     */
    Optional<Period> period(String text) {
        return periods.computeIfAbsent(text, Period::parse);
    }

    Location location(Node node) {
        return YamlSource.location(file, node.getStartMark());
    }

    /** A location as shown inside a message: relative to the map directory. */
    io.touchmap.diagnostic.Place shortLocation(Location location) {
        return out.where(location);
    }

    /** Reports a problem of the case {@code text} at the value {@code node}, its words filled with {@code arguments}. */
    void report(DiagnosticText text, Node node, Object... arguments) {
        report(text.at(location(node), arguments));
    }

    void report(Diagnostic diagnostic) {
        if (out.diagnostics().size() >= MAX_PROBLEMS_PER_FILE) {
            throw new LimitReached(DiagnosticText.TOO_MANY_PROBLEMS, MAX_PROBLEMS_PER_FILE);
        }
        out.report(diagnostic);
    }

    /** The text of a scalar, or null after reporting when it is a list, a mapping or too long. */
    String text(Node node, Words label) {
        if (!(node instanceof ScalarNode scalar)) {
            Diagnostic notText = DiagnosticText.NOT_TEXT.at(location(node), label, YamlObject.describe(node));
            String colonText = textWithColon(node);
            if (colonText != null) {
                notText = notText.withHint(DiagnosticText.COLON_IN_ENTRY.hint(colonText));
            } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
                notText = notText.withHint(DiagnosticText.LIST_FOR_TEXT.hint());
            }
            report(notText);
            return null;
        }
        String value = scalar.getValue();
        if (value.length() > limits.maxStringLength()) {
            report(DiagnosticText.TEXT_TOO_LONG, node, label, value.length(), limits.maxStringLength());
            return null;
        }
        return value;
    }

    /**
     * The text a person meant by a one-line mapping of one plain key and value, such as {@code - Attente : trois
     * semaines}, written in double quotes with the colon as French typography spaces it; null for any other node.
     */
    private static String textWithColon(Node node) {
        if (!(node instanceof MappingNode mapping) || mapping.getFlowStyle() != DumperOptions.FlowStyle.BLOCK
                || mapping.getValue().size() != 1
                || !(mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key)
                || !(mapping.getValue().get(0).getValueNode() instanceof ScalarNode value)
                || key.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN || value.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
                || value.getValue().isEmpty() || key.getEndMark() == null || value.getStartMark() == null
                || key.getStartMark().getLine() != value.getStartMark().getLine()) {
            return null;
        }
        // the spaces around the colon are not kept: ' : ' when there was room for a space before it, else ': '
        boolean spaceBefore = value.getStartMark().getIndex() - key.getEndMark().getIndex() >= 3;
        String text = key.getValue() + (spaceBefore ? " : " : ": ") + value.getValue();
        return text.length() > 200 ? null : text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    Integer integer(Node node, int min, int max, Words label) {
        if (!(node instanceof ScalarNode)) {
            report(DiagnosticText.WHOLE_NUMBER_NOT_SCALAR, node, label, YamlObject.describe(node), min, max);
            return null;
        }
        String text = text(node, label);
        if (text == null) {
            return null;
        }
        if (!YamlObject.isInteger(text)) {
            report(DiagnosticText.NOT_WHOLE_NUMBER, node, label, text, min, max);
            return null;
        }
        java.math.BigDecimal value = YamlObject.decimal(text);
        if (value.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || value.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            report(DiagnosticText.OUT_OF_RANGE, node, label, text, min, max);
            return null;
        }
        return value.intValueExact();
    }

    Double number(Node node, Words label) {
        if (!(node instanceof ScalarNode)) {
            report(DiagnosticText.NUMBER_NOT_SCALAR, node, label, YamlObject.describe(node));
            return null;
        }
        String text = text(node, label);
        if (text == null) {
            return null;
        }
        if (!YamlObject.isNumber(text)) {
            Diagnostic notNumber = DiagnosticText.NOT_NUMBER.at(location(node), label, text);
            report(FrenchNumber.yamlHint(text).map(notNumber::withHint).orElse(notNumber));
            return null;
        }
        double value = YamlObject.decimal(text).doubleValue();
        if (Double.isInfinite(value)) {
            report(DiagnosticText.NUMBER_TOO_LARGE, node, label, text);
            return null;
        }
        return value;
    }

    /**
     * The keyword written at {@code node}, or null after reporting; {@code field} names the value in messages (such
     * as {@code 'phase' of stage 'purchase'}) and {@code noun} says what it should be (such as {@code phase}).
     */
    <E extends Enum<E> & Keyword> E keyword(Node node, Class<E> type, Words field, Words noun) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        return Keyword.parse(type, text).orElseGet(() -> {
            String allowed = String.join(", ", Keyword.keywords(type));
            Diagnostic bad = DiagnosticText.BAD_KEYWORD.at(location(node), field, text, noun, allowed);
            var french = FrenchKeywords.meaning(type, text);
            if (french.isPresent()) {
                report(bad.withHint(DiagnosticText.FRENCH_KEYWORD.hint(french.get().keyword(), allowed)));
                return null;
            }
            report(Suggestions.closest(text, Keyword.keywords(type))
                    .map(guess -> bad.withHint(DiagnosticText.KEYWORD_GUESS.hint(guess, allowed)))
                    .orElse(bad));
            return null;
        });
    }
}
