package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the fonts with poppler's {@code pdffonts}, a reader independent of PDFBox; runs where poppler-utils is
 * installed (as in continuous integration) and is skipped elsewhere.
 */
class PopplerFontsTest {

    @Test
    void pdffontsListsOnlyEmbeddedSubsetUnicodeFonts(@TempDir Path directory) throws Exception {
        // CI installs poppler-utils, so there the check must run; elsewhere it runs when pdffonts is at hand
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(onPath("pdffonts"), "pdffonts (poppler-utils) must be installed when CI=true");
        }
        assumeTrue(onPath("pdffonts"), "pdffonts (poppler-utils) is not installed");
        Path pdf = directory.resolve("rich.pdf");
        Files.write(pdf, PdfFixtures.render(PdfFixtures.load("rich-map")));
        Process process = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<String> fonts = output.lines().skip(2).toList();
        assertEquals(2, fonts.size(), output);
        for (String font : fonts) {
            // name, type (two words), encoding, then emb sub uni.
            assertTrue(font.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+.*"),
                    font);
        }
    }

    private static boolean onPath(String command) throws IOException {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
