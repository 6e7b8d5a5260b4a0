package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A stale KPI in the summary and on its touchpoint's sheet, with the date its next value was due. */
class StaleKpiSheetTest {

    private static final String STALE = "stale: no value since Feb 2026, the next was due by March 31, 2026";

    private static Path map() throws URISyntaxException {
        return Path.of(StaleKpiSheetTest.class.getResource("/io/touchmap/render/html/site-map/touchpoints.yaml").toURI()).getParent();
    }

    @Test
    void theSummaryAndTheKpiTableOfASheetSayWhichKpiIsStaleAndSinceWhen() throws IOException, URISyntaxException {
        byte[] pdf = PdfFixtures.render(PdfDocument.of(PdfFixtures.loadFrom(map()).map()).date(LocalDate.of(2026, 6, 1)));
        try (PDDocument document = PdfFixtures.open(pdf)) {
            String summary = PdfFixtures.text(document, 3).replace("\n", " ");
            assertTrue(summary.contains("KPIs gone stale (2)"), summary);
            assertEquals(2, summary.split(STALE, -1).length - 1, summary);
            String text = PdfFixtures.text(document).replace("\n", " ");
            assertEquals(4, text.split(STALE, -1).length - 1, text);
        }
    }

    @Test
    void withoutADateTheSummarySaysHowToJudgeStalenessAndNoKpiIsMarked() throws IOException, URISyntaxException {
        byte[] undated = PdfFixtures.render(PdfDocument.of(PdfFixtures.loadFrom(map()).map()));
        try (PDDocument document = PdfFixtures.open(undated)) {
            String text = PdfFixtures.text(document).replace("\n", " ");
            assertTrue(!text.contains("stale:"), text);
            assertTrue(text.contains("KPIs gone stale (0) Whether KPIs are stale is not judged: give the map a date, or the build a "
                    + "project.build.outputTimestamp."), text);
        }
    }
}
