package io.touchmap.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.model.KpiStatus;
import io.touchmap.model.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void keywordsAreLabelledInTheMapLanguage() {
        assertEquals("Off target", Labels.forLanguage("en").of(KpiStatus.OFF_TARGET));
        assertEquals("Hors objectif", Labels.forLanguage("fr").of(KpiStatus.OFF_TARGET));
        assertEquals("Après l'achat", Labels.forLanguage("fr").of(Phase.AFTER_PURCHASE));
    }

    @Test
    void anUnknownOrMissingLanguageFallsBackToEnglishWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertEquals("en", Labels.forLanguage("de").language());
            assertEquals("On target", Labels.forLanguage(null).of(KpiStatus.ON_TARGET));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersAreWrittenTheWayTheLanguageWritesThem() {
        assertEquals("1,234.5\u00a0min", Labels.forLanguage("en").quantity(1234.5, "min"));
        assertEquals("1\u202f234,5\u00a0min", Labels.forLanguage("fr").quantity(1234.5, "min"));
        assertEquals("72", Labels.forLanguage("fr").quantity(72, null));
    }

    @Test
    void aMissingLabelIsADefectNamedByItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Labels.forLanguage("en").get("no.such.key"));
        assertEquals("no label 'no.such.key' for language en", e.getMessage());
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        assertEquals(keys("labels_en.properties"), keys("labels_fr.properties"));
    }

    @Test
    void everyLabelIsAMessageFormatWithItsApostrophesDoubled() throws IOException {
        for (String file : new String[] {"labels_en.properties", "labels_fr.properties"}) {
            Properties properties = properties(file);
            // diagnostic texts quote literal braces ('{ a: 1 }'); DiagnosticTextTest checks them
            for (String key : properties.stringPropertyNames().stream().filter(k -> !k.startsWith("diag.")).toList()) {
                String value = properties.getProperty(key);
                new java.text.MessageFormat(value, Locale.ROOT);
                assertEquals(-1, value.replace("''", "").indexOf('\''), () -> file + ": " + key + " has a single apostrophe, which MessageFormat drops");
            }
        }
    }

    @Test
    void aLabelReadsTheSameWithOrWithoutArgumentsApostrophesIncluded() {
        Labels french = Labels.forLanguage("fr");
        assertEquals("Aucun point de contact n'a encore de score d'émotion.", french.get("common.emotion.noScores"));
        assertEquals("Aucun point de contact n'a encore de score d'émotion.", french.format("common.emotion.noScores"));
        assertEquals("Noté 4/5, au-dessus de notre 3,5/5", french.format("common.gap.outrated", "4", french.number(3.5)));
        assertEquals("Aucun point de contact n'a encore de score d'émotion.", french.all().get("common.emotion.noScores"));
    }

    @Test
    void everyKeyIsInANamespace() throws IOException {
        for (String key : keys("labels_en.properties")) {
            assertTrue(key.matches("(common|site|pdf|diff|diag)\\..+"), key);
        }
    }

    @Test
    void aKeywordIsLabelledUnderItsTypeInTheCommonNamespace() {
        assertEquals("common.KpiStatus.warning", Labels.keywordKey("KpiStatus", "warning"));
        assertEquals(Labels.forLanguage("fr").get("common.KpiStatus.warning"), Labels.forLanguage("fr").of(KpiStatus.WARNING));
    }

    @Test
    void datesAreWrittenInTheLongFormOfTheLanguage() {
        assertEquals("30 novembre 2026", Labels.forLanguage("fr").date(java.time.LocalDate.of(2026, 11, 30)));
        assertEquals("November 30, 2026", Labels.forLanguage("en").date(java.time.LocalDate.of(2026, 11, 30)));
    }

    private static Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static TreeSet<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
