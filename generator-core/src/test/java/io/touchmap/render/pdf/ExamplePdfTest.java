package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.model.Touchpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example map of {@code example-site} rendered as a stakeholder gets it: no word cut across lines, no library
 * warning in the log, and a file {@code qpdf --check} finds clean.
 */
class ExamplePdfTest {

    private static final Path EXAMPLE = Path.of("..", "example-site", "src", "touchmap");

    private static LoadResult example;
    private static byte[] pdf;
    private static final List<String> LOGGED = new ArrayList<>();

    @BeforeAll
    static void renderTheExampleWithTheLogCaptured() throws IOException {
        example = PdfFixtures.loadFrom(EXAMPLE);
        // PDFBox logs through commons-logging (sent to java.util.logging by the build's test configuration), the
        // chart bridge through java.util.logging: both are captured at its root.
        Logger root = Logger.getLogger("");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    LOGGED.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        root.addHandler(capture);
        try {
            pdf = PdfFixtures.render(PdfDocument.of(example.map()).warnings(example.warnings(), example.directory())
                    .date(LocalDate.of(2026, 11, 1)));
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void noLibraryWritesAWarningWhileTheExampleRenders() {
        assertEquals(List.of(), LOGGED);
        // the capture would see one: PDFBox's warnings reach java.util.logging
        assertEquals("org.apache.commons.logging.impl.Jdk14Logger",
                org.apache.commons.logging.LogFactory.getLog("org.apache.pdfbox").getClass().getName());
    }

    @Test
    void noWordOfTheMapIsCutAcrossLines() throws IOException {
        Set<String> words = new HashSet<>();
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".png"))
                    .forEach(file -> words.addAll(words(read(file))));
        }
        // and the labels the document prints around them
        for (String language : List.of("fr", "en")) {
            words.addAll(words(read(Path.of("src", "main", "resources", "io", "touchmap", "internal", "text",
                    "labels_" + language + ".properties"))));
        }
        String text;
        try (PDDocument document = PdfFixtures.open(pdf)) {
            // slanted chart labels are read glyph by glyph, one line each: only text set level is checked
            PDFTextStripper level = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    Matrix matrix = position.getTextMatrix();
                    if (Math.abs(matrix.getShearX()) < 1e-3 && Math.abs(matrix.getShearY()) < 1e-3) {
                        super.processTextPosition(position);
                    }
                }
            };
            text = level.getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
        Set<String> printed = new HashSet<>(words(text));
        List<String> cut = new ArrayList<>();
        for (String piece : printed) {
            if (words.contains(piece)) {
                continue;
            }
            for (String word : words) {
                if (word.length() > piece.length() && word.startsWith(piece) && printed.contains(word.substring(piece.length()))) {
                    cut.add(piece + " / " + word.substring(piece.length()));
                }
            }
        }
        assertEquals(List.of(), cut.stream().sorted().toList(), "words cut across lines");
        assertTrue(text.contains("180 000 sessions") || text.contains("180 000\nsessions"), "a quantity kept whole");
    }

    @Test
    void aSheetWithTwoKpisHasBothChartsOnThePageOfItsKpiTable() throws IOException {
        List<Touchpoint> twoCharts = example.map().touchpoints().stream()
                .filter(t -> t.kpis().size() == 2 && t.kpis().stream().noneMatch(k -> k.series().isEmpty())).toList();
        assertTrue(twoCharts.size() >= 5, "the example has sheets with two charted KPIs: " + twoCharts.size());
        try (PDDocument document = PdfFixtures.open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            for (Touchpoint touchpoint : twoCharts) {
                // each KPI's name twice on one page: its row of the table and its chart's caption
                List<String> names = touchpoint.kpis().stream().map(k -> k.displayName().replaceAll("\\s+", " ")).toList();
                boolean together = pages.stream().anyMatch(page -> names.stream().allMatch(name -> occurrences(page, name) >= 2));
                assertTrue(together, touchpoint.id() + ": " + names);
            }
        }
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    @Test
    void theCoverPrintsTheDescriptionsEmphasisInRealObliqueAndBoldFaces() throws IOException {
        try (PDDocument document = PdfFixtures.open(pdf)) {
            String cover = PdfFixtures.text(document, 1);
            assertTrue(cover.contains("Maison Lumière vend de la vaisselle, du linge de maison et des luminaires dans 42\n"), cover);
            assertTrue(cover.contains("moments où un client nous rencontre, avant, pendant et après l'achat."), cover);
            Set<String> fonts = new java.util.TreeSet<>();
            org.apache.pdfbox.pdmodel.PDResources resources = document.getPage(0).getResources();
            for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
                String font = resources.getFont(name).getName();
                fonts.add(font.substring(font.indexOf('+') + 1));
            }
            assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"), fonts);
        }
    }

    @Test
    void qpdfFindsTheFileClean(@TempDir Path directory) throws Exception {
        // CI installs qpdf, so there the check must run; elsewhere it runs when qpdf is at hand
        PdfFixtures.requireTool("qpdf", "qpdf");
        Path file = directory.resolve("example.pdf");
        Files.write(file, pdf);
        String output = PdfFixtures.run("qpdf", "--check", file.toString());
        assertTrue(output.contains("No syntax or stream encoding errors found"), output);
        assertTrue(!output.toUpperCase(Locale.ROOT).contains("WARNING"), output);
    }

    /** The words of {@code text}: its runs of letters, lower-cased. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
