package io.touchmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static final Path LAUNCHER = Path.of(System.getProperty("touchmap.cli.launcher", "target/touchmap")).toAbsolutePath();

    private Run java(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    private Run java(List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    /** The launcher script run by {@code sh}, as a user runs {@code touchmap}, with {@code environment} added. */
    private Run launcher(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    private Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        process.environment().remove("SOURCE_DATE_EPOCH");
        process.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process.environment().putAll(environment);
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
    void inAHeapTooSmallTheJarSaysToGiveJavaMoreAndWritesNothing() throws Exception {
        Fixtures.copy("valid", work.resolve("src/touchmap"));

        Run run = java(List.of("-Xmx8m"), "render");

        assertEquals(3, run.exitCode(), String.join("\n", run.err()));
        assertEquals("Touchmap: Java ran out of memory: its heap holds at most 8 MB; give it more with -Xmx (java -Xmx1g"
                + " -jar …, or JAVA_OPTS=-Xmx1g for the touchmap launcher: 1 GB renders a map of 10,000 touchpoints)",
                run.err().get(run.err().size() - 1));
        // no site, no PDF, and no half-written folder beside where they would go
        try (var written = Files.list(work.resolve("target"))) {
            assertEquals(List.of(), written.toList());
        }
    }

    @Test
    void stoppedWhileItRendersTheJarLeavesNoHalfWrittenFolder() throws Exception {
        // a map of 400 touchpoints with a chart each: a render of a few seconds
        StringBuilder map = new StringBuilder("""
                map: { id: big, title: Big, locale: en, date: 2026-10-01 }
                stages: [{ id: buy, name: Buy, phase: purchase }]
                channels: [{ id: shop, name: Shop, type: analog }]
                touchpoints:
                """);
        for (int i = 0; i < 400; i++) {
            map.append("  - { id: t").append(i).append(", name: T").append(i).append(", stage: buy, channel: shop, kpis: [{ id: k")
                    .append(i).append(", name: K").append(i).append(", target: 5, series: [{ period: 2026-09, value: 4 },")
                    .append(" { period: 2026-10, value: 6 }] }] }\n");
        }
        Files.createDirectories(work.resolve("src/touchmap"));
        Files.writeString(work.resolve("src/touchmap/map.yaml"), map);
        Process render = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "render").directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("out.txt").toFile()).start();
        Path target = work.resolve("target");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (render.isAlive() && System.nanoTime() < deadline && staging(target).isEmpty()) {
            Thread.sleep(10);
        }

        render.destroy();  // SIGTERM, as Ctrl+C or a CI job's cancel stops a process
        render.waitFor();

        assertEquals(List.of(), staging(target), "no staging folder is left, whenever the render is stopped");
    }

    /** The hidden folders a render writes into before it moves them into place. */
    private static List<String> staging(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (var entries = Files.list(target)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
        }
    }

    @Test
    void theLauncherRecordsAClassArchiveOnItsFirstRunAndStartsFromItAfter() throws Exception {
        Fixtures.copy("valid", work.resolve("src/touchmap"));
        Path cache = work.resolve("cache");
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString());
        Run expected = new Run(0, List.of("Touchmap: 0 errors, 0 warnings in src/touchmap"), List.of());

        assertEquals(expected, launcher(environment, "validate"));
        List<Path> archives;
        try (var files = Files.list(cache.resolve("touchmap/cds"))) {
            archives = files.toList();
        }
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().matches("touchmap-.+-\\d+\\.jsa"), archives.toString());
        assertTrue(Files.size(archives.get(0)) > 1_000_000, archives + " is " + Files.size(archives.get(0)) + " bytes");

        java.nio.file.attribute.FileTime recorded = Files.getLastModifiedTime(archives.get(0));
        // -Xshare:on stops the JVM unless it can map the archive: the second run does start from it
        assertEquals(expected, launcher(Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", "-Xshare:on"), "validate"));
        try (var files = Files.list(cache.resolve("touchmap/cds"))) {
            assertEquals(archives, files.toList(), "the second run starts from the first run's archive");
        }
        assertEquals(recorded, Files.getLastModifiedTime(archives.get(0)));
        assertEquals(expected, launcher(Map.of("XDG_CACHE_HOME", cache.toString(), "TOUCHMAP_CDS", "off"), "validate"));
    }

    @Test
    void theLauncherRunsWithTheQuickCompilerAndTheParallelCollectorUnlessJavaOptsSayOtherwise() throws Exception {
        Fixtures.copy("valid", work.resolve("src/touchmap"));
        Run tuned = launcher(Map.of("TOUCHMAP_CDS", "off", "JAVA_OPTS", "-XX:+PrintFlagsFinal -Xlog:gc:stderr"), "validate");
        assertEquals(0, tuned.exitCode(), String.join("\n", tuned.err()));
        assertTrue(tuned.err().stream().anyMatch(line -> line.endsWith("Using Parallel")), tuned.err().toString());
        assertEquals("1", flag(tuned, "TieredStopAtLevel"));

        Run chosen = launcher(Map.of("TOUCHMAP_CDS", "off",
                "JAVA_OPTS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal -Xlog:gc:stderr"), "validate");
        assertEquals(0, chosen.exitCode(), String.join("\n", chosen.err()));
        assertTrue(chosen.err().stream().anyMatch(line -> line.endsWith("Using Serial")), chosen.err().toString());
        assertEquals("4", flag(chosen, "TieredStopAtLevel"));

        // through the class archive too
        Run archived = launcher(Map.of("XDG_CACHE_HOME", work.resolve("cache").toString(), "JAVA_OPTS", "-Xlog:gc:stderr"), "validate");
        assertTrue(archived.err().stream().anyMatch(line -> line.endsWith("Using Parallel")), archived.err().toString());
    }

    @Test
    void theJarKeepsACommandToTheQuickCompilerUnlessJavaWasToldWhichCompilersToUse() throws Exception {
        Fixtures.copy("valid", work.resolve("src/touchmap"));

        // Java prints "### Excluding compile: <method>" for each method the directive keeps from its optimising compiler
        Run plain = java(List.of("-XX:+PrintCompilation"), "render");
        assertEquals(0, plain.exitCode(), String.join("\n", plain.err()));
        assertTrue(plain.out().stream().anyMatch(line -> line.startsWith("### Excluding compile: ")), plain.out().size() + " lines");

        Run chosen = java(List.of("-XX:+PrintCompilation", "-XX:TieredStopAtLevel=4"), "render");
        assertEquals(0, chosen.exitCode(), String.join("\n", chosen.err()));
        assertTrue(chosen.out().stream().noneMatch(line -> line.startsWith("### Excluding")), "the optimising compiler stays on");
        assertTrue(chosen.out().stream().anyMatch(line -> line.matches(" *\\d+ +\\d+ +[%sbn! ]*4 +\\S+::.*")),
                "methods compiled at level 4, the optimising compiler's");
    }

    @Test
    void aCommandThatEndsAtOnceLeavesNoFileInTheTemporaryFolder() throws Exception {
        Path temporary = Files.createDirectory(work.resolve("tmp"));
        for (int run = 0; run < 5; run++) {
            // ends while Java's management classes, which take the compiler directive's file, may still be starting
            assertEquals(0, java(List.of("-Djava.io.tmpdir=" + temporary), "--version").exitCode());
        }
        try (var left = Files.list(temporary)) {
            assertEquals(List.of(), left.toList());
        }
    }

    /** The value of the JVM flag {@code name} as {@code -XX:+PrintFlagsFinal} printed it in {@code run}'s output. */
    private static String flag(Run run, String name) {
        return run.out().stream().map(String::trim).filter(line -> line.matches("\\w+ " + name + " +=.*"))
                .map(line -> line.replaceAll("^\\w+ " + name + " += (\\S+).*$", "$1")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + run.out().size() + " lines"));
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
