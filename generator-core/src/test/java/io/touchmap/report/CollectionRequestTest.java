package io.touchmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.diff.FailCondition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of two maps through every goal: each map is checked, reported and compared on its own. */
class CollectionRequestTest {

    static final String BAKERY = """
            map: { id: bakery, title: Bakery }
            stages: [{ id: buy, name: Buy, phase: purchase }]
            channels: [{ id: shop, name: Shop, type: analog }]
            touchpoints:
              - id: till
                name: Till
                stage: buy
                channel: shop
                kpis: [{ id: footfall, name: Footfall, target: 100, cadence: yearly, data: kpis/footfall.csv }]
            """;

    static final String FLORIST = """
            map: { id: florist, title: Florist, locale: fr }
            stages: [{ id: buy, name: Achat, phase: purchase }]
            channels: [{ id: web, name: Site, type: digital }]
            touchpoints:
              - { id: order, name: Commande, stage: buy, channel: web }
            """;

    @TempDir
    Path project;

    private Path source;

    @BeforeEach
    void twoMaps() throws IOException {
        source = project.resolve("src/touchmap");
        write("src/touchmap/bakery/map.yaml", BAKERY);
        write("src/touchmap/bakery/kpis/footfall.csv", "period,value\n2026-01,90\n2026-02,110\n");
        write("src/touchmap/florist/map.yaml", FLORIST);
        write("src/touchmap/README.md", "Our maps\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Request request() {
        return Request.of(source).base(project).output(project.resolve("target/touchmap"))
                .settings(io.touchmap.render.ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1)));
    }

    private static List<String> texts(Outcome outcome) {
        return outcome.lines().stream().map(line -> line.level() + " " + line.text()).toList();
    }

    @Test
    void eachMapIsValidatedOnItsOwnWithPathsRelativeToTheProject() throws IOException {
        Outcome outcome = request().validate();

        assertFalse(outcome.failed());
        assertEquals(List.of(
                "INFO Touchmap: 0 errors, 0 warnings in src/touchmap/bakery",
                "WARNING src/touchmap/florist/map.yaml:5:11: warning TM201 le point de contact 'order' n'a aucun indicateur\u202f; "
                        + "ajoutez un indicateur sous 'kpis' pour le mesurer",
                "INFO Touchmap: 0 errors, 1 warning in src/touchmap/florist"), texts(outcome));
    }

    @Test
    void theGoalsLocaleChoosesTheLanguageOfEveryMapsDiagnostics() throws IOException {
        Outcome outcome = request().settings(io.touchmap.render.ReportSettings.DEFAULT.withLanguage("en")).validate();

        assertTrue(texts(outcome).contains("WARNING src/touchmap/florist/map.yaml:5:11: warning TM201 touchpoint 'order' has no KPI; "
                + "add a KPI under 'kpis' to measure it"), texts(outcome).toString());
    }

    @Test
    void aMapWithErrorsFailsTheBuildWithTheMessageOfThatMapAlone() throws IOException {
        write("src/touchmap/florist/map.yaml", FLORIST.replace("phase: purchase", "phase: buying"));

        Outcome outcome = request().validate();

        assertEquals("Touchmap: 1 error, 1 warning in src/touchmap/florist", outcome.failure().orElseThrow());
        assertTrue(texts(outcome).contains("INFO Touchmap: 0 errors, 0 warnings in src/touchmap/bakery"), texts(outcome).toString());
    }

    @Test
    void theSarifLogIsOneRunWithTheResultsOfEveryMap() throws IOException {
        write("src/touchmap/bakery/kpis/footfall.csv", "period,value\n2026-13,90\n");
        Path sarif = project.resolve("target/touchmap.sarif");

        Outcome outcome = request().sarif(sarif).validate();

        String log = Files.readString(sarif);
        assertEquals(1, Pattern.compile("\"tool\"").matcher(log).results().count());
        assertTrue(log.contains("\"uri\": \"src/touchmap/bakery/kpis/footfall.csv\""), log);
        assertTrue(log.contains("\"uri\": \"src/touchmap/florist/map.yaml\""), log);
        // each message in the language of its map: English for the bakery, French for the florist
        assertTrue(log.contains("\"text\": \"period '2026-13' is not valid; use a month from 01 to 12"), log);
        assertTrue(log.contains("\"text\": \"le point de contact 'order' n'a aucun indicateur\u202f; ajoutez un indicateur sous 'kpis' pour le mesurer\""), log);
        assertEquals("INFO Touchmap: wrote target/touchmap.sarif", texts(outcome).get(0));
        assertTrue(outcome.failed());
    }

    @Test
    void everyMapIsRenderedAndTheCollectionIsUpToDateUntilAFileTheLoaderReadChanges() throws IOException {
        Outcome first = request().formats(List.of("html")).render();

        assertFalse(first.failed());
        assertTrue(Files.isRegularFile(project.resolve("target/touchmap/index.html")));
        assertTrue(Files.isRegularFile(project.resolve("target/touchmap/bakery/kpis/footfall.html")));
        assertTrue(Files.isRegularFile(project.resolve("target/touchmap/florist/touchpoints/order.html")));
        assertTrue(texts(first).contains("INFO Touchmap: wrote the 2 maps of src/touchmap; open target/touchmap/index.html"));

        write("src/touchmap/README.md", "Our maps, described at length\n");
        Outcome second = request().formats(List.of("html")).render();
        assertTrue(second.upToDate());
        assertEquals("INFO Touchmap: target/touchmap is up to date", texts(second).get(texts(second).size() - 1));

        write("src/touchmap/bakery/kpis/footfall.csv", "period,value\n2026-01,90\n2026-02,120\n");
        assertFalse(request().formats(List.of("html")).render().upToDate());
    }

    @Test
    void theSiteReportHoldsEveryMapAndNoStamp() throws IOException {
        Path site = project.resolve("target/site/touchmap");

        Outcome outcome = request().siteReport(site);

        assertFalse(outcome.failed());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.isRegularFile(site.resolve("bakery/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("florist/index.html")));
        assertFalse(Files.exists(site.resolve("florist/florist.pdf")));
        assertFalse(Files.exists(site.resolve(RenderStamp.FILE_NAME)));
    }

    @Test
    void theDiffComparesMapByMapAndNamesTheMapsAddedAndRemoved() throws IOException {
        write("baseline/bakery/map.yaml", BAKERY.replace("target: 100", "target: 80"));
        write("baseline/bakery/kpis/footfall.csv", "period,value\n2026-01,90\n2026-02,110\n");
        write("baseline/closed/map.yaml", BAKERY.replace("id: bakery, title: Bakery", "id: closed, title: Closed shop")
                .replace("data: kpis/footfall.csv", "series: [{ period: 2026-01, value: 3 }]"));

        Outcome outcome = request().baseline(project.resolve("baseline")).failOn(Set.of(FailCondition.REMOVED)).diff();

        String json = Files.readString(project.resolve("target/touchmap/diff.json"));
        assertTrue(json.startsWith("{\n  \"version\": 2,\n  \"maps\": [\n    {\n      \"version\": 1,\n"), json);
        assertEquals(1, Pattern.compile("\"version\": 1").matcher(json).results().count());
        assertTrue(json.contains("\"added\": [\n    {\n      \"label\": \"src/touchmap/florist\",\n      \"id\": \"florist\""), json);
        assertTrue(json.contains("\"removed\": [\n    {\n      \"label\": \"baseline/closed\",\n      \"id\": \"closed\""), json);
        String markdown = Files.readString(project.resolve("target/touchmap/diff.md"));
        assertTrue(markdown.startsWith("<!-- touchmap-diff -->\n## Touchpoint map changes\n\n**1 map changed, 1 added, 1 removed**\n"), markdown);
        assertTrue(markdown.contains("\n## Changes to Bakery\n"), markdown);
        assertTrue(Files.readString(project.resolve("target/touchmap/diff.html")).contains("<a href=\"diff/bakery.html\">"));
        assertTrue(Files.isRegularFile(project.resolve("target/touchmap/diff/bakery.html")));
        assertTrue(texts(outcome).contains("INFO Touchmap diff against baseline: 1 map changed, 1 added, 1 removed"), texts(outcome).toString());
        assertEquals("Touchmap: 1 touchpoint was removed (failOn removed)", outcome.failure().orElseThrow());
    }

    @Test
    void theDiffOfASingleMapKeepsVersionOne() throws IOException {
        write("before/map.yaml", BAKERY.replace("data: kpis/footfall.csv", "series: [{ period: 2026-01, value: 3 }]"));
        write("now/map.yaml", BAKERY.replace("data: kpis/footfall.csv", "series: [{ period: 2026-01, value: 4 }]"));

        Outcome outcome = Request.of(project.resolve("now")).base(project).output(project.resolve("out")).baseline(project.resolve("before")).diff();

        assertFalse(outcome.failed());
        assertTrue(Files.readString(project.resolve("out/diff.json")).startsWith("{\n  \"version\": 1,\n  \"baseline\": {"));
    }
}
