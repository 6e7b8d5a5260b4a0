package io.touchmap.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a goal's failure reaches Maven: as a message that says what to do. */
class TouchmapParametersTest {

    @Test
    void runningOutOfMemoryFailsTheGoalSayingHowToGiveMavenMore(@TempDir Path dir) {
        TouchmapParameters parameters = new TouchmapParameters(dir.toFile(), dir.toFile(), false, Map.of(), null, null);
        BuildLog log = BuildLog.of(new SystemStreamLog(), null, null, new HashMap<>());

        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> parameters.run(log, request -> {
                    throw new OutOfMemoryError("Java heap space");
                }));

        assertEquals("Touchmap: Java ran out of memory on " + dir + ": Maven's heap holds at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; give it more with -Xmx in .mvn/jvm.config or"
                + " MAVEN_OPTS (-Xmx1g renders a map of 10,000 touchpoints)", e.getMessage());
    }

    @Test
    void runningOutOfMemoryInsideATryWithResourcesIsStillSaidAsSuch(@TempDir Path dir) {
        TouchmapParameters parameters = new TouchmapParameters(dir.toFile(), dir.toFile(), false, Map.of(), null, null);
        BuildLog log = BuildLog.of(new SystemStreamLog(), null, null, new HashMap<>());
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        Closeable failing = () -> {
            throw full;
        };

        // the JVM's one preallocated error, thrown by a body and by its close(): "Self-suppression not permitted"
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> parameters.run(log, request -> {
                    try (failing) {
                        throw full;
                    }
                }));

        assertTrue(e.getMessage().startsWith("Touchmap: Java ran out of memory on " + dir + ": Maven's heap holds at most "),
                e.getMessage());
    }
}
