package io.touchmap.diff;

import static io.touchmap.diff.Fixtures.markdown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.Touchmap;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.mermaid.MermaidFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The journey diff.md draws for the stages a change touches, and every diagram Touchmap writes, for mermaid-cli. */
class DiffJourneyTest {

    private static final Pattern BLOCK = Pattern.compile("```mermaid\n(.*?)```\n", Pattern.DOTALL);

    /** Where every diagram is gathered for .ci/mermaid.sh to render with mermaid-cli in one batch. */
    static final Path ALL_DIAGRAMS = Path.of("target/mermaid/diagrams.md");

    private static List<String> diagrams(String markdown) {
        List<String> diagrams = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(markdown);
        while (matcher.find()) {
            diagrams.add(matcher.group(1));
        }
        return diagrams;
    }

    @Test
    void anAddedTouchpointIsMarkedInTheJourneyOfItsStage() {
        String markdown = markdown("base", "touchpoint-added");

        assertTrue(markdown.contains("""
                ### The journey at the stages this change touches

                ```mermaid
                journey
                  title Corner shop
                  section Purchase
                    Store checkout (no score): 3: Busy parent
                    Express lane (added) (no score): 3
                ```

                Scores are emotion + 3 (1 to 5); GitHub and GitLab draw this diagram.
                """), markdown);
    }

    @Test
    void aRemovedTouchpointStaysInItsStageMarkedRemovedWithItsScore() {
        assertEquals(List.of("""
                journey
                  title Corner shop
                  section Discovery
                    Web search (removed) (no score): 3
                """), diagrams(markdown("base", "touchpoint-removed")));
        assertEquals(List.of("""
                journey
                  title Corner shop
                  section Purchase
                    Store checkout: 2: Busy parent
                """), diagrams(markdown("emotion-base", "emotion-worse")));
    }

    @Test
    void aMoveIsMarkedMovedIn() {
        assertEquals(List.of("""
                journey
                  title Corner shop
                  section Purchase
                    Store checkout (moved in) (no score): 3: Busy parent
                """), diagrams(markdown("base", "touchpoint-moved")));
    }

    @Test
    void noTextFromTheMapBreaksOutOfTheDiagramOrTheComment() {
        String markdown = markdown("base", "hostile-journey");

        assertEquals(List.of("""
                journey
                  title Corner shop
                  section Purchase
                    Evil\uA789 1\uA789 Eve   section Injected \u037E \uFF03 \u02CB\u02CB\u02CB %\uFF05 (added) (no score): 3
                    Store checkout (no score): 3: Busy parent
                """), diagrams(markdown));
        assertEquals(List.of("```mermaid", "```"), markdown.lines().filter(line -> line.matches(" {0,3}(```|~~~).*")).toList(),
                "one fence, opened and closed by Touchmap alone");
    }

    @Test
    void aChangeToNoTouchpointDrawsNoJourney() {
        assertFalse(markdown("base", "structure").contains("```mermaid"));
        assertFalse(markdown("base", "base").contains("```mermaid"));
    }

    /**
     * Gathers every diagram written for the example, the diff fixtures and the hostile maps into one Markdown file,
     * which .ci/mermaid.sh renders with mermaid-cli in one batch, so that each really parses and draws.
     */
    @Test
    void everyDiagramIsGatheredForMermaidCli() throws IOException {
        StringBuilder all = new StringBuilder("# Every Mermaid diagram Touchmap writes for its example and fixtures\n\n");
        List<Path> maps = new ArrayList<>(List.of(Path.of("../example-site/src/touchmap"),
                Path.of("src/test/resources/io/touchmap/render/mermaid/hostile-journey"),
                Path.of("src/test/resources/io/touchmap/render/html/hostile-map")));
        try (Stream<Path> fixtures = Files.list(Fixtures.ROOT)) {
            fixtures.filter(Files::isDirectory).sorted().forEach(maps::add);
        }
        int count = 0;
        for (Path map : maps) {
            MemoryOutput output = new MemoryOutput();
            new MermaidFormat().render(Touchmap.load(map), ReportSettings.DEFAULT, output);
            for (var file : output.files().keySet().stream().sorted().toList()) {
                all.append("## ").append(map.getFileName()).append(" / ").append(file).append("\n\n```mermaid\n")
                        .append(output.text(file)).append("```\n\n");
                count++;
            }
            if (!map.getFileName().toString().equals("base") && map.startsWith(Fixtures.ROOT)) {
                String before = map.getFileName().toString().startsWith("emotion") ? "emotion-base"
                        : map.getFileName().toString().startsWith("fr-") ? "fr-base" : "base";
                for (String diagram : diagrams(markdown(before, map.getFileName().toString()))) {
                    all.append("## diff ").append(before).append(" → ").append(map.getFileName()).append("\n\n```mermaid\n")
                            .append(diagram).append("```\n\n");
                    count++;
                }
            }
        }
        Files.createDirectories(ALL_DIAGRAMS.getParent());
        Files.writeString(ALL_DIAGRAMS, all);
        assertTrue(count > 30, "diagrams gathered: " + count);
    }
}
