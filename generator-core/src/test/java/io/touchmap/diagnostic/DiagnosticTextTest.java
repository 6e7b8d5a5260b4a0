package io.touchmap.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words of diagnostics live in the {@code diag.*} labels: every label belongs to a case that the code uses, every
 * code has a message, and the patterns print values exactly as they were written.
 */
class DiagnosticTextTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    private static Properties english() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DiagnosticTextTest.class.getResourceAsStream("/io/touchmap/internal/text/labels_en.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> diagnosticKeys() throws IOException {
        return english().stringPropertyNames().stream().filter(key -> key.startsWith("diag.") && !key.startsWith("diag.subject."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyDiagnosticLabelIsAMessageOrAHintOfACase() throws IOException {
        Set<String> ofCases = new TreeSet<>();
        for (DiagnosticText text : DiagnosticText.values()) {
            assertTrue(text.hasMessage() || text.hasHint(), text + " has neither a message nor a hint");
            if (text.hasMessage()) {
                ofCases.add(text.key() + ".message");
            }
            if (text.hasHint()) {
                ofCases.add(text.key() + ".hint");
            }
        }
        assertEquals(diagnosticKeys(), ofCases);
    }

    @Test
    void everyCaseIsNamedByItsCodeAndANameInLowerCamelCase() {
        Pattern name = Pattern.compile("diag\\.TM[0-9]{3}\\.[a-z][a-zA-Z0-9]*");
        for (DiagnosticText text : DiagnosticText.values()) {
            assertTrue(name.matcher(text.key()).matches(), text.key());
            assertTrue(text.key().startsWith("diag." + text.code().code() + "."), text.key());
        }
    }

    @Test
    void everyCaseIsUsedByTheCode() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("DiagnosticText.java")).toList()) {
                sources.append(Files.readString(file));
            }
        }
        List<String> unused = new ArrayList<>();
        for (DiagnosticText text : DiagnosticText.values()) {
            if (!Pattern.compile("\\bDiagnosticText\\." + text.name() + "\\b").matcher(sources).find()) {
                unused.add(text.name());
            }
        }
        assertEquals(List.of(), unused);
    }

    @Test
    void everyCodeHasAtLeastOneMessage() {
        Set<DiagnosticCode> withMessage = EnumSet.noneOf(DiagnosticCode.class);
        Arrays.stream(DiagnosticText.values()).filter(DiagnosticText::hasMessage).map(DiagnosticText::code).forEach(withMessage::add);
        assertEquals(EnumSet.allOf(DiagnosticCode.class), withMessage);
    }

    @Test
    void everyPatternIsAMessageFormatWhoseApostrophesAreDoubledOrQuoteBraces() throws IOException {
        for (Properties properties : List.of(english(), labels("fr"))) {
            for (String key : diagnosticKeys()) {
                String value = properties.getProperty(key);
                new MessageFormat(value, Locale.ROOT);
                String unpaired = value.replace("''", "").replaceAll("'[^']*[{}][^']*'", "");
                assertEquals(-1, unpaired.indexOf('\''), () -> key + " has a single apostrophe, which MessageFormat drops");
            }
        }
    }

    @Test
    void everyCaseHasItsMessageAndHintInFrenchFilledWithTheSameValues() throws IOException {
        Properties french = labels("fr");
        Properties english = english();
        for (DiagnosticText text : DiagnosticText.values()) {
            Set<Integer> values = new TreeSet<>();
            for (String part : List.of(".message", ".hint")) {
                if (english.containsKey(text.key() + part)) {
                    values.addAll(arguments(english.getProperty(text.key() + part)));
                }
            }
            for (String part : List.of(".message", ".hint")) {
                String key = text.key() + part;
                assertEquals(english.containsKey(key), french.containsKey(key), key);
                if (french.containsKey(key)) {
                    assertTrue(values.containsAll(arguments(french.getProperty(key))), () -> key + " in French uses a value the case does not give");
                    assertTrue(arguments(french.getProperty(key)).containsAll(arguments(english.getProperty(key))),
                            () -> key + " in French leaves out a value that the English shows");
                }
            }
        }
    }

    @Test
    void aDiagnosticReadsInTheLanguageAskedForWithItsValuesAsWritten() {
        Diagnostic unknown = DiagnosticText.UNKNOWN_KEY.at(new Location(Path.of("map.yaml"), 4, 3), "colour", "stage 'purchase'", "id, name")
                .withHint(DiagnosticText.KEY_GUESS.hint("color"));
        assertEquals("map.yaml:4:3: error TM101 unknown key 'colour' in stage 'purchase'; did you mean 'color'?",
                unknown.format(Path.of("")));
        assertEquals("map.yaml:4:3: error TM101 clé 'colour' inconnue dans stage 'purchase' ; vouliez-vous dire 'color' ?",
                unknown.format(Path.of(""), io.touchmap.internal.text.Labels.forLanguage("fr")));
    }

    @Test
    void everySubjectIsInBothLanguagesWithTheSameValues() throws IOException {
        Properties english = english();
        Properties french = labels("fr");
        for (String key : english.stringPropertyNames().stream().filter(k -> k.startsWith("diag.subject.")).toList()) {
            assertTrue(french.containsKey(key), key);
            assertEquals(arguments(english.getProperty(key)), arguments(french.getProperty(key)), key);
        }
    }

    @Test
    void aSubjectIsWrittenInTheLanguageOfItsMessage() {
        Words kpi = Subject.field("target", Subject.named("kpi", "nps"));
        Diagnostic notNumber = DiagnosticText.NOT_NUMBER.at(new Location(Path.of("kpis.yaml"), 7, 13), kpi, "cinquante");
        assertEquals("kpis.yaml:7:13: error TM102 'target' of KPI 'nps' must be a number, not 'cinquante'; "
                + "write digits with a '.' for decimals, such as 4.5", notNumber.format(Path.of("")));
        assertEquals("kpis.yaml:7:13: error TM102 'target' dans l'indicateur 'nps' doit être un nombre, pas 'cinquante'\u202f; "
                + "écrivez des chiffres avec un '.' pour les décimales, et non une virgule, par exemple 4.5",
                notNumber.format(Path.of(""), io.touchmap.internal.text.Labels.forLanguage("fr")));
        assertEquals("a touchpoint", Subject.named("touchpoint", null).toString());
    }

    /** The argument numbers a pattern uses, such as {@code [0, 2]}. */
    private static Set<Integer> arguments(String pattern) {
        Set<Integer> used = new TreeSet<>();
        java.util.regex.Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        return used;
    }

    private static Properties labels(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DiagnosticTextTest.class.getResourceAsStream("/io/touchmap/internal/text/labels_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void valuesArePrintedAsWrittenWithQuotesBracesAndPlurals() {
        assertEquals("file is 1234567 bytes, over the limit of 1000 bytes", DiagnosticText.FILE_TOO_LARGE.message(1234567L, 1000).toString());
        assertEquals("use a week from W01 to W53: 2026 has 53 ISO weeks", DiagnosticText.WEEK_OUT_OF_RANGE.hint(53L, 2026).toString());
        assertEquals("unknown key 'colour' in stage 'purchase'", DiagnosticText.UNKNOWN_KEY.message("colour", "stage 'purchase'").toString());
        assertEquals("write it as '{ TM201: error, TM203: ignore }'", DiagnosticText.RULES_NOT_MAPPING.hint().toString());
        assertEquals("line has 1 column, not 2 as in the header", DiagnosticText.WRONG_COLUMNS.message(1, 2).toString());
        assertEquals("line has 3000 columns, not 2 as in the header", DiagnosticText.WRONG_COLUMNS.message(3000, 2).toString());
        assertEquals("cannot read data file 'a.csv': null", DiagnosticText.UNREADABLE_DATA_FILE.message("a.csv", null).toString());
    }

    @Test
    void aDiagnosticTakesItsCodeMessageAndHintFromItsCase() {
        Location at = new Location(Path.of("map.yaml"), 3, 5);
        assertEquals("map.yaml:3:5: warning TM203 stage 'loyalty' has no touchpoint; add a touchpoint with 'stage: loyalty', or remove the stage",
                DiagnosticText.EMPTY_STAGE.at(at, "loyalty").format(Path.of("")));
        assertEquals("map.yaml:3:5: error TM102 a key of map must be a word, not a list",
                DiagnosticText.KEY_NOT_WORD.at(at, "map", "a list").format(Path.of("")));
    }
}
