package io.touchmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where an element and its fields were written, as every diagnostic about them points at it. */
class OriginTest {

    private static final Path FILE = Path.of("touchpoints", "achat.yaml");

    @Test
    void eachFieldIsWhereItWasWrittenAndAMissingOneIsWhereTheElementStarts() {
        Origin origin = new Origin(new Location(FILE, 12, 5), Map.of(
                "period", new Location(FILE, 12, 15), "value", new Location(FILE, 12, 32)));

        assertEquals(new Location(FILE, 12, 15), origin.field("period"));
        assertEquals(new Location(FILE, 12, 32), origin.field("value"));
        assertEquals(new Location(FILE, 12, 5), origin.field("note"));
        assertTrue(origin.has("value"));
        assertFalse(origin.has("note"));
    }

    @Test
    void aFieldWrittenInAnotherFileThanItsElementIsRefused() {
        Location elsewhere = new Location(Path.of("kpis.csv"), 3, 1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Origin(new Location(FILE, 12, 5), Map.of("value", elsewhere)));
        assertEquals("the field value is in kpis.csv, not in the element's file " + FILE, refused.getMessage());
    }
}
