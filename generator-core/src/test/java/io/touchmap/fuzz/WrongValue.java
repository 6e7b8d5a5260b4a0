package io.touchmap.fuzz;

/**
 * A value of the wrong kind that {@link MutationTest} writes in place of a value of a map, as a user could write it:
 * each is one line of YAML that reads the same in block and in flow context, and, where it fits in one, a CSV cell.
 */
enum WrongValue {
    TEXT("text", "cinquante", "cinquante"),
    NUMBER_TOO_LARGE("a number too large for a double", "1e400", "1e400"),
    MOST_NEGATIVE_NUMBER("the most negative double", "-1.7976931348623157e308", "-1.7976931348623157e308"),
    EMPTY_TEXT("empty text", "\"\"", ""),
    NO_VALUE("no value", "~", null),
    LIST("a list", "[a, b]", null),
    MAPPING("a mapping", "{a: b}", null),
    LONG_TEXT("a word of 10,000 characters", "W".repeat(10_000), "W".repeat(10_000)),
    CONTROL_CHARACTERS("text with control characters (NUL, BEL, ESC, NEL, RLO)",
            "\"ctl\\0\\a\\e[31m\\N\\u202Eend\"", "\"ctl\u0000\u0007\u001b[31m\u0085\u202Eend\"");

    private final String label;
    private final String yaml;
    private final String csv;

    WrongValue(String label, String yaml, String csv) {
        this.label = label;
        this.yaml = yaml;
        this.csv = csv;
    }

    /** What the value is, for a failure message. */
    String label() {
        return label;
    }

    /** The value as written in YAML. */
    String yaml() {
        return yaml;
    }

    /** The value as written in a CSV cell, or null when a cell cannot hold it. */
    String csv() {
        return csv;
    }
}
