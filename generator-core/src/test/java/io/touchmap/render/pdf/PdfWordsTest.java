package io.touchmap.render.pdf;

import static io.touchmap.render.pdf.PdfFixtures.open;
import static io.touchmap.render.pdf.PdfFixtures.render;
import static io.touchmap.render.pdf.PdfFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The words the PDF prints, read back by text extraction: the description without its markup. */
class PdfWordsTest {

    private static byte[] pdf;

    @BeforeAll
    static void renderTheWordsMap() throws IOException {
        pdf = render(PdfFixtures.load("words-map"));
    }

    private static List<String> lines(int page) throws IOException {
        try (PDDocument document = open(pdf)) {
            return List.of(text(document, page).split("\n"));
        }
    }

    @Test
    void theCoverPrintsTheDescriptionAsTextWithoutItsMarkdown() throws IOException {
        List<String> cover = lines(1);
        int date = cover.indexOf("Date : 30 novembre 2026");
        assertEquals(List.of("Maison Test vend de la vaisselle et du linge de maison.", "- en magasin ;", "- en ligne."),
                cover.subList(date + 1, date + 4));
    }
}
