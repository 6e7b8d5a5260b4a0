package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/** Loads the fixture maps next to the tests, writes generated maps, and reads rendered PDFs back. */
final class PdfFixtures {

    private PdfFixtures() {
    }

    /** The map in the fixture directory {@code name}, which must load without errors. */
    static LoadResult load(String name) {
        try {
            Path directory = Path.of(PdfFixtures.class.getResource(name + "/map.yaml").toURI()).getParent();
            return loadFrom(directory);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadResult loadFrom(Path directory) {
        LoadResult result = Touchmap.load(directory);
        assertFalse(result.hasErrors(), () -> String.join("\n", Touchmap.format(result, directory)));
        return result;
    }

    /** The bytes of the PDF of {@code result}, with its warnings in the appendix. */
    static byte[] render(LoadResult result) throws IOException {
        return render(PdfDocument.of(result.map()).warnings(result.warnings(), result.directory()));
    }

    static byte[] render(PdfDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.writeTo(out);
        return out.toByteArray();
    }

    /** The text of one page (numbered from 1), with no-break spaces read as spaces. */
    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return spaces(stripper.getText(document));
    }

    static String text(PDDocument document) throws IOException {
        return spaces(new PDFTextStripper().getText(document));
    }

    private static String spaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** The numbers (from 1) of the pages whose text contains {@code needle}. */
    static List<Integer> pagesWith(PDDocument document, String needle) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            if (text(document, i).contains(needle)) {
                pages.add(i);
            }
        }
        return pages;
    }

    static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    static int number(PDDocument document, PDPage page) {
        return document.getPages().indexOf(page) + 1;
    }

    /**
     * Writes a generated English map into {@code directory}: {@code stages} stages, {@code channels} channels, and
     * {@code touchpoints} touchpoints spread over the cells (or all in the first cell when {@code crowded}), each
     * with {@code kpis} KPIs of three monthly values.
     */
    static Path generatedMap(Path directory, int stages, int channels, int touchpoints, int kpis, boolean crowded)
            throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("map:\n  id: generated\n  title: Generated map\n  organisation: Test Org\n  locale: en\n"
                + "  date: 2026-06-30\n\nstages:\n");
        for (int s = 0; s < stages; s++) {
            yaml.append("  - { id: stage-").append(s).append(", name: Stage number ").append(s)
                    .append(", phase: purchase }\n");
        }
        yaml.append("\nchannels:\n");
        for (int c = 0; c < channels; c++) {
            yaml.append("  - { id: channel-").append(c).append(", name: Channel ").append(c).append(", type: digital }\n");
        }
        yaml.append("\ntouchpoints:\n");
        for (int t = 0; t < touchpoints; t++) {
            int stage = crowded ? 0 : t % stages;
            int channel = crowded ? 0 : (t / stages) % channels;
            yaml.append("  - id: tp-").append(t).append("\n    name: Touchpoint ").append(t).append(" of the map\n")
                    .append("    stage: stage-").append(stage).append("\n    channel: channel-").append(channel)
                    .append("\n    elements: { emotions: { score: ").append(t % 5 - 2).append(" } }\n    kpis:\n");
            for (int k = 0; k < kpis; k++) {
                yaml.append("      - { id: kpi-").append(t).append('-').append(k).append(", name: Measure ")
                        .append(k).append(" of touchpoint ").append(t).append(", unit: \"%\", target: 50, warning: 40,"
                        + " source: analytics, series: [ { period: 2026-01, value: ").append(30 + k)
                        .append(" }, { period: 2026-02, value: ").append(45 + k).append(" }, { period: 2026-03, value: ")
                        .append(52 + k % 7).append(" } ] }\n");
            }
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("map.yaml"), yaml);
        return directory;
    }

    /** {@link #pagesWith} for use in lambdas. */
    static List<Integer> pagesWithUnchecked(PDDocument document, String needle) {
        try {
            return pagesWith(document, needle);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@link #text(PDDocument, int)} for use in lambdas. */
    static String textUnchecked(PDDocument document, int page) {
        try {
            return text(document, page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Lets the test go on only where the command-line tool {@code tool} (of {@code packageName}) is on the PATH: CI
     * installs it, so under {@code CI=true} its absence fails the test; elsewhere the test is skipped.
     */
    static void requireTool(String tool, String packageName) {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(onPath(tool), tool + " (" + packageName + ") must be installed when CI=true");
        }
        assumeTrue(onPath(tool), tool + " (" + packageName + ") is not installed");
    }

    /** What {@code command} prints, its errors included; it must end with status 0. */
    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
