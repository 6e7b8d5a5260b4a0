package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        PdfFixtures.requireTool("pdffonts", "poppler-utils");
        Path pdf = directory.resolve("rich.pdf");
        Files.write(pdf, PdfFixtures.render(PdfFixtures.load("rich-map")));
        String output = PdfFixtures.run("pdffonts", pdf.toString());
        List<String> fonts = output.lines().skip(2).toList();
        assertEquals(2, fonts.size(), output);
        for (String font : fonts) {
            // name, type (two words), encoding, then emb sub uni.
            assertTrue(font.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+.*"),
                    font);
        }
    }
}
