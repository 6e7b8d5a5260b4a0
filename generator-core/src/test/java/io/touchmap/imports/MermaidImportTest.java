package io.touchmap.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.render.mermaid.MermaidJourney;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MermaidImportTest {

    private static final Path EXAMPLE = Path.of("../example-site/src/touchmap");
    private static final Path HOSTILE = Path.of("src/test/resources/io/touchmap/render/mermaid/hostile-journey");

    /** Exports the map of {@code directory}, imports the journey into a new map, and exports that map. */
    private static void assertRoundTrip(Path directory, Path into) throws IOException {
        LoadResult original = Touchmap.load(directory);
        String journey = MermaidJourney.of(original.map(), "(no score)").text();

        Path file = MermaidImport.parse(journey).writeTo(into);
        LoadResult imported = Touchmap.load(into);

        assertEquals(into.resolve("map.yaml"), file);
        assertEquals(0, imported.errors().size(), () -> String.join("\n", Touchmap.format(imported, into)));
        assertEquals(journey, MermaidJourney.of(imported.map(), "(no score)").text());
    }

    @Test
    void theExampleMapsOwnJourneyImportsIntoAMapThatValidatesAndExportsTheSameJourney(@TempDir Path directory) throws IOException {
        assertRoundTrip(EXAMPLE, directory.resolve("imported"));
    }

    @Test
    void theHostileMapsJourneyRoundTripsToo(@TempDir Path directory) throws IOException {
        assertRoundTrip(HOSTILE, directory.resolve("imported"));
    }

    @Test
    void sectionsBecomeStagesByThirdsTasksTouchpointsAndActorsPersonasOnOneChannelToClassify() {
        MermaidImport.Starter starter = MermaidImport.parse("""
                %% a comment
                journey
                  title My working day
                  section Go to work
                    Make tea: 5: Me
                    Go upstairs: 3: Me, Cat
                  section Work
                    Do work: 1: Me, Cat
                  section Go home
                    Go downstairs: 5: Me
                """);

        assertEquals(3, starter.stages());
        assertEquals(4, starter.touchpoints());
        assertEquals("""
                # A starter map imported from a Mermaid journey: complete its channels, owners and KPIs.
                map:
                  id: my-working-day
                  title: "My working day"

                stages:
                  - id: go-to-work
                    name: "Go to work"
                    phase: before-purchase
                  - id: work
                    name: "Work"
                    phase: purchase
                  - id: go-home
                    name: "Go home"
                    phase: after-purchase

                channels:
                  - id: to-classify
                    name: "To classify"
                    type: digital
                    description: "A Mermaid journey has no channels: move each touchpoint to its real channel."

                personas:
                  - id: me
                    name: "Me"
                  - id: cat
                    name: "Cat"

                touchpoints:
                  - id: make-tea
                    name: "Make tea"
                    stage: go-to-work
                    channel: to-classify
                    personas: [me]
                    elements:
                      emotions: { score: 2 }
                  - id: go-upstairs
                    name: "Go upstairs"
                    stage: go-to-work
                    channel: to-classify
                    personas: [me, cat]
                    elements:
                      emotions: { score: 0 }
                  - id: do-work
                    name: "Do work"
                    stage: work
                    channel: to-classify
                    personas: [me, cat]
                    elements:
                      emotions: { score: -2 }
                  - id: go-downstairs
                    name: "Go downstairs"
                    stage: go-home
                    channel: to-classify
                    personas: [me]
                    elements:
                      emotions: { score: 2 }
                """, starter.yaml());
    }

    @Test
    void anExistingMapIsNeverOverwritten(@TempDir Path directory) throws IOException {
        Path existing = Files.writeString(directory.resolve("touchpoints.yaml"), "touchpoints: []\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MermaidImport.parse("journey\n  section A\n    B: 3\n").writeTo(directory));

        assertEquals(existing + " already exists in " + directory + "; import writes nothing over a map: choose an empty directory",
                e.getMessage());
        assertEquals("touchpoints: []\n", Files.readString(existing));
        assertFalse(Files.exists(directory.resolve("map.yaml")));
    }

    @Test
    void whatIsNotAJourneyIsRefusedWithItsLine() {
        assertEquals("line 1: a Mermaid journey starts with 'journey', not 'graph TD'",
                assertThrows(IllegalArgumentException.class, () -> MermaidImport.parse("graph TD\n  A --> B\n")).getMessage());
        assertEquals("line 3: the score of a task is a whole number from 1 to 5, not 'high'",
                assertThrows(IllegalArgumentException.class, () -> MermaidImport.parse("journey\n section A\n  B: high: Me\n")).getMessage());
        assertEquals("line 3: the score of a task is from 1 to 5, not 7",
                assertThrows(IllegalArgumentException.class, () -> MermaidImport.parse("journey\n section A\n  B: 7\n")).getMessage());
        assertEquals("line 3: expected a task 'name: score: actors', not 'just words'",
                assertThrows(IllegalArgumentException.class, () -> MermaidImport.parse("journey\n section A\n just words\n")).getMessage());
    }
}
