package io.touchmap.render.pdf;

import static io.touchmap.render.pdf.PdfFixtures.number;
import static io.touchmap.render.pdf.PdfFixtures.open;
import static io.touchmap.render.pdf.PdfFixtures.render;
import static io.touchmap.render.pdf.PdfFixtures.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF's views of the map, as the site shows them: the worst-first summary right after the contents, a page per
 * persona with only that persona's touchpoints, each stage's column over its sheets, and the competitors as lettered
 * dots on the map's own grid.
 */
class PdfViewsTest {

    private static LoadResult views;
    private static byte[] pdf;

    @BeforeAll
    static void renderTheViewsMap() throws IOException {
        views = PdfFixtures.load("views-map");
        pdf = render(views);
    }

    @Test
    void theSummaryIsThePageRightAfterTheContentsWithTheKpisOffTargetFarthestFirstThenById() throws IOException {
        try (PDDocument document = open(pdf)) {
            List<String> sections = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> sections.add(item.getTitle()));
            assertEquals(List.of("Contents", "At a glance"), sections.subList(0, 2));
            int summary = page(document, "At a glance");
            assertEquals(page(document, "Contents") + 1, summary);
            assertEquals(3, summary);
            List<String> lines = List.of(text(document, summary).split("\n"));
            // Returns is 150 % away from its target; Signups and Clicks both 40 %, in the order of their ids
            // (alpha-signups, beta-clicks); the arrow and word give the sign of the last change.
            assertEquals(List.of(
                    "\u2717 Returns Online checkout 5 % for a target of 2 %, 150 % away \u2192 unchanged",
                    "\u2717 Signups Store visit 30 for a target of 50, 40 % away \u2197 rising",
                    "\u2717 Clicks Banner advert 60 for a target of 100, 40 % away \u2198 falling"),
                    lines.stream().filter(line -> line.startsWith("\u2717 ")).toList());
            assertEquals(List.of("\u25B2 Visits Store visit 9 for a target of 10, 10 % away \u2192 unchanged"),
                    lines.stream().filter(line -> line.startsWith("\u25B2 ")).toList());
            assertEquals(List.of("Touchpoints with a negative emotion (2)", "KPIs off target (3)", "KPIs in warning (1)",
                    "KPIs gone stale (4)", "Competitor gaps (2)", "Stages with no KPI (1)"),
                    lines.stream().filter(line -> line.matches(".+ \\(\\d+\\)")).toList());
            assertTrue(lines.contains("Online checkout Buy \u00D7 Website \u22122 (Very negative emotion)"), lines::toString);
            assertTrue(lines.contains("A Acme Stores Use \u00D7 Website We are absent"), lines::toString);
            assertTrue(lines.contains("\u25CB Use"), lines::toString);
        }
    }

    @Test
    void theSummarysNamesLinkToTheSheetsAndStagesTheyName() throws IOException {
        try (PDDocument document = open(pdf)) {
            TreeSet<Integer> targets = new TreeSet<>();
            for (PDAnnotation annotation : document.getPage(page(document, "At a glance") - 1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    targets.add(number(document, destination(link)));
                }
            }
            TreeSet<Integer> expected = new TreeSet<>(List.of(page(document, "Online checkout"), page(document, "Banner advert"),
                    page(document, "Store visit"), page(document, "Use")));
            assertEquals(expected, targets);
        }
    }

    @Test
    void aPartOfTheSummaryWithNothingInItSaysSoQuietly() throws IOException {
        try (PDDocument document = open(render(PdfFixtures.load("words-map")))) {
            String summary = text(document, page(document, "En bref"));
            assertTrue(summary.contains("Points de contact à l'émotion négative (0)\nAucun point de contact ne laisse une émotion négative.\n"),
                    summary);
            assertTrue(summary.contains("Indicateurs hors objectif (0)\nAucun indicateur n'est hors objectif.\n"), summary);
            assertTrue(summary.contains("Étapes sans indicateur (1)\n\u25CB Fidélité\n"), summary);
        }
    }

    @Test
    void aPersonaPageHoldsThatPersonasTouchpointsOnlyUnderItsEmotionCurve() throws IOException {
        try (PDDocument document = open(pdf)) {
            String alice = text(document, page(document, "Alice the planner"));
            assertTrue(alice.contains("Discover\nMean emotion: \u22121\n\u2717 Banner advert \u2014 Website (\u22121)\n"), alice);
            assertTrue(alice.contains("Buy\nMean emotion: \u22122\n\u2717 Online checkout \u2014 Website (\u22122)\n"), alice);
            assertTrue(alice.contains("Use \u2014\n"), alice);
            assertTrue(alice.contains("Plans every purchase.\nDiscover Buy Use\n\u22122\n\u22121\n0\n+1\n+2\n"), "the persona's curve: " + alice);
            assertFalse(alice.contains("Store visit"), alice);
            assertFalse(alice.contains("User manual"), alice);
            String bob = text(document, page(document, "Bob in a hurry"));
            assertTrue(bob.contains("\u2717 Online checkout \u2014 Website (\u22122)\n\u2717 Store visit \u2014 Shop (+1)\n"), bob);
            assertTrue(bob.contains("\u25CB User manual \u2014 Shop (0)"), bob);
            assertFalse(bob.contains("Banner advert"), bob);
            assertEquals(page(document, "Alice the planner") + 1, page(document, "Bob in a hurry"), "a page per persona");
        }
    }

    @Test
    void personasHaveTheirLinesInTheContentsAndBookmarksUnderTheirSection() throws IOException {
        try (PDDocument document = open(pdf)) {
            PDOutlineItem personas = section(document, "Personas");
            List<String> titles = new ArrayList<>();
            personas.children().forEach(item -> titles.add(item.getTitle()));
            assertEquals(List.of("Alice the planner", "Bob in a hurry"), titles);
            String contents = text(document, page(document, "Contents"));
            assertTrue(contents.contains("Personas 6\nAlice the planner 6\nBob in a hurry 7\n"), contents);
        }
    }

    @Test
    void aStageOpensWithItsColumnOfTheMapAndItsLanes() throws IOException {
        try (PDDocument document = open(pdf)) {
            String buy = text(document, page(document, "Buy"));
            assertTrue(buy.contains("Buy \u2014 Purchase\n2 touchpoint(s) at this stage.\n"
                    + "Website \u2717 Online checkout (\u22122)\n"
                    + "Shop \u2717 Store visit (+1)\n"
                    + "Mean emotion \u22120.5\nAlice the planner: \u22122\nBob in a hurry: \u22120.5\n"
                    + "Pain points \u2014\n"
                    + "Opportunities \u2022 One-click payment\n"
                    + "KPI status \u2717 Off target: 2\n\u25B2 Warning: 1\n"), buy);
            String use = text(document, page(document, "Use"));
            assertTrue(use.contains("KPI status \u2014\n"), use);
        }
    }

    @Test
    void aCrowdedCellOfAStagesColumnShowsSixTouchpointsThenHowManyMore(@TempDir Path directory) throws IOException {
        LoadResult crowded = PdfFixtures.loadFrom(PdfFixtures.generatedMap(directory, 2, 1, 10, 0, true));
        try (PDDocument document = open(render(crowded))) {
            String stage = text(document, page(document, "Stage number 0"));
            assertTrue(stage.contains("10 touchpoint(s) at this stage.\nChannel 0 \u25CB Touchpoint 0 of the map (\u22122)\n"), stage);
            assertTrue(stage.contains("\u25CB Touchpoint 5 of the map (\u22122)\n\u2026 and 4 more\n"), stage);
            assertFalse(stage.contains("Touchpoint 6 of the map ("), stage);
        }
    }

    @Test
    void competitorsAreLetteredDotsOnTheMapsGridNotTheirNamesInEveryCell() throws IOException {
        try (PDDocument document = open(pdf)) {
            String page = text(document, page(document, "Competitors"));
            assertTrue(page.contains("A Acme Stores B Bolt Online\n"), "the key: " + page);
            assertTrue(page.contains("Website\nDigital\nB 2/5 A 3/5\n\u25CB We are absent\n"), "the matrix: " + page);
            assertTrue(page.contains("Shop\nAnalog\nA 5/5\n"), "the matrix: " + page);
            // The scores table and the key name Bolt Online; the matrix only shows its letter.
            assertEquals(2, occurrences(page, "Bolt Online"), page);
        }
        try (PDDocument document = open(render(PdfFixtures.load("rich-map")))) {
            String page = text(document, page(document, "Concurrents"));
            assertFalse(page.contains("Nos points de contact"), page);
            assertTrue(page.contains("A Hypermarché Géant B Chaîne « Pain & Co » C L'artisan d'à côté\n"), page);
        }
    }

    @Test
    void theViewsAreTheSameBytesOnEveryRenderInBothLanguages() throws IOException {
        assertArrayEquals(pdf, render(views));
        PdfDocument french = PdfDocument.of(views.map()).language("fr");
        byte[] first = render(french);
        assertArrayEquals(first, render(french));
        try (PDDocument document = open(first)) {
            assertEquals(3, page(document, "En bref"));
            assertTrue(text(document, 3).contains("Indicateurs hors objectif (3)"));
        }
    }

    @Test
    void qpdfFindsTheViewsClean(@TempDir Path directory) throws Exception {
        PdfFixtures.requireTool("qpdf", "qpdf");
        Path file = directory.resolve("views.pdf");
        Files.write(file, pdf);
        String output = PdfFixtures.run("qpdf", "--check", file.toString());
        assertFalse(output.toUpperCase(Locale.ROOT).contains("WARNING"), output);
    }

    private static int occurrences(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The page (from 1) the bookmark titled {@code title} leads to, wherever it is in the outline. */
    private static int page(PDDocument document, String title) throws IOException {
        PDOutlineItem item = find(document.getDocumentCatalog().getDocumentOutline(), title);
        assertTrue(item != null, "no bookmark " + title);
        return number(document, ((PDPageDestination) item.getDestination()).getPage());
    }

    private static PDOutlineItem section(PDDocument document, String title) {
        return find(document.getDocumentCatalog().getDocumentOutline(), title);
    }

    private static PDOutlineItem find(PDOutlineNode node, String title) {
        for (PDOutlineItem item : node.children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
            PDOutlineItem below = find(item, title);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static PDPage destination(PDAnnotationLink link) throws IOException {
        if (link.getDestination() instanceof PDPageDestination destination) {
            return destination.getPage();
        }
        return ((PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination()).getPage();
    }
}
