package io.touchmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands run in-process, in a working directory of their own, as a user runs them in a terminal. */
class CommandLineTest {

    @TempDir
    Path work;

    /** One run: its exit code and the lines it printed on each stream. */
    record Run(int exitCode, List<String> out, List<String> err) {
    }

    private Run run(String... args) {
        return runWith(Map.of(), args);
    }

    private Run runWith(Map<String, String> environment, String... args) {
        CommandLine commandLine = TouchmapCommand.commandLine(work, environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString().lines().toList(), err.toString().lines().toList());
    }

    private void map(String fixture) {
        Fixtures.copy(fixture, work.resolve("src/touchmap"));
    }

    @Test
    void aValidMapExitsWith0AndPrintsItsSummaryOnTheOutputStream() {
        map("valid");

        assertEquals(new Run(0, List.of("Touchmap: 0 errors, 0 warnings in src/touchmap"), List.of()), run("validate"));
    }

    @Test
    void aMapWithOneErrorExitsWith1AndPrintsTheErrorAtItsLineAndColumnOnTheErrorStream() {
        map("one-error");

        assertEquals(new Run(1, List.of(), List.of(
                "src/touchmap/map.yaml:15:1: error TM001 a tab character is used for indentation; indent with spaces, not tabs",
                "Touchmap: 1 error, 0 warnings in src/touchmap")), run("validate"));
    }

    @Test
    void theSourceDirectoryIsReadRelativeToTheWorkingDirectoryAndShownSo() {
        Fixtures.copy("one-error", work.resolve("maps/bakery"));

        Run run = run("validate", "--source-directory", "maps/bakery");

        assertEquals(1, run.exitCode());
        assertEquals("Touchmap: 1 error, 0 warnings in maps/bakery", run.err().get(1));
    }

    @Test
    void warningsExitWith0UnlessFailOnWarningIsSet() {
        map("one-warning");

        Run passing = run("validate");
        Run failing = run("validate", "--fail-on-warning");

        assertEquals(0, passing.exitCode());
        assertEquals(List.of("Touchmap: 0 errors, 1 warning in src/touchmap"), passing.out());
        assertEquals(1, failing.exitCode());
        assertEquals("Touchmap: 0 errors, 1 warning in src/touchmap (failOnWarning is true)", failing.err().get(1));
    }

    @Test
    void validateWritesTheSarifLogItIsAskedFor() {
        map("one-error");

        Run run = run("validate", "--sarif", "target/touchmap/touchmap.sarif");

        assertEquals(new Run(1, List.of("Touchmap: wrote target/touchmap/touchmap.sarif"), run.err()), run);
        assertTrue(Files.isRegularFile(work.resolve("target/touchmap/touchmap.sarif")));
    }

    @Test
    void anUnknownOptionIsBadUsageWithExitCode2() {
        map("valid");

        Run run = run("validate", "--bogus");

        assertEquals(2, run.exitCode());
        assertEquals("Unknown option: '--bogus'", run.err().get(0));
    }

    @Test
    void anUnknownLocaleIsBadUsageWithExitCode2() {
        map("valid");

        assertEquals(new Run(2, List.of(), List.of("Touchmap: unknown locale 'de'; expected one of [en, fr]")),
                run("validate", "--locale", "de"));
    }

    @Test
    void anUnknownOrMalformedLimitIsBadUsageWithExitCode2() {
        map("valid");

        Run unknown = run("validate", "--limit", "maxPages=3");
        Run notANumber = run("validate", "--limit", "maxTouchpoints=many");
        Run noValue = run("validate", "--limit", "maxTouchpoints");

        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().get(0).startsWith("Touchmap: unknown limit 'maxPages'; the limits are "), unknown.err().get(0));
        assertEquals(new Run(2, List.of(), List.of("Touchmap: limit 'maxTouchpoints' must be a whole number, not 'many'")), notANumber);
        assertEquals(2, noValue.exitCode());
    }

    @Test
    void aLimitChangedByNameApplies() {
        Fixtures.copy("changed", work.resolve("src/touchmap"));

        Run run = run("validate", "--limit", "maxTouchpoints=1");

        assertEquals(1, run.exitCode());
    }

    @Test
    void aDateThatIsNotADayIsBadUsage() {
        map("valid");

        assertEquals(new Run(2, List.of(), List.of("Touchmap: --date must be a day such as 2026-11-01, not 'yesterday'")),
                run("render", "--date", "yesterday"));
        assertEquals(new Run(2, List.of(), List.of("Touchmap: SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01, not 'soon'")),
                runWith(Map.of("SOURCE_DATE_EPOCH", "soon"), "render"));
    }

    @Test
    void noCommandIsBadUsage() {
        Run run = run();

        assertEquals(2, run.exitCode());
        assertEquals("choose a command: validate, render, diff, init, import or serve", run.err().get(0));
    }

    @Test
    void aFileThatCannotBeWrittenExitsWith3InOneLineAndVerboseAddsTheStackTrace() throws IOException {
        map("valid");
        Files.writeString(work.resolve("blocker"), "a file where a directory should be");

        Run quiet = run("render", "--formats", "html", "--output-directory", "blocker/site");
        Run verbose = run("render", "--formats", "html", "--output-directory", "blocker/site", "--verbose");

        assertEquals(3, quiet.exitCode());
        assertEquals(1, quiet.err().size(), String.join("\n", quiet.err()));
        assertTrue(quiet.err().get(0).startsWith("Touchmap: cannot write the report to "), quiet.err().get(0));
        assertEquals(3, verbose.exitCode());
        assertEquals(quiet.err().get(0), verbose.err().get(0));
        assertTrue(verbose.err().stream().anyMatch(line -> line.startsWith("\tat ")), String.join("\n", verbose.err()));
    }

    @Test
    void renderWritesTheSiteAndThePdfThenFindsThemUpToDate() {
        map("valid");

        Run first = run("render", "--date", "2026-11-01");
        Run second = run("render", "--date", "2026-11-01");

        assertEquals(0, first.exitCode(), String.join("\n", first.err()));
        assertTrue(Files.isRegularFile(work.resolve("target/touchmap/index.html")));
        assertTrue(Files.isRegularFile(work.resolve("target/touchmap/bakery.pdf")), first.out().toString());
        assertEquals(new Run(0, List.of("Touchmap: 0 errors, 0 warnings in src/touchmap", "Touchmap: target/touchmap is up to date"), List.of()),
                second);
    }

    @Test
    void renderWithHistoryReadsTheMapsTaggedVersionsFromGit() throws Exception {
        map("valid");
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            for (String version : List.of("1.0", "1.1")) {
                Path map = work.resolve("src/touchmap/map.yaml");
                Files.writeString(map, Files.readString(map).replaceFirst("(?m)^  title: .*$", "  title: Bakery " + version));
                git.add().addFilepattern(".").call();
                git.commit().setMessage("version " + version).setSign(false).setAuthor("Team", "team@example.org")
                        .setCommitter("Team", "team@example.org").call();
                git.tag().setName("v" + version).call();
            }
        }

        Run run = run("render", "--formats", "html", "--history", "2", "--date", "2026-11-01");

        assertEquals(0, run.exitCode(), String.join("\n", run.err()));
        String history = Files.readString(work.resolve("target/touchmap/history.json"));
        assertTrue(history.contains("v1.0") && history.contains("v1.1"), history);
        assertTrue(Files.isRegularFile(work.resolve("target/touchmap/history.html")));
    }

    @Test
    void aNegativeHistoryIsBadUsage() {
        map("valid");

        Run run = run("render", "--history", "-1");

        assertEquals(2, run.exitCode());
        assertEquals("--history must be 0 (none) or a number of past versions to read, not -1", run.err().get(0));
    }

    @Test
    void serveServesTheMapOnTheAddressItPrintsUntilStopped() throws Exception {
        map("valid");
        CommandLine commandLine = TouchmapCommand.commandLine(work, Map.of());
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        int[] exitCode = {-1};
        Thread serving = new Thread(() -> exitCode[0] = commandLine.execute("serve", "--port", "0"));
        serving.start();
        try {
            java.util.regex.Matcher address = java.util.regex.Pattern.compile("Touchmap: serving src/touchmap on (http://127\\.0\\.0\\.1:\\d+/) \\(stop with Ctrl\\+C\\)")
                    .matcher("");
            long deadline = System.currentTimeMillis() + 30_000;
            while (!address.reset(out.toString()).find() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(address.reset(out.toString()).find(), out.toString());
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(address.group(1))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Shop window"), page.body());
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertEquals(0, exitCode[0]);
        assertTrue(out.toString().contains("Touchmap: 0 errors, 0 warnings in src/touchmap"), out.toString());
        assertTrue(out.toString().endsWith("Touchmap: preview stopped" + System.lineSeparator()), out.toString());
    }

    @Test
        void pageSizeSizesThePdfMapPageAndAnUnknownOneIsBadUsage() throws IOException {
        map("valid");

        Run tabloid = run("render", "--formats", "pdf", "--page-size", "Tabloid");

        assertEquals(0, tabloid.exitCode(), String.join("\n", tabloid.err()));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                work.resolve("target/touchmap/bakery.pdf").toFile())) {
            List<String> sizes = new java.util.ArrayList<>();
            pdf.getPages().forEach(page -> sizes.add(Math.round(page.getMediaBox().getWidth()) + "x"
                    + Math.round(page.getMediaBox().getHeight())));
            assertTrue(sizes.contains("1224x792"), "the map on a landscape tabloid page: " + sizes);
            assertTrue(sizes.stream().allMatch(size -> size.equals("1224x792") || size.equals("595x842")), sizes::toString);
        }
        assertEquals(new Run(2, List.of(), List.of("Touchmap: unknown page size 'B5'; expected one of A3, A4, tabloid, letter (in any case)")),
                run("render", "--page-size", "B5"));
    }

    @Test
    void renderWritesOnlyTheFormatsAskedForIntoTheOutputDirectory() {
        map("valid");

        Run run = runWith(Map.of("SOURCE_DATE_EPOCH", "1790000000"), "render", "--formats", "html", "--output-directory", "site");

        assertEquals(0, run.exitCode(), String.join("\n", run.err()));
        assertTrue(Files.isRegularFile(work.resolve("site/index.html")));
        assertFalse(Files.exists(work.resolve("site/bakery.pdf")));
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        map("valid");

        Run run = run("render", "--formats", "docx");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().get(0).startsWith("Touchmap: "), run.err().get(0));
    }

    @Test
    void diffWritesTheMarkdownAgainstABaselineDirectoryAndFailsOnTheChangesAskedFor() {
        map("changed");
        Fixtures.copy("valid", work.resolve("baseline"));

        Run passing = run("diff", "--baseline", "baseline", "--diff-formats", "markdown");
        Run failing = run("diff", "--baseline", "baseline", "--diff-formats", "markdown", "--fail-on", "added");

        assertEquals(new Run(0, List.of(
                "Touchmap diff against baseline: 1 touchpoint added",
                "Touchmap: wrote the diff for a pull-request comment: target/touchmap/diff.md"), List.of()), passing);
        assertTrue(Files.isRegularFile(work.resolve("target/touchmap/diff.md")));
        assertFalse(Files.exists(work.resolve("target/touchmap/diff.json")));
        assertEquals(new Run(1, passing.out(), List.of("Touchmap: 1 touchpoint was added (failOn added)")), failing);
    }

    @Test
    void diffWithoutABaselineIsBadUsage() {
        map("valid");

        assertEquals(new Run(2, List.of(), List.of("Touchmap: set exactly one of baseline (a map directory) or baseRef (a git revision), "
                + "such as -Dtouchmap.baseRef=origin/main")), run("diff"));
    }

    @Test
    void initWritesAStarterMapThatValidatesAndRefusesToWriteOverIt() throws IOException {
        Run init = run("init");
        String written = Files.readString(work.resolve("src/touchmap/map.yaml"), StandardCharsets.UTF_8);
        Run validate = run("validate");
        Run again = run("init");

        assertEquals(new Run(0, List.of("Touchmap: wrote src/touchmap/map.yaml; check it with: touchmap validate"), List.of()), init);
        assertEquals(new Run(0, List.of("Touchmap: 0 errors, 0 warnings in src/touchmap"), List.of()), validate);
        assertEquals(new Run(2, List.of(), List.of(
                "Touchmap: src/touchmap already holds a map (src/touchmap/map.yaml); init writes nothing over it")), again);
        assertEquals(written, Files.readString(work.resolve("src/touchmap/map.yaml"), StandardCharsets.UTF_8));
    }

    @Test
    void initWritesTheStarterMapInTheLanguageAskedFor() throws IOException {
        Run init = run("init", "--locale", "fr", "--source-directory", "carte");
        Run validate = run("validate", "--source-directory", "carte");

        assertEquals(new Run(0, List.of("Touchmap: wrote carte/map.yaml; check it with: touchmap validate --source-directory carte"),
                List.of()), init);
        assertTrue(Files.readString(work.resolve("carte/map.yaml"), StandardCharsets.UTF_8).contains("\n  locale: fr\n"));
        assertEquals(0, validate.exitCode(), String.join("\n", validate.err()));
        assertEquals(2, run("init", "--locale", "de", "--source-directory", "other").exitCode());
    }

    @Test
    void importTurnsAMermaidJourneyIntoAStarterMapThatValidatesAndRefusesToWriteOverAMap() throws IOException {
        Files.writeString(work.resolve("journey.mmd"), "journey\n  title Day\n  section Go\n    Tea: 5: Me\n  section Back\n    Bus: 2\n");

        Run imported = run("import", "journey.mmd");
        String written = Files.readString(work.resolve("src/touchmap/map.yaml"), StandardCharsets.UTF_8);
        Run validate = run("validate");
        Run again = run("import", "journey.mmd");

        assertEquals(new Run(0, List.of("Touchmap: imported 2 stages and 2 touchpoints into src/touchmap/map.yaml; "
                + "check it with: touchmap validate"), List.of()), imported);
        assertEquals(0, validate.exitCode(), String.join("\n", validate.err()));
        assertEquals(new Run(2, List.of(), List.of("Touchmap: src/touchmap/map.yaml already exists in src/touchmap; "
                + "import writes nothing over a map: choose an empty directory")), again);
        assertEquals(written, Files.readString(work.resolve("src/touchmap/map.yaml"), StandardCharsets.UTF_8));
        assertEquals(new Run(2, List.of(), List.of("Touchmap: no journey file missing.mmd")), run("import", "missing.mmd", "--source-directory", "x"));
        Files.writeString(work.resolve("graph.mmd"), "graph TD\n");
        assertEquals(new Run(2, List.of(), List.of("Touchmap: graph.mmd: line 1: a Mermaid journey starts with 'journey', not 'graph TD'")),
                run("import", "graph.mmd", "--source-directory", "y"));
    }

    @Test
    void everyCommandHasItsHelpAndTheVersion() {
        for (String command : List.of("validate", "render", "diff", "init", "import")) {
            Run help = run(command, "--help");

            assertEquals(0, help.exitCode());
            assertTrue(help.out().get(0).startsWith("Usage: touchmap " + command + " "), help.out().get(0));
        }
        Run version = run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().get(0).matches("touchmap \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version.out().get(0));
    }
}
