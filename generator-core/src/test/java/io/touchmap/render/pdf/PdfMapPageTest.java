package io.touchmap.render.pdf;

import static io.touchmap.render.pdf.PdfFixtures.open;
import static io.touchmap.render.pdf.PdfFixtures.render;
import static io.touchmap.render.pdf.PdfFixtures.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.render.JourneyView;
import io.touchmap.render.PageSize;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journey map of the PDF: one landscape page of the chosen size, split by channel groups only when it must be. */
class PdfMapPageTest {

    private static final Path EXAMPLE = Path.of("..", "example-site", "src", "touchmap");
    private static final float A3_WIDTH = 1190.55f;
    private static final float A3_HEIGHT = 841.89f;

    private static LoadResult example;
    private static byte[] examplePdf;

    @BeforeAll
    static void renderTheExample() throws IOException {
        example = PdfFixtures.loadFrom(EXAMPLE);
        examplePdf = render(PdfDocument.of(example, ReportSettings.DEFAULT));
    }

    @Test
    void theExampleMapIsOneLandscapeA3PageWithEveryStageAndEveryTouchpointName() throws IOException {
        try (PDDocument pdf = open(examplePdf)) {
            List<Integer> map = landscapePages(pdf);
            assertEquals(1, map.size(), "the map of the example on one page: " + map);
            PDRectangle box = pdf.getPage(map.get(0) - 1).getMediaBox();
            assertEquals(A3_WIDTH, box.getWidth(), 0.01f);
            assertEquals(A3_HEIGHT, box.getHeight(), 0.01f);
            String page = flat(text(pdf, map.get(0)));
            for (LifecycleStage stage : example.map().stages()) {
                assertTrue(page.contains(flat(stage.displayName())), "stage " + stage.displayName());
            }
            assertTrue(example.map().touchpoints().size() > 30, "the example is a real map");
            for (Touchpoint touchpoint : example.map().touchpoints()) {
                assertTrue(page.contains(flat(touchpoint.displayName())), "touchpoint " + touchpoint.displayName());
            }
            for (String lane : List.of("Émotion", "Statut des indicateurs", "Irritants", "Opportunités")) {
                assertTrue(page.contains(lane), "lane " + lane);
            }
            assertTrue(page.contains("Avant l'achat".toUpperCase(Locale.FRENCH)), "the phase bands over the stages");
            assertTrue(page.contains("☺ +1,5"), "the mean emotion of a stage, printed: " + page);
        }
    }

    @Test
    void everyPageButTheMapStaysA4() throws IOException {
        try (PDDocument pdf = open(examplePdf)) {
            List<Integer> map = landscapePages(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                if (!map.contains(i + 1)) {
                    // A4 portrait, or A4 landscape for a competitor matrix too wide for portrait
                    PDRectangle box = pdf.getPage(i).getMediaBox();
                    float shorter = Math.min(box.getWidth(), box.getHeight());
                    float longer = Math.max(box.getWidth(), box.getHeight());
                    assertEquals(PDRectangle.A4.getWidth(), shorter, 0.01f, "page " + (i + 1));
                    assertEquals(PDRectangle.A4.getHeight(), longer, 0.01f, "page " + (i + 1));
                }
            }
        }
    }

    @Test
    void pageSizeA4PrintsTheMapOnOneLandscapeA4Page() throws IOException {
        byte[] a4 = render(PdfDocument.of(example, ReportSettings.DEFAULT.withPageSize(PageSize.parse("a4"))));
        try (PDDocument pdf = open(a4)) {
            List<Integer> map = landscapePages(pdf);
            assertTrue(!map.isEmpty());
            for (int page : map) {
                PDRectangle box = pdf.getPage(page - 1).getMediaBox();
                assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 0.01f);
                assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 0.01f);
            }
            StringBuilder all = new StringBuilder();
            for (int page : map) {
                String text = flat(text(pdf, page));
                assertTrue(text.contains("Irritants") && text.contains("Opportunités"),
                        "the lanes, shortened to fit, on every page: " + page);
                all.append(text).append(' ');
            }
            for (Touchpoint touchpoint : example.map().touchpoints()) {
                assertTrue(all.toString().contains(flat(touchpoint.displayName())), "touchpoint " + touchpoint.displayName());
            }
        }
        assertArrayEquals(a4, render(PdfDocument.of(example, ReportSettings.DEFAULT.withPageSize(PageSize.A4))),
                "the same settings give the same bytes");
    }

    @Test
    void tabloidAndLetterAreLandscapeInInches() throws IOException {
        LoadResult small = PdfFixtures.load("words-map");
        for (PageSize size : List.of(PageSize.TABLOID, PageSize.LETTER)) {
            try (PDDocument pdf = open(render(PdfDocument.of(small, ReportSettings.DEFAULT.withPageSize(size))))) {
                PDRectangle box = pdf.getPage(landscapePages(pdf).get(0) - 1).getMediaBox();
                assertEquals(size == PageSize.TABLOID ? 17 * 72 : 11 * 72, box.getWidth(), 0.01f, size.keyword());
                assertEquals(size == PageSize.TABLOID ? 11 * 72 : 8.5f * 72, box.getHeight(), 0.01f, size.keyword());
            }
        }
    }

    @Test
    void theSameMapGivesTheSameBytes() throws IOException {
        assertArrayEquals(examplePdf, render(PdfDocument.of(example, ReportSettings.DEFAULT)));
    }

    @Test
    void aCrowdedMapSplitsByChannelGroupsRepeatingTheStagesAndTheLanesWithNoPageOfOneRow(@TempDir Path directory)
            throws IOException {
        LoadResult crowded = PdfFixtures.loadFrom(groupedMap(directory, 4, 5, 4, 140));
        try (PDDocument pdf = open(render(crowded))) {
            List<Integer> map = landscapePages(pdf);
            assertTrue(map.size() >= 2, "twenty channels of long names do not fit one A3 page: " + map);
            List<String> seen = new ArrayList<>();
            for (int p = 0; p < map.size(); p++) {
                String page = text(pdf, map.get(p));
                assertTrue(page.contains("Part " + (p + 1) + " of " + map.size() + ": Group "), page);
                for (int s = 0; s < 4; s++) {
                    assertTrue(page.contains("Stage number " + s), "stage header repeated on page " + map.get(p));
                }
                for (String lane : List.of("Emotion", "KPI status", "Pain points", "Opportunities")) {
                    assertTrue(page.contains(lane), lane + " repeated on page " + map.get(p));
                }
                List<String> channels = new ArrayList<>();
                for (int c = 0; c < 20; c++) {
                    if (page.contains("Channel " + c + "\n") || page.contains("Channel " + c + " ")) {
                        channels.add("Channel " + c);
                    }
                }
                assertTrue(channels.size() >= 2, "no page holds a single row: page " + map.get(p) + " has " + channels);
                seen.addAll(channels);
            }
            List<String> expected = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                expected.add("Channel " + c);
            }
            assertEquals(expected, seen, "every channel once, in order");
            String first = text(pdf, map.get(0));
            assertFalse(first.contains("Channel 19"), "the last group is not on the first page");
        }
    }

    @Test
    void pastOneHundredAndFiftyTouchpointsTheMapIsTheOverviewHeatMap(@TempDir Path directory) throws IOException {
        LoadResult big = PdfFixtures.loadFrom(PdfFixtures.generatedMap(directory, 12, 24, 300, 0, false));
        assertTrue(big.map().touchpoints().size() > JourneyView.OVERVIEW_ABOVE);
        try (PDDocument pdf = open(render(big))) {
            List<Integer> map = landscapePages(pdf);
            assertEquals(1, map.size(), "the overview of 12 stages by 24 channels on one page");
            String page = flat(text(pdf, map.get(0)));
            assertTrue(page.contains("With 300 touchpoints the map is shown as a heat map: darker cells hold more touchpoints."), page);
            assertFalse(page.contains("Touchpoint 0 of the map"), "no cards in the overview");
            for (int s = 0; s < 12; s++) {
                assertTrue(page.contains("Stage number " + s + " "), "stage " + s);
            }
            for (int c = 0; c < 24; c++) {
                assertTrue(page.contains("Channel " + c + " "), "channel " + c);
            }
            // each cell gives its count and the mark of its worst status: 300 over 12 × 24 cells, one or two each
            assertTrue(page.contains(" 2 ○ "), page);
            assertTrue(page.contains("Emotion") && page.contains("KPI status"), "the lanes stay");
            assertFalse(page.contains("Pain points"), "no text lanes in the overview, as on the site");
        }
    }

    @Test
    void aBadPageSizeNamesTheAcceptedValues() {
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportSettings.forBuild(null, null, "B5"));
        assertEquals("unknown page size 'B5'; expected one of A3, A4, tabloid, letter (in any case)", error.getMessage());
        assertEquals(PageSize.TABLOID, ReportSettings.forBuild(null, null, "TABLOID").pageSize());
        assertEquals(PageSize.A3, ReportSettings.forBuild(null, null, null).pageSize());
        assertEquals(PageSize.A3, ReportSettings.DEFAULT.pageSize());
    }

    @Test
    void qpdfFindsACrowdedAndAnOverviewMapClean(@TempDir Path directory) throws Exception {
        PdfFixtures.requireTool("qpdf", "qpdf");
        List<byte[]> pdfs = List.of(render(PdfFixtures.loadFrom(groupedMap(directory.resolve("crowded"), 4, 5, 4, 140))),
                render(PdfFixtures.loadFrom(PdfFixtures.generatedMap(directory.resolve("big"), 12, 24, 300, 0, false))));
        for (byte[] bytes : pdfs) {
            Path file = Files.write(directory.resolve("map.pdf"), bytes);
            String output = PdfFixtures.run("qpdf", "--check", file.toString());
            assertFalse(output.toUpperCase(Locale.ROOT).contains("WARNING"), output);
        }
    }

    /**
     * A map of {@code stages} stages and {@code groups} channel groups of {@code perGroup} channels each, with
     * {@code touchpoints} touchpoints of long names spread over the cells, each with a pain point.
     */
    private static Path groupedMap(Path directory, int stages, int groups, int perGroup, int touchpoints) throws IOException {
        StringBuilder yaml = new StringBuilder("map:\n  id: crowded\n  title: Crowded map\n  locale: en\n  date: 2026-06-30\n\nstages:\n");
        for (int s = 0; s < stages; s++) {
            yaml.append("  - { id: stage-").append(s).append(", name: Stage number ").append(s).append(", phase: ")
                    .append(s < stages / 2 ? "before-purchase" : "after-purchase").append(" }\n");
        }
        yaml.append("\nchannels:\n");
        int channels = groups * perGroup;
        for (int c = 0; c < channels; c++) {
            yaml.append("  - { id: channel-").append(c).append(", name: Channel ").append(c).append(", type: digital, group: Group ")
                    .append((char) ('A' + c / perGroup)).append(" }\n");
        }
        yaml.append("\ntouchpoints:\n");
        for (int t = 0; t < touchpoints; t++) {
            yaml.append("  - id: tp-").append(t).append("\n    name: Touchpoint ").append(t)
                    .append(" with a rather long descriptive name\n    stage: stage-").append(t % stages)
                    .append("\n    channel: channel-").append((t / stages) % channels)
                    .append("\n    painPoints: [ \"Waiting for touchpoint ").append(t).append("\" ]\n");
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("map.yaml"), yaml);
        return directory;
    }

    private static List<Integer> landscapePages(PDDocument pdf) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            if (page.getMediaBox().getWidth() > page.getMediaBox().getHeight()) {
                pages.add(i + 1);
            } else if (!pages.isEmpty()) {
                // the map's pages are the first run of landscape pages; a wide competitor matrix comes much later
                break;
            }
        }
        return pages;
    }

    /** Text with every run of white space as one space, so that a name wrapped over lines reads as written. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", " ").strip();
    }
}
