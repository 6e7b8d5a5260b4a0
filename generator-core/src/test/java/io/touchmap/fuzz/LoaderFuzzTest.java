package io.touchmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.load.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Feeds arbitrary bytes to the loader and the rules as a map file. Whatever the bytes, loading ends with a result
 * whose diagnostics point into the map, never with an exception.
 *
 * <p>In a normal test run this replays the committed seeds in {@code LoaderFuzzTestInputs/loadsAnyBytes}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see the README's security section).
 */
class LoaderFuzzTest {

    /** Small limits keep each input fast; the limits themselves are part of what is exercised. */
    private static final Limits LIMITS = new Limits(256 * 1024, 1024 * 1024, 10, 32, 20, 200_000, 10_000, 1_000, 2_000, 20_000);

    @FuzzTest(maxDuration = "60s")
    void loadsAnyBytes(byte[] input) throws IOException {
        Path directory = Files.createTempDirectory("touchmap-fuzz");
        try {
            Files.write(directory.resolve("map.yaml"), input);
            LoadResult result = Touchmap.load(directory, LIMITS);
            assertNotNull(result.map());
            for (Diagnostic diagnostic : result.diagnostics()) {
                assertTrue(diagnostic.location().file().startsWith(directory.toRealPath().getParent().getParent())
                        || diagnostic.location().file().startsWith(directory), diagnostic.toString());
                assertNotNull(diagnostic.format(directory));
            }
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
