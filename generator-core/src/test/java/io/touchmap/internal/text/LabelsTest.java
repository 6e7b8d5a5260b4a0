package io.touchmap.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals(reportKeys("labels_en.properties"), reportKeys("labels_fr.properties"));
    }

    /** The keys of report labels: diagnostics ({@code diag.*}) are written in English only, so far. */
    private static TreeSet<String> reportKeys(String file) throws IOException {
        TreeSet<String> keys = keys(file);
        keys.removeIf(key -> key.startsWith("diag."));
        return keys;
    }

    @Test
    void everyDiffLabelIsAMessageFormatWithItsApostrophesDoubled() throws IOException {
        for (String file : new String[] {"labels_en.properties", "labels_fr.properties"}) {
            Properties properties = properties(file);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                if (key.startsWith("diff.")) {
                    new java.text.MessageFormat(value, Locale.ROOT);
                    assertEquals(-1, value.replace("''", "").indexOf('\''), () -> file + ": " + key + " has a single apostrophe, which MessageFormat drops");
                }
            }
        }
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
