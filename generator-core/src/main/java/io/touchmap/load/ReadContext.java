package io.touchmap.load;

import io.touchmap.diagnostic.Suggestions;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.model.Keyword;
import io.touchmap.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** What reading one file needs at hand: the file, the map's source, the limits, where problems go and what was read. */
final class ReadContext {

    /** Thrown to stop reading a file that expands beyond the limits; turned into one diagnostic. */
    static final class LimitReached extends RuntimeException {
        private final String hint;

        LimitReached(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        /** How to bring the file back within the limit. */
        String hint() {
            return hint;
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

    Limits limits() {
        return limits;
    }

    Reporter reporter() {
        return out;
    }

    /** Counts one more value read; aliases can make a small file expand enormously, so the count is bounded. */
    void visit() {
        if (++visited > limits.maxNodes()) {
            throw new LimitReached("the file expands to more than " + limits.maxNodes() + " values once its aliases are followed",
                    "write the values out instead of repeating them with aliases, or split the file");
        }
    }

    Location location(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? new Location(file, 1, 1) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A location as shown inside a message: relative to the map directory. */
    String shortLocation(Location location) {
        return out.where(location);
    }

    void report(DiagnosticCode code, Node node, String message, String hint) {
        report(code, location(node), message, hint);
    }

    void report(DiagnosticCode code, Location at, String message, String hint) {
        if (out.diagnostics().size() >= MAX_PROBLEMS_PER_FILE) {
            throw new LimitReached("the file has more than " + MAX_PROBLEMS_PER_FILE + " problems",
                    "fix the problems reported for this file first, or split the file");
        }
        out.report(code, at, message, hint);
    }

    /** The text of a scalar, or null after reporting when it is a list, a mapping or too long. */
    String text(Node node, String label) {
        if (!(node instanceof ScalarNode scalar)) {
            report(DiagnosticCode.WRONG_TYPE, node, label + " must be text, not " + YamlObject.describe(node),
                    node instanceof org.yaml.snakeyaml.nodes.SequenceNode
                            ? "write the text on one line, or use '|' for several lines"
                            : "write plain text, without nested keys");
            return null;
        }
        String value = scalar.getValue();
        if (value.length() > limits.maxStringLength()) {
            report(DiagnosticCode.LIMIT_EXCEEDED, node, label + " is " + value.length() + " characters long, over the limit of "
                    + limits.maxStringLength(), "shorten it");
            return null;
        }
        return value;
    }

    Integer integer(Node node, int min, int max, String label) {
        String text = text(node, label);
        if (text == null) {
            return null;
        }
        if (!YamlObject.isInteger(text)) {
            report(DiagnosticCode.WRONG_TYPE, node, label + " must be a whole number, not '" + text + "'",
                    "write a number from " + min + " to " + max);
            return null;
        }
        java.math.BigDecimal value = YamlObject.decimal(text);
        if (value.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || value.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            report(DiagnosticCode.OUT_OF_RANGE, node, label + " is " + text + ", outside " + min + " to " + max,
                    "use a whole number from " + min + " to " + max);
            return null;
        }
        return value.intValueExact();
    }

    Double number(Node node, String label) {
        String text = text(node, label);
        if (text == null) {
            return null;
        }
        if (!YamlObject.isNumber(text)) {
            report(DiagnosticCode.WRONG_TYPE, node, label + " must be a number, not '" + text + "'",
                    "write digits with a '.' for decimals, such as 4.5");
            return null;
        }
        double value = YamlObject.decimal(text).doubleValue();
        if (Double.isInfinite(value)) {
            report(DiagnosticCode.OUT_OF_RANGE, node, label + " is '" + text + "', too large to be a number",
                    "use a number with fewer digits");
            return null;
        }
        return value;
    }

    /**
     * The keyword written at {@code node}, or null after reporting; {@code field} names the value in messages (such
     * as {@code 'phase' of stage 'purchase'}) and {@code noun} says what it should be (such as {@code phase}).
     */
    <E extends Enum<E> & Keyword> E keyword(Node node, Class<E> type, String field, String noun) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        return Keyword.parse(type, text).orElseGet(() -> {
            List<String> allowed = Keyword.keywords(type);
            String guess = Suggestions.didYouMean(text, allowed);
            report(DiagnosticCode.BAD_ENUM, node, field + " is '" + text + "', not a valid " + noun,
                    (guess == null ? "" : guess + " ") + "allowed: " + String.join(", ", allowed));
            return null;
        });
    }
}
