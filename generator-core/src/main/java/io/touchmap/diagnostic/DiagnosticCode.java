package io.touchmap.diagnostic;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of problem Touchmap reports, with its stable code and default severity. Codes never change meaning;
 * a map can change the severity of a warning in {@code map.rules}.
 */
public enum DiagnosticCode {
    YAML_SYNTAX("TM001", Severity.ERROR, "The file is not well-formed YAML (including tabs used for indentation)."),
    DUPLICATE_KEY("TM002", Severity.ERROR, "A key appears twice in the same mapping."),
    FORBIDDEN_TAG("TM003", Severity.ERROR, "A YAML tag other than the standard ones (!!str, !!int…), refused for safety."),
    LIMIT_EXCEEDED("TM004", Severity.ERROR, "A file, the map or a value exceeds a size limit (file size, nesting, aliases…)."),
    ENCODING("TM005", Severity.ERROR, "The file is not valid UTF-8."),
    UNREADABLE("TM006", Severity.ERROR, "The map directory or one of its files cannot be read, or holds no YAML file."),
    UNKNOWN_KEY("TM101", Severity.ERROR, "A key that the format does not define."),
    WRONG_TYPE("TM102", Severity.ERROR, "A value of the wrong type (text, number, list or mapping)."),
    MISSING_FIELD("TM103", Severity.ERROR, "A required field is missing."),
    BAD_ID("TM104", Severity.ERROR, "An id that does not match ^[a-z0-9][a-z0-9-]{0,62}$."),
    DUPLICATE_ID("TM105", Severity.ERROR, "Two elements of the same kind share an id."),
    UNKNOWN_REFERENCE("TM106", Severity.ERROR, "A reference to a stage, channel, persona or rule that does not exist."),
    OUT_OF_RANGE("TM107", Severity.ERROR, "A number outside its allowed range (scores, ratings, importance)."),
    BAD_ENUM("TM108", Severity.ERROR, "A value that is not one of the allowed keywords."),
    BAD_PERIOD("TM109", Severity.ERROR, "A KPI period that is not YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD."),
    DATA_FILE_MISSING("TM110", Severity.ERROR, "A KPI data file that does not exist."),
    DATA_FILE_OUTSIDE("TM111", Severity.ERROR, "A KPI data file path, or a linked YAML file, that leads outside the map directory."),
    DATA_FILE_MALFORMED("TM112", Severity.ERROR, "A KPI data file that is not a CSV with the columns period,value."),
    MAP_MISSING("TM113", Severity.ERROR, "No file declares the map section."),
    SECTION_REPEATED("TM114", Severity.ERROR, "The map or valueProposition section is declared more than once."),
    RULE_NOT_ADJUSTABLE("TM115", Severity.ERROR, "map.rules changes the severity of an error, which only warnings allow."),
    SERIES_AND_DATA("TM116", Severity.ERROR, "A KPI has both series and data; it takes one or the other."),
    BAD_COLOUR("TM117", Severity.ERROR, "A theme colour that is not written #rrggbb or #rgb."),
    BAD_LOGO("TM118", Severity.ERROR, "A theme logo that is missing, outside the map directory, larger than 512 KB, or not a PNG or JPEG image."),
    TOUCHPOINT_WITHOUT_KPI("TM201", Severity.WARNING, "A touchpoint that no KPI measures."),
    KPI_WITHOUT_TARGET("TM202", Severity.WARNING, "A KPI without a target, so its status cannot be judged."),
    EMPTY_STAGE("TM203", Severity.WARNING, "A lifecycle stage without any touchpoint."),
    UNUSED_CHANNEL("TM204", Severity.WARNING, "A channel without any touchpoint."),
    UNSORTED_PERIODS("TM205", Severity.WARNING, "KPI values that are not in chronological order."),
    DUPLICATE_PERIOD("TM206", Severity.WARNING, "Two KPI values for the same period; the last one is used."),
    MISSING_COMPONENT("TM207", Severity.WARNING, "The value proposition does not describe all four components."),
    WARNING_BEYOND_TARGET("TM208", Severity.WARNING, "A KPI warning threshold on the good side of its target, so it never applies."),
    SPLIT_ENTRY("TM209", Severity.WARNING, "An entry of a [ … ] list of text that starts in lower case, as if a comma had cut a sentence in two."),
    UNBALANCED_ENTRY("TM210", Severity.WARNING, "An entry of a [ … ] list of text with a bracket or quote that a later entry closes, as if a comma had cut it."),
    HASHTAG_COMMENT("TM211", Severity.WARNING, "A text followed by ' #' and a word, which YAML reads as a comment and leaves out."),
    DATA_FILE_NOT_UTF8("TM212", Severity.WARNING, "A KPI data file that is not UTF-8, read as Windows-1252."),
    LOW_CONTRAST("TM213", Severity.WARNING, "A theme colour with less than 4.5:1 contrast against white; the default colour is used instead."),
    STALE_KPI("TM220", Severity.WARNING, "A KPI whose latest value is older than two of its cadences on the map's date (else the build's): it went stale.");

    private final String code;
    private final Severity severity;
    private final String meaning;

    DiagnosticCode(String code, Severity severity, String meaning) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
    }

    /** The stable code, such as {@code TM106}. */
    public String code() {
        return code;
    }

    /** The severity unless the map changes it. */
    public Severity defaultSeverity() {
        return severity;
    }

    /** One sentence on what the code means, for documentation and SARIF rule descriptions. */
    public String meaning() {
        return meaning;
    }

    /** True when a map may change the severity in {@code map.rules}. */
    public boolean isAdjustable() {
        return severity == Severity.WARNING;
    }

    /** The code written as {@code text}, such as {@code TM201}. */
    public static Optional<DiagnosticCode> of(String text) {
        return Arrays.stream(values()).filter(c -> c.code.equals(text)).findFirst();
    }
}
