package io.touchmap.render.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.Written;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MermaidJourneyTest {

    static final Path HOSTILE = Path.of("src/test/resources/io/touchmap/render/mermaid/hostile-journey");

    /** A line of a journey as Mermaid's lexer reads it: a title, a section, or a task with its score and actors. */
    private static final Pattern LINE = Pattern.compile("journey|  title [^#\\n;]+|  section [^#:\\n;]+|    [^#:\\n;]+: [1-5](: [^#:\\n;,]+(, [^#:\\n;,]+)*)?");

    @Test
    void theMapIsAJourneyOfItsStagesWithTheEmotionPlusThreeAsScoreAndThePersonasAsActors() {
        LoadResult result = Touchmap.load(Path.of("src/test/resources/io/touchmap/diff/emotion-base"));

        assertEquals("""
                journey
                  title Corner shop
                  section Discovery
                    Web search: 4
                  section Purchase
                    Store checkout: 4: Busy parent
                """, MermaidJourney.of(result.map(), "(no score)").text());
    }

    @Test
    void noTextFromTheMapBreaksOutOfTheDiagram() {
        LoadResult result = Touchmap.load(HOSTILE);
        assertFalse(result.hasErrors(), result.diagnostics().toString());

        String text = MermaidJourney.of(result.map(), "(no score)").text();

        assertEquals("""
                journey
                  title Journey\u037E title\uA789 \u02CBx\u02CB \uFF03 %\uFF05 not a comment
                  section section\uA789 Evil \u037E \uFF03 \u02CB
                    Pay\uA789 5\uA789 Mallory   section Injected     Owned\uA789 1\uA789 Eve: 1: Smith\u201A John\uA789 the "boss", %\uFF05 hidden
                  section title Hijack
                    \u02CB\u02CB\u02CB </details><script>alert(1)</script> (no score): 3: Smith\u201A John\uA789 the "boss"
                    \u200Bjourney: 5
                """, text);
        for (String line : text.lines().toList()) {
            assertTrue(LINE.matcher(line).matches(), () -> "a line Mermaid would read otherwise: " + line);
        }
        assertFalse(text.contains("`"), "no backquote can close a Markdown fence");
    }

    @Test
    void theMermaidFormatWritesTheWholeMapAndOneJourneyPerPersona() throws Exception {
        LoadResult result = Touchmap.load(HOSTILE);
        MemoryOutput output = new MemoryOutput();

        Written written = new MermaidFormat().render(result, ReportSettings.DEFAULT, output);

        assertEquals(List.of("hostile-journey.mmd", "hostile-journey-p1.mmd", "hostile-journey-p2.mmd"), written.files());
        assertEquals("hostile-journey.mmd", written.mainFile());
        assertEquals("wrote 3 Mermaid journey diagrams: target/touchmap/hostile-journey.mmd",
                written.summary("target/touchmap/hostile-journey.mmd"));
        assertEquals(MermaidJourney.of(result.map(), "(no score)").text(), output.text("hostile-journey.mmd"));
        assertTrue(output.text("hostile-journey-p2.mmd").contains("  section section\uA789 Evil"), output.text("hostile-journey-p2.mmd"));
        assertFalse(output.text("hostile-journey-p2.mmd").contains("Hijack"), "a persona's journey has only its touchpoints");
    }

    @Test
    void aFrenchMapSaysItsUnscoredTouchpointsInFrench() throws Exception {
        MemoryOutput output = new MemoryOutput();
        LoadResult result = Touchmap.load(Path.of("src/test/resources/io/touchmap/diff/fr-base"));

        new MermaidFormat().render(result, ReportSettings.DEFAULT, output);

        String main = output.files().keySet().stream().filter(f -> !f.contains("-")).findFirst().orElseThrow();
        assertTrue(output.text(main).contains("(sans note): 3"), output.text(main));
    }
}
