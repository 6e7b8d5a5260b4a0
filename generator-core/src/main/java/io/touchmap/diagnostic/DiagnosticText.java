package io.touchmap.diagnostic;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.Location;

/**
 * The words of every diagnostic. Each constant is one case of a code, whose message and hint are the labels
 * {@code diag.<code>.<case>.message} and {@code diag.<code>.<case>.hint}: MessageFormat patterns filled with the values
 * the case names, such as the key and the element of an unknown key.
 *
 * <p>A case has a message and a hint, a message alone, or a hint alone: a hint that depends on more than the values of
 * the message, such as a near word to suggest, is a case of its own that takes the place of the message case's hint.
 *
 * <p>The English labels are the reference: every case has its English words, and {@link Words} falls back to them
 * for a language that lacks a label.
 */
public enum DiagnosticText {
    // TM001: The file is not well-formed YAML (including tabs used for indentation).
    TAB_INDENTATION(DiagnosticCode.YAML_SYNTAX, "tabIndentation"),
    RESERVED_START(DiagnosticCode.YAML_SYNTAX, "reservedStart"),
    PARSER(DiagnosticCode.YAML_SYNTAX, "parser"),
    UNCLOSED_FLOW(DiagnosticCode.YAML_SYNTAX, "unclosedFlow"),
    COLON_IN_TEXT(DiagnosticCode.YAML_SYNTAX, "colonInText"),
    MISSING_COLON(DiagnosticCode.YAML_SYNTAX, "missingColon"),
    CHECK_NEAR(DiagnosticCode.YAML_SYNTAX, "checkNear"),
    CONTROL_CHARACTER(DiagnosticCode.YAML_SYNTAX, "controlCharacter"),
    KEY_NOT_ALIGNED(DiagnosticCode.YAML_SYNTAX, "keyNotAligned"),
    ITEM_NOT_ALIGNED(DiagnosticCode.YAML_SYNTAX, "itemNotAligned"),
    ITEM_AFTER_VALUE(DiagnosticCode.YAML_SYNTAX, "itemAfterValue"),
    ITEM_ON_KEY_LINE(DiagnosticCode.YAML_SYNTAX, "itemOnKeyLine"),
    TEXT_AFTER_CLOSING_QUOTE(DiagnosticCode.YAML_SYNTAX, "textAfterQuote"),
    QUOTE_NOT_CLOSED(DiagnosticCode.YAML_SYNTAX, "unclosedQuote"),
    UNDEFINED_ALIAS(DiagnosticCode.YAML_SYNTAX, "undefinedAlias"),

    // TM002: A key appears twice in the same mapping.
    DUPLICATE_KEY(DiagnosticCode.DUPLICATE_KEY, "duplicateKey"),
    DUPLICATE_RULE(DiagnosticCode.DUPLICATE_KEY, "duplicateRule"),
    DUPLICATE_IMPORTANCE(DiagnosticCode.DUPLICATE_KEY, "duplicateImportance"),

    // TM003: A YAML tag other than the standard ones (!!str, !!int…), refused for safety.
    FORBIDDEN_TAG(DiagnosticCode.FORBIDDEN_TAG, "forbiddenTag"),

    // TM004: A file, the map or a value exceeds a size limit (file size, nesting, aliases…).
    FILE_TOO_LARGE(DiagnosticCode.LIMIT_EXCEEDED, "fileTooLarge"),
    TOO_MANY_ALIASES(DiagnosticCode.LIMIT_EXCEEDED, "tooManyAliases"),
    NESTED_TOO_DEEPLY(DiagnosticCode.LIMIT_EXCEEDED, "nestedTooDeeply"),
    TOO_MANY_CHARACTERS(DiagnosticCode.LIMIT_EXCEEDED, "tooManyCharacters"),
    UNREADABLE_YAML(DiagnosticCode.LIMIT_EXCEEDED, "unreadableYaml"),
    STACK_TOO_DEEP(DiagnosticCode.LIMIT_EXCEEDED, "stackTooDeep"),
    TOO_MANY_VALUES(DiagnosticCode.LIMIT_EXCEEDED, "tooManyValues"),
    TOO_MANY_PROBLEMS(DiagnosticCode.LIMIT_EXCEEDED, "tooManyProblems"),
    TEXT_TOO_LONG(DiagnosticCode.LIMIT_EXCEEDED, "textTooLong"),
    TOO_MANY_FILES(DiagnosticCode.LIMIT_EXCEEDED, "tooManyFiles"),
    MAP_TOO_LARGE(DiagnosticCode.LIMIT_EXCEEDED, "mapTooLarge"),
    TOO_MANY_TOUCHPOINTS(DiagnosticCode.LIMIT_EXCEEDED, "tooManyTouchpoints"),
    TOO_MANY_KPIS(DiagnosticCode.LIMIT_EXCEEDED, "tooManyKpis"),
    TOO_MANY_KPI_VALUES(DiagnosticCode.LIMIT_EXCEEDED, "tooManyKpiValues"),

    // TM005: The file is not valid UTF-8.
    UTF16(DiagnosticCode.ENCODING, "utf16"),
    INVALID_BYTE(DiagnosticCode.ENCODING, "invalidByte"),
    NOT_UTF8(DiagnosticCode.ENCODING, "notUtf8"),

    // TM006: The map directory or one of its files cannot be read, or holds no YAML file.
    UNREADABLE_FILE(DiagnosticCode.UNREADABLE, "unreadableFile"),
    UNREADABLE_DATA_FILE(DiagnosticCode.UNREADABLE, "unreadableDataFile"),
    NO_DIRECTORY(DiagnosticCode.UNREADABLE, "noDirectory"),
    DANGLING_LINK(DiagnosticCode.UNREADABLE, "danglingLink"),
    NOT_REGULAR_FILE(DiagnosticCode.UNREADABLE, "notRegularFile"),
    UNREADABLE_ENTRY(DiagnosticCode.UNREADABLE, "unreadableEntry"),
    UNREADABLE_DIRECTORY(DiagnosticCode.UNREADABLE, "unreadableDirectory"),
    NO_YAML_FILE(DiagnosticCode.UNREADABLE, "noYamlFile"),
    ABSENT_AT_REVISION(DiagnosticCode.UNREADABLE, "absentAtRevision"),
    BASELINE_LINK(DiagnosticCode.UNREADABLE, "baselineLink"),
    BASELINE_FILE_NAME(DiagnosticCode.UNREADABLE, "baselineFileName"),
    NAME_NOT_SPELLED(DiagnosticCode.UNREADABLE, "nameNotSpelled"),
    UNREADABLE_LOGO(DiagnosticCode.UNREADABLE, "unreadableLogo"),

    // TM101: A key that the format does not define.
    MERGE_KEY(DiagnosticCode.UNKNOWN_KEY, "mergeKey"),
    UNKNOWN_KEY(DiagnosticCode.UNKNOWN_KEY, "unknownKey"),
    KEY_GUESS(DiagnosticCode.UNKNOWN_KEY, "keyGuess"),

    // TM102: A value of the wrong type (text, number, list or mapping).
    NOT_MAPPING(DiagnosticCode.WRONG_TYPE, "notMapping"),
    KEY_NOT_WORD(DiagnosticCode.WRONG_TYPE, "keyNotWord"),
    NOT_LIST(DiagnosticCode.WRONG_TYPE, "notList"),
    NOT_DATE(DiagnosticCode.WRONG_TYPE, "notDate"),
    RULES_NOT_MAPPING(DiagnosticCode.WRONG_TYPE, "rulesNotMapping"),
    IMPORTANCE_NOT_MAPPING(DiagnosticCode.WRONG_TYPE, "importanceNotMapping"),
    NOT_TEXT(DiagnosticCode.WRONG_TYPE, "notText"),
    LIST_FOR_TEXT(DiagnosticCode.WRONG_TYPE, "listForText"),
    NOT_WHOLE_NUMBER(DiagnosticCode.WRONG_TYPE, "notWholeNumber"),
    NOT_NUMBER(DiagnosticCode.WRONG_TYPE, "notNumber"),
    NUMBER_NOT_SCALAR(DiagnosticCode.WRONG_TYPE, "numberNotScalar"),
    WHOLE_NUMBER_NOT_SCALAR(DiagnosticCode.WRONG_TYPE, "wholeNumberNotScalar"),
    DECIMAL_COMMA(DiagnosticCode.WRONG_TYPE, "decimalComma"),
    DECIMAL_OR_THOUSANDS(DiagnosticCode.WRONG_TYPE, "decimalOrThousands"),
    THOUSANDS_SEPARATOR(DiagnosticCode.WRONG_TYPE, "thousandsSeparator"),
    COLON_IN_ENTRY(DiagnosticCode.WRONG_TYPE, "colonInEntry"),

    // TM103: A required field is missing.
    MISSING_FIELD(DiagnosticCode.MISSING_FIELD, "missingField"),
    EMPTY_FIELD(DiagnosticCode.MISSING_FIELD, "emptyField"),

    // TM104: An id that does not match ^[a-z0-9][a-z0-9-]{0,62}$.
    BAD_ID(DiagnosticCode.BAD_ID, "badId"),
    ID_GUESS(DiagnosticCode.BAD_ID, "idGuess"),
    ID_GUESS_REFERENCED(DiagnosticCode.BAD_ID, "idGuessReferenced"),
    BAD_ID_REFERENCED(DiagnosticCode.BAD_ID, "badIdReferenced"),

    // TM105: Two elements of the same kind share an id.
    COMPONENT_TWICE(DiagnosticCode.DUPLICATE_ID, "componentTwice"),
    REPEATED_THROUGH_ALIAS(DiagnosticCode.DUPLICATE_ID, "repeatedThroughAlias"),
    DUPLICATE_ID(DiagnosticCode.DUPLICATE_ID, "duplicateId"),

    // TM106: A reference to a stage, channel, persona or rule that does not exist.
    UNKNOWN_ELEMENT(DiagnosticCode.UNKNOWN_REFERENCE, "unknownElement"),
    UNDECLARED(DiagnosticCode.UNKNOWN_REFERENCE, "undeclared"),
    REFERENCE_GUESS(DiagnosticCode.UNKNOWN_REFERENCE, "referenceGuess"),
    UNKNOWN_RULE(DiagnosticCode.UNKNOWN_REFERENCE, "unknownRule"),

    // TM107: A number outside its allowed range (scores, ratings, importance).
    OUT_OF_RANGE(DiagnosticCode.OUT_OF_RANGE, "outOfRange"),
    NUMBER_TOO_LARGE(DiagnosticCode.OUT_OF_RANGE, "numberTooLarge"),
    CSV_NUMBER_TOO_LARGE(DiagnosticCode.OUT_OF_RANGE, "csvNumberTooLarge"),

    // TM108: A value that is not one of the allowed keywords.
    BAD_KEYWORD(DiagnosticCode.BAD_ENUM, "badKeyword"),
    BAD_LOCALE(DiagnosticCode.BAD_ENUM, "badLocale"),
    KEYWORD_GUESS(DiagnosticCode.BAD_ENUM, "keywordGuess"),
    FRENCH_KEYWORD(DiagnosticCode.BAD_ENUM, "frenchKeyword"),

    // TM109: A KPI period that is not YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD.
    BAD_PERIOD(DiagnosticCode.BAD_PERIOD, "badPeriod"),
    BAD_CSV_PERIOD(DiagnosticCode.BAD_PERIOD, "badCsvPeriod"),
    QUARTER_OUT_OF_RANGE(DiagnosticCode.BAD_PERIOD, "quarterOutOfRange"),
    MONTH_OUT_OF_RANGE(DiagnosticCode.BAD_PERIOD, "monthOutOfRange"),
    WEEK_OUT_OF_RANGE(DiagnosticCode.BAD_PERIOD, "weekOutOfRange"),
    DAY_OUT_OF_RANGE(DiagnosticCode.BAD_PERIOD, "dayOutOfRange"),
    PERIOD_FORMS(DiagnosticCode.BAD_PERIOD, "periodForms"),
    PERIOD_GUESS(DiagnosticCode.BAD_PERIOD, "periodGuess"),

    // TM110: A KPI data file that does not exist.
    INVALID_PATH(DiagnosticCode.DATA_FILE_MISSING, "invalidPath"),
    NO_DATA_FILE(DiagnosticCode.DATA_FILE_MISSING, "noDataFile"),
    DATA_FILE_GUESS(DiagnosticCode.DATA_FILE_MISSING, "dataFileGuess"),

    // TM111: A KPI data file path, or a linked YAML file, that leads outside the map directory.
    ABSOLUTE_PATH(DiagnosticCode.DATA_FILE_OUTSIDE, "absolutePath"),
    PATH_OUTSIDE(DiagnosticCode.DATA_FILE_OUTSIDE, "pathOutside"),
    DATA_LINK_OUTSIDE(DiagnosticCode.DATA_FILE_OUTSIDE, "dataLinkOutside"),
    YAML_LINK_OUTSIDE(DiagnosticCode.DATA_FILE_OUTSIDE, "yamlLinkOutside"),

    // TM112: A KPI data file that is not a CSV with the columns period,value.
    BAD_HEADER(DiagnosticCode.DATA_FILE_MALFORMED, "badHeader"),
    BAD_HEADER_NAME(DiagnosticCode.DATA_FILE_MALFORMED, "badHeaderName"),
    WRONG_COLUMNS(DiagnosticCode.DATA_FILE_MALFORMED, "wrongColumns"),
    TEXT_AFTER_QUOTE(DiagnosticCode.DATA_FILE_MALFORMED, "textAfterQuote"),
    UNCLOSED_QUOTE(DiagnosticCode.DATA_FILE_MALFORMED, "unclosedQuote"),
    INVALID_CSV(DiagnosticCode.DATA_FILE_MALFORMED, "invalidCsv"),
    VALUE_NOT_NUMBER(DiagnosticCode.DATA_FILE_MALFORMED, "valueNotNumber"),
    HEADER_GUESS(DiagnosticCode.DATA_FILE_MALFORMED, "headerGuess"),
    SEMICOLON_COLUMNS(DiagnosticCode.DATA_FILE_MALFORMED, "semicolonColumns"),
    CSV_DECIMAL_COMMA(DiagnosticCode.DATA_FILE_MALFORMED, "csvDecimalComma"),

    // TM113: No file declares the map section.
    NO_MAP(DiagnosticCode.MAP_MISSING, "noMap"),

    // TM114: The map or valueProposition section is declared more than once.
    SECTION_REPEATED(DiagnosticCode.SECTION_REPEATED, "sectionRepeated"),

    // TM115: map.rules changes the severity of an error, which only warnings allow.
    NOT_ADJUSTABLE(DiagnosticCode.RULE_NOT_ADJUSTABLE, "notAdjustable"),

    // TM116: A KPI has both series and data; it takes one or the other.
    SERIES_AND_DATA(DiagnosticCode.SERIES_AND_DATA, "seriesAndData"),

    // TM117: A theme colour that is not written #rrggbb or #rgb.
    BAD_COLOUR(DiagnosticCode.BAD_COLOUR, "badColour"),
    COLOUR_GUESS(DiagnosticCode.BAD_COLOUR, "colourGuess"),
    COLOUR_AS_COMMENT(DiagnosticCode.BAD_COLOUR, "colourAsComment"),

    // TM118: A theme logo that is missing, outside the map directory, larger than 512 KB, or not a PNG or JPEG image.
    LOGO_INVALID_PATH(DiagnosticCode.BAD_LOGO, "invalidPath"),
    LOGO_ABSOLUTE(DiagnosticCode.BAD_LOGO, "absolutePath"),
    LOGO_OUTSIDE(DiagnosticCode.BAD_LOGO, "pathOutside"),
    LOGO_LINK_OUTSIDE(DiagnosticCode.BAD_LOGO, "linkOutside"),
    NO_LOGO(DiagnosticCode.BAD_LOGO, "noLogo"),
    LOGO_GUESS(DiagnosticCode.BAD_LOGO, "logoGuess"),
    LOGO_TOO_LARGE(DiagnosticCode.BAD_LOGO, "tooLarge"),
    LOGO_NOT_IMAGE(DiagnosticCode.BAD_LOGO, "notImage"),
    LOGO_TOO_MANY_PIXELS(DiagnosticCode.BAD_LOGO, "tooManyPixels"),
    LOGO_UNDECODABLE(DiagnosticCode.BAD_LOGO, "undecodable"),

    // TM201: A touchpoint that no KPI measures.
    NO_KPI(DiagnosticCode.TOUCHPOINT_WITHOUT_KPI, "noKpi"),

    // TM202: A KPI without a target, so its status cannot be judged.
    NO_TARGET(DiagnosticCode.KPI_WITHOUT_TARGET, "noTarget"),

    // TM203: A lifecycle stage without any touchpoint.
    EMPTY_STAGE(DiagnosticCode.EMPTY_STAGE, "emptyStage"),

    // TM204: A channel without any touchpoint.
    UNUSED_CHANNEL(DiagnosticCode.UNUSED_CHANNEL, "unusedChannel"),

    // TM205: KPI values that are not in chronological order.
    UNSORTED_PERIODS(DiagnosticCode.UNSORTED_PERIODS, "unsortedPeriods"),

    // TM206: Two KPI values for the same period; the last one is used.
    DUPLICATE_PERIOD(DiagnosticCode.DUPLICATE_PERIOD, "duplicatePeriod"),

    // TM207: The value proposition does not describe all four components.
    MISSING_COMPONENTS(DiagnosticCode.MISSING_COMPONENT, "missingComponents"),

    // TM208: A KPI warning threshold on the good side of its target, so it never applies.
    WARNING_BEYOND_TARGET(DiagnosticCode.WARNING_BEYOND_TARGET, "warningBeyondTarget"),

    // TM209: An entry of a [ … ] list of text that starts in lower case, as if a comma had cut a sentence in two.
    SPLIT_ENTRY(DiagnosticCode.SPLIT_ENTRY, "splitEntry"),

    // TM210: An entry of a [ … ] list of text with a bracket or quote that a later entry closes, as if a comma had cut it.
    UNBALANCED_ENTRY(DiagnosticCode.UNBALANCED_ENTRY, "unbalancedEntry"),

    // TM211: A text followed by ' #' and a word, which YAML reads as a comment and leaves out.
    HASHTAG_COMMENT(DiagnosticCode.HASHTAG_COMMENT, "hashtagComment"),

    // TM212: A KPI data file that is not UTF-8, read as Windows-1252.
    WINDOWS_1252(DiagnosticCode.DATA_FILE_NOT_UTF8, "windows1252"),

    // TM213: A theme colour with less than 4.5:1 contrast against white; the default colour is used instead.
    LOW_CONTRAST(DiagnosticCode.LOW_CONTRAST, "lowContrast"),

    // TM220: A KPI whose latest value is older than two of its cadences on the map's date (else the build's): it went stale.
    STALE_KPI(DiagnosticCode.STALE_KPI, "staleKpi"),
    STALE_KPI_DAYS(DiagnosticCode.STALE_KPI, "staleKpiDays");

    private final DiagnosticCode code;
    private final String key;

    DiagnosticText(DiagnosticCode code, String name) {
        this.code = code;
        this.key = "diag." + code.code() + "." + name;
    }

    /** The code of the diagnostics this case describes. */
    public DiagnosticCode code() {
        return code;
    }

    /** The key of the case's labels without their last part, such as {@code diag.TM101.unknownKey}. */
    public String key() {
        return key;
    }

    /** True when the case has a message: a case without one only ever gives the hint of another case's diagnostic. */
    public boolean hasMessage() {
        return ENGLISH.has(key + ".message");
    }

    /** True when the case has a hint. */
    public boolean hasHint() {
        return ENGLISH.has(key + ".hint");
    }

    /** The message, filled with {@code arguments}, in no language yet. */
    public Words message(Object... arguments) {
        return new Words(key + ".message", arguments);
    }

    /** The hint, filled with {@code arguments}, in no language yet. */
    public Words hint(Object... arguments) {
        return new Words(key + ".hint", arguments);
    }

    /** The diagnostic of this case at {@code location}: its message and, if it has one, its hint, filled with {@code arguments}. */
    public Diagnostic at(Location location, Object... arguments) {
        return Diagnostic.of(code, location, message(arguments), hasHint() ? hint(arguments) : null);
    }

    private static final Labels ENGLISH = Labels.forLanguage("en");
}
