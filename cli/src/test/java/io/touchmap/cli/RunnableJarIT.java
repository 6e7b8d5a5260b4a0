package io.touchmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar run as a real process, {@code java -jar touchmap-cli.jar}: it holds every class and resource it needs. */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("touchmap.cli.jar", "target/touchmap-cli.jar")).toAbsolutePath();

    @TempDir
    Path work;

    /** One process: its exit code and what it printed on each stream. */
    record Run(int exitCode, List<String> out, List<String> err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        process.environment().remove("SOURCE_DATE_EPOCH");
        int exitCode = process.start().waitFor();
        return new Run(exitCode, Files.readAllLines(out, StandardCharsets.UTF_8), Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarValidatesAMapAndExitsWith1OnItsError() throws Exception {
        Fixtures.copy("one-error", work.resolve("src/touchmap"));

        assertEquals(new Run(1, List.of(), List.of(
                "src/touchmap/map.yaml:15:1: error TM001 a tab character is used for indentation; indent with spaces, not tabs",
                "Touchmap: 1 error, 0 warnings in src/touchmap")), java("validate"));
    }

    @Test
    void theJarRendersTheSiteAndThePdf() throws Exception {
        Fixtures.copy("valid", work.resolve("src/touchmap"));

        Run run = java("render", "--date", "2026-11-01", "--history", "1");

        assertEquals(0, run.exitCode(), String.join("\n", run.err()));
        assertTrue(Files.isRegularFile(work.resolve("target/touchmap/index.html")));
        assertTrue(Files.isRegularFile(work.resolve("target/touchmap/bakery.pdf")));
        // reading git (here: finding no repository) prints no library's line, such as SLF4J's "no binding" notice
        assertTrue(java.util.stream.Stream.concat(run.out().stream(), run.err().stream()).allMatch(line -> line.startsWith("Touchmap")),
                run.out() + "\n" + run.err());
    }

    @Test
    void theJarInitsAStarterMapAndTellsItsVersion() throws Exception {
        assertEquals(0, java("init", "--locale", "fr").exitCode());
        assertEquals(new Run(0, List.of("Touchmap: 0 errors, 0 warnings in src/touchmap"), List.of()), java("validate"));
        Run version = java("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().get(0).startsWith("touchmap "), version.out().get(0));
        assertEquals(2, java("render", "--unknown").exitCode());
    }
}
