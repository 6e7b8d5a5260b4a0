package io.touchmap.load;

import io.touchmap.diagnostic.Suggestions;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Subject;
import io.touchmap.diagnostic.Words;
import io.touchmap.model.Keyword;
import io.touchmap.model.Location;
import io.touchmap.model.Origin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping read as an element of the format: it checks the keys against the ones the element allows and
 * turns values into text, numbers, keywords and lists, reporting every problem at the value's own position.
 */
final class YamlObject {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    /**
     * A number as the reader accepts it, also written in quotes: the JSON Schema's pattern for numbers in quotes.
     * {@link #isNumber} reads the same grammar by hand.
     */
    static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    /**
     * The keys whose value is text written for people to read (names, descriptions, statements), where a hashtag
     * read as a comment would silently lose words; ids, keywords, dates and paths are not prose.
     */
    private static final java.util.Set<String> PROSE = java.util.Set.of("name", "title", "organisation", "description",
            "owner", "group", "unit", "statement", "note", "price", "service", "personalization", "proximity");
    /** The part before a decimal comma, thousands separated by spaces or not. */
    private static final Pattern WHOLE_PART = Pattern.compile("[-+]?[0-9][0-9 \u00A0\u202F]*");
    private static final Pattern DECIMALS = Pattern.compile("[0-9]+");

    private final ReadContext context;
    private final MappingNode node;
    private final Words what;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Location> positions = new LinkedHashMap<>();
    /** Keys written with no value ({@code name:}), so a missing value is reported on its own line. */
    private final Map<String, Node> empty = new LinkedHashMap<>();
    /** The keys written but refused, with the text written; shared with the renamed copies of the element. */
    private final Map<String, String> refused;

    private YamlObject(ReadContext context, MappingNode node, Words what, Map<String, String> refused) {
        this.context = context;
        this.node = node;
        this.what = what;
        this.refused = refused;
    }

    /** The same element under another name in messages, such as {@code touchpoint 'store-checkout'} once its id is known. */
    YamlObject as(Words name) {
        YamlObject renamed = new YamlObject(context, node, name, refused);
        renamed.values.putAll(values);
        renamed.positions.putAll(positions);
        renamed.empty.putAll(empty);
        return renamed;
    }

    /** Remembers where a nested value was first written, such as {@code rules.TM201}, for later messages. */
    void position(String field, Location location) {
        positions.putIfAbsent(field, location);
    }

    /**
     * The mapping {@code node} read as {@code what} (such as "touchpoint"), with its keys checked against
     * {@code allowed}; empty after reporting when the node is not a mapping.
     */
    static Optional<YamlObject> of(ReadContext context, Node node, String kind, List<String> allowed) {
        context.visit();
        if (!(node instanceof MappingNode mapping)) {
            context.report(DiagnosticText.NOT_MAPPING, node, unnamed(kind), describe(node));
            return Optional.empty();
        }
        return Optional.of(read(context, mapping, named(mapping, kind, allowed), allowed));
    }

    /**
     * The mapping {@code node} read as the part {@code what} of another element (such as "elements of touchpoint
     * 'x'"), with its keys checked against {@code allowed}; empty after reporting when the node is not a mapping.
     */
    static Optional<YamlObject> of(ReadContext context, Node node, Words what, List<String> allowed) {
        context.visit();
        if (!(node instanceof MappingNode mapping)) {
            context.report(DiagnosticText.NOT_MAPPING, node, what, describe(node));
            return Optional.empty();
        }
        return Optional.of(read(context, mapping, what, allowed));
    }

    private static YamlObject read(ReadContext context, MappingNode mapping, Words what, List<String> allowed) {
        YamlObject object = new YamlObject(context, mapping, what, new LinkedHashMap<>());
        object.readKeys(allowed);
        return object;
    }

    /**
     * {@code kind 'id'} when the element has a valid id, so every message names the element it is about; otherwise
     * {@code a kind}, since an invalid id is reported on its own and would only confuse the other messages.
     */
    private static Words named(MappingNode mapping, String kind, List<String> allowed) {
        if (!allowed.contains("id")) {
            return unnamed(kind);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                    && tuple.getValueNode() instanceof ScalarNode id && ID.matcher(id.getValue()).matches()) {
                return kind.equals("map") ? Subject.of("map.named", id.getValue()) : Subject.named(kind, id.getValue());
            }
        }
        return unnamed(kind);
    }

    /** An element of {@code kind} without a valid id: {@code a stage}; the file, the map and the value proposition are one of a kind. */
    private static Words unnamed(String kind) {
        return switch (kind) {
            case "file", "map", "valueProposition" -> Subject.of(kind);
            default -> Subject.named(kind, null);
        };
    }

    private void readKeys(List<String> allowed) {
        Map<String, Location> firstSeen = new LinkedHashMap<>();
        Map<String, Node> misspelt = new LinkedHashMap<>();
        String previousKey = null;
        for (NodeTuple tuple : node.getValue()) {
            context.visit();
            Node keyNode = tuple.getKeyNode();
            Location at = context.location(keyNode);
            if (!(keyNode instanceof ScalarNode scalar)) {
                context.report(DiagnosticText.KEY_NOT_WORD, keyNode, what, describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            Node previous = previousKey == null ? null : values.get(previousKey);
            if (!allowed.contains(key) && isDecimalsOf(previous, tuple)) {
                // '{ target: 4,3 }' reads as the value 4 and the key 3: the value is taken whole, so its own message can say 'write 4.3'
                ScalarNode number = (ScalarNode) previous;
                values.put(previousKey, new ScalarNode(Tag.STR, number.getValue() + "," + key, number.getStartMark(),
                        scalar.getEndMark(), DumperOptions.ScalarStyle.PLAIN));
                continue;
            }
            previousKey = key;
            if (firstSeen.containsKey(key)) {
                context.report(DiagnosticText.DUPLICATE_KEY, keyNode, key, what, context.shortLocation(firstSeen.get(key)));
                continue;
            }
            firstSeen.put(key, at);
            if (key.equals("<<")) {
                context.report(DiagnosticText.MERGE_KEY, keyNode, what);
                continue;
            }
            if (!allowed.contains(key)) {
                Diagnostic unknown = DiagnosticText.UNKNOWN_KEY.at(at, key, what, String.join(", ", allowed));
                Optional<String> guess = Suggestions.closest(key, allowed);
                guess.ifPresent(known -> misspelt.putIfAbsent(known, tuple.getValueNode()));
                context.report(guess.map(known -> unknown.withHint(DiagnosticText.KEY_GUESS.hint(known))).orElse(unknown));
                continue;
            }
            Node value = tuple.getValueNode();
            if (!isNull(value)) {
                values.put(key, value);
                positions.put(key, context.location(value));
            } else {
                empty.put(key, keyNode);
            }
        }
        // a misspelt key is reported once: the key it resembles counts as written and refused, not as missing
        misspelt.forEach((key, value) -> {
            if (!firstSeen.containsKey(key)) {
                refuse(key, value instanceof ScalarNode scalar ? scalar.getValue() : "");
            }
        });
    }

    /**
     * Records that the value of {@code key}, written as {@code text}, was refused after being reported: the element's
     * origin tells later checks, which then stay silent about it.
     */
    void refuse(String key, String text) {
        refused.putIfAbsent(key, text);
    }

    /** {@code read}, and when it is null while {@code key} was written, the key recorded as refused. */
    private <T> T refusedIfNull(String key, T read) {
        if (read == null && values.containsKey(key)) {
            Node value = values.get(key);
            refuse(key, value instanceof ScalarNode scalar ? scalar.getValue() : "");
        }
        return read;
    }

    /**
     * True when {@code tuple} is the decimals of a number written with a decimal comma in a {@code { … }} mapping:
     * digits without a value, right after the comma that follows the whole part, the value {@code previous}.
     */
    private boolean isDecimalsOf(Node previous, NodeTuple tuple) {
        return node.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                && previous instanceof ScalarNode number
                && number.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && WHOLE_PART.matcher(number.getValue()).matches()
                && tuple.getKeyNode() instanceof ScalarNode decimals
                && decimals.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && DECIMALS.matcher(decimals.getValue()).matches()
                && isNull(tuple.getValueNode())
                && number.getEndMark() != null && decimals.getStartMark() != null
                && number.getEndMark().getIndex() + 1 == decimals.getStartMark().getIndex();
    }

    /** What the element is called in messages, such as {@code touchpoint 'store-checkout'}. */
    Words what() {
        return what;
    }

    /** Where the element and each of its written fields are. */
    Origin origin() {
        return new Origin(context.location(node), positions, refused);
    }

    Location at() {
        return context.location(node);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Node node(String key) {
        return values.get(key);
    }

    /** The key node of {@code key} when it was written with no value ({@code brand:}), else null. */
    Node emptyKey(String key) {
        return empty.get(key);
    }

    /** Text of {@code key}, or null when absent or not text. */
    String text(String key) {
        Node value = values.get(key);
        if (value == null) {
            return null;
        }
        Words label = Subject.field(key, what);
        String text = refusedIfNull(key, context.text(value, label));
        if (text != null && PROSE.contains(key)) {
            FreeText.checkHashtag(context, (ScalarNode) value, text, label);
        }
        return text;
    }

    /** Text of {@code key}, reported as missing when absent. */
    String requiredText(String key, String example) {
        if (!has(key)) {
            missing(key, example);
            return null;
        }
        return text(key);
    }

    /** An id of {@code key}, checked against the id pattern; null when absent or invalid. */
    String id(String key, boolean required) {
        // the example is worked out only when the id is missing: asking for it costs a normalisation and three regexes
        String value = required ? requiredText(key, has(key) ? null : exampleId()) : text(key);
        return value == null ? null : refusedIfNull(key, checkedId(context, values.get(key), value, Subject.field(key, what)));
    }

    /** The id the element's name suggests, so the hint for a missing id is ready to paste. */
    private String exampleId() {
        Node name = values.get("name");
        String suggested = name instanceof ScalarNode scalar && scalar.getValue().length() <= 200
                ? Suggestions.asId(scalar.getValue())
                : "";
        return suggested.isEmpty() ? "an-id" : suggested;
    }

    /** {@code value} if it is a valid id; otherwise null after reporting at {@code node}, named {@code label}. */
    static String checkedId(ReadContext context, Node node, String value, Words label) {
        if (ID.matcher(value).matches()) {
            return value;
        }
        context.report(badId(context, node, value, label));
        return null;
    }

    /** The problem of {@code value}, written at {@code node} and named {@code label}, that is not a valid id. */
    static Diagnostic badId(ReadContext context, Node node, String value, Words label) {
        String suggestion = Suggestions.asId(value);
        Diagnostic bad = DiagnosticText.BAD_ID.at(context.location(node), label, value);
        return suggestion.isEmpty() ? bad : bad.withHint(DiagnosticText.ID_GUESS.hint(suggestion));
    }

    /** A whole number of {@code key} within {@code min..max}, or null. */
    Integer integer(String key, int min, int max) {
        Node value = values.get(key);
        return value == null ? null : refusedIfNull(key, context.integer(value, min, max, Subject.field(key, what)));
    }

    /** A decimal number of {@code key}, or null. */
    Double number(String key) {
        Node value = values.get(key);
        return value == null ? null : refusedIfNull(key, context.number(value, Subject.field(key, what)));
    }

    /** The keyword of {@code key}, {@code fallback} when absent, null when invalid. */
    <E extends Enum<E> & Keyword> E keyword(String key, Class<E> type, E fallback, Words label) {
        Node value = values.get(key);
        if (value == null) {
            return fallback;
        }
        return refusedIfNull(key, context.keyword(value, type, Subject.field(key, what), label));
    }

    /** The keyword of {@code key}, reported as missing when absent. */
    <E extends Enum<E> & Keyword> E requiredKeyword(String key, Class<E> type, Words label) {
        if (!has(key)) {
            missing(key, String.join(" | ", Keyword.keywords(type)));
            return null;
        }
        return keyword(key, type, null, label);
    }

    /**
     * A list of free texts of {@code key}, such as pain points; empty when absent. Words that YAML silently cut off
     * or split (a hashtag read as a comment, a comma inside {@code [ … ]}) are warned about.
     */
    List<String> texts(String key) {
        Words label = Subject.entry(key, what);
        List<String> texts = list(key, item -> {
            String text = context.text(item, label);
            if (text != null) {
                FreeText.checkHashtag(context, (ScalarNode) item, text, label);
            }
            return text;
        });
        if (values.get(key) instanceof SequenceNode sequence) {
            FreeText.checkFlowList(context, sequence, Subject.field(key, what));
        }
        return texts;
    }

    /** A list of names of {@code key}, such as owners: short texts read as written; empty when absent. */
    List<String> names(String key) {
        return list(key, item -> context.text(item, Subject.entry(key, what)));
    }

    /** A list of {@code key} whose items are read by {@code reader}; items read as null are left out. */
    <T> List<T> list(String key, Function<Node, T> reader) {
        Node value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            context.report(DiagnosticText.NOT_LIST, value, key, what, describe(value));
            refuse(key, "");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            context.visit();
            T read = reader.apply(item);
            if (read != null) {
                items.add(read);
            }
        }
        return items;
    }

    /** Reports that {@code key} is required and absent, unless a misspelling of it was reported already. */
    void missing(String key, String example) {
        if (refused.containsKey(key)) {
            return;
        }
        Node written = empty.get(key);
        context.report(written != null ? DiagnosticText.EMPTY_FIELD : DiagnosticText.MISSING_FIELD, written != null ? written : node,
                what, key, example);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar
                && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && switch (scalar.getValue()) {
                    case "", "~", "null", "Null", "NULL" -> true;
                    default -> false;
                };
    }

    static Object describe(Node node) {
        if (node instanceof MappingNode) {
            return Subject.of("mapping");
        }
        if (node instanceof SequenceNode) {
            return Subject.of("list");
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    static boolean isInteger(String text) {
        return INTEGER.matcher(text).matches();
    }

    /**
     * True when {@code text} is a decimal number as a map writes it, {@link #NUMBER} (which the JSON Schema repeats),
     * read by hand rather than by the pattern: a large map holds hundreds of thousands of values, each read once,
     * mostly before the JIT has compiled a matcher.
     */
    static boolean isNumber(String text) {
        int length = text.length();
        int i = 0;
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int whole = i;
        i = skipDigits(text, i);
        boolean digits = i > whole;
        if (i < length && text.charAt(i) == '.') {
            int decimals = ++i;
            i = skipDigits(text, i);
            digits |= i > decimals;
        }
        if (!digits) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponent = i;
            i = skipDigits(text, i);
            if (i == exponent) {
                return false;
            }
        }
        return i == length;
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    }
}
