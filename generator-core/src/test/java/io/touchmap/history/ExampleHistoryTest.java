package io.touchmap.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.Fixtures;
import io.touchmap.internal.text.Labels;
import io.touchmap.load.Limits;
import io.touchmap.model.MapHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example map's history of twelve tagged versions: every version read, and how long reading them takes. */
class ExampleHistoryTest {

    private static final Path EXAMPLE = Path.of("../example-site/src/touchmap");

    @Test
    void twelveTaggedVersionsOfTheExampleAreReadWithAHeadlineEach(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("src/touchmap");
        Fixtures.copy(EXAMPLE, map);
        Path map_yaml = map.resolve("map.yaml");
        String original = Files.readString(map_yaml);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            for (int version = 1; version <= 12; version++) {
                // each version renames the map, a change the diff's headline tells
                Files.writeString(map_yaml, original.replaceFirst("(?m)^  title: (.*)$", "  title: $1 v" + version));
                git.add().addFilepattern(".").call();
                git.commit().setMessage("version " + version).setSign(false).call();
                git.tag().setName("v" + version).call();
            }
        }
        long disk = System.nanoTime();
        for (int i = 0; i < 12; i++) {
            io.touchmap.Touchmap.load(map);
        }
        System.out.println("Touchmap: loaded the example from disk 12 times in " + (System.nanoTime() - disk) / 1_000_000 + " ms");
        long start = System.nanoTime();
        MapHistory history = History.read(map, 12, Limits.DEFAULT, null, Labels.forLanguage("en"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Touchmap: read the 12 versions of the example's history in " + millis + " ms");
        assertEquals(12, history.versions().size());
        assertTrue(history.versions().stream().allMatch(MapHistory.Version::valid));
        assertEquals("map details changed", history.versions().get(11).headline());
        assertTrue(history.kpis().size() > 0);
    }
}
