package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A stale KPI on its touchpoint's sheet, under its name, with the date its next value was due. */
class StaleKpiSheetTest {

    @Test
    void theKpiTableOfASheetSaysWhichKpiIsStaleAndSinceWhen() throws IOException, URISyntaxException {
        Path map = Path.of(StaleKpiSheetTest.class.getResource("/io/touchmap/render/html/site-map/touchpoints.yaml").toURI()).getParent();
        byte[] pdf = PdfFixtures.render(PdfDocument.of(PdfFixtures.loadFrom(map).map()).date(LocalDate.of(2026, 6, 1)));
        try (PDDocument document = PdfFixtures.open(pdf)) {
            String text = PdfFixtures.text(document).replace("\n", " ");
            assertEquals(2, text.split("stale: no value since 2026-02, the next was due by March 31, 2026", -1).length - 1, text);
        }
        byte[] undated = PdfFixtures.render(PdfDocument.of(PdfFixtures.loadFrom(map).map()));
        try (PDDocument document = PdfFixtures.open(undated)) {
            assertTrue(!PdfFixtures.text(document).contains("stale:"));
        }
    }
}
