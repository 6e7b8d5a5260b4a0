package io.touchmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.touchmap.Fixtures;
import io.touchmap.LoadResult;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.html.HtmlSite;
import io.touchmap.render.pdf.PdfDocument;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Maps that once made Touchmap throw instead of reporting, each a fixture next to this test, as a user wrote it or as
 * {@link MutationTest} found it: each now ends with its exact diagnostics.
 */
class MutantRegressionTest {

    @Test
    void aTargetInWordsBesideAWarningIsReportedAsNotANumber() {
        assertEquals(List.of(
                "map.yaml:14:17: error TM102 'target' of KPI 'basket' must be a number, not 'cinquante'; "
                        + "write digits with a '.' for decimals, such as 4.5"),
                Fixtures.diagnostics(MutantRegressionTest.class, "target-in-words"));
    }

    @Test
    void aTargetTooLargeForANumberBesideAWarningIsReportedAsOutOfRange() {
        assertEquals(List.of(
                "map.yaml:14:17: error TM107 'target' of KPI 'basket' is '1e400', too large to be a number; "
                        + "use a number with fewer digits"),
                Fixtures.diagnostics(MutantRegressionTest.class, "target-too-large"));
    }

    @Test
    void aCsvValueTooLargeForANumberIsReportedAsOutOfRangeInsteadOfBreakingTheChart() {
        assertEquals(List.of(
                "kpis/return-rate.csv:3:9: error TM107 value '1e400' is too large to be a number; use a number with fewer digits"),
                Fixtures.diagnostics(MutantRegressionTest.class, "csv-value-too-large"));
    }

    @Test
    void aStageNameTallerThanAPageIsCutInTheMapsHeaderAndTheMapEndsOnItsPage() throws Exception {
        LoadResult result = Fixtures.load(MutantRegressionTest.class, "stage-name-taller-than-a-page");
        assertEquals(List.of(), result.errors());

        // it used to start pages without end, each repeating the header and the channel's first line
        byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfDocument.of(result.map()).writeTo(out);
            return out.toByteArray();
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // after the cover, the contents and the summary
            List<String> map = pageText(document, 4).lines().toList();
            assertEquals("The touchpoint map", map.get(2));
            // the map on one page: the name cut after a sixth of the page, each of its lines ending with a visible hyphen
            assertEquals(6, map.stream().filter(line -> line.matches("W+-")).count(), String.join("\n", map));
            assertTrue(map.stream().anyMatch(line -> line.contains("Checkout"))
                    && map.stream().anyMatch(line -> line.startsWith("Opportunities")), "the map goes on below the header");
            assertEquals("Emotion curve", pageText(document, 5).lines().toList().get(2));
        }
    }

    @Test
    void aChannelNameTallerThanAPageGoesOnOverThePagesOfTheMapOnce() throws Exception {
        LoadResult result = Fixtures.load(MutantRegressionTest.class, "channel-name-taller-than-a-page");
        assertEquals(List.of(), result.errors());

        // it used to start each page with the channel name again, and so never reach its end
        byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfDocument.of(result.map()).writeTo(out);
            return out.toByteArray();
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the map on one page: the name cut after a quarter of the page, each of its lines ending with a visible hyphen
            List<String> map = pageText(document, 4).lines().toList();
            assertEquals("Emotion curve", pageText(document, 5).lines().toList().get(2));
            assertEquals(15, map.stream().filter(line -> line.matches("W+-")).count(), String.join("\n", map));
            assertEquals(1, map.stream().filter(line -> line.contains("Checkout")).count());
            assertTrue(map.stream().anyMatch(line -> line.startsWith("Opportunities")), "the map goes on below the row");
        }
    }

    @Test
    void aKpiValueThatIsTheMostNegativeDoubleIsDrawnInTheKpisChartWithoutBreakingIt() throws Exception {
        LoadResult result = Fixtures.load(MutantRegressionTest.class, "most-negative-value");
        assertEquals(List.of(), result.errors());

        // the room the chart leaves below the lowest value used to be no number, and the axis failed on it
        MemoryOutput output = new MemoryOutput();
        HtmlSite.Rendered site = HtmlSite.render(result, ReportSettings.DEFAULT, output);
        PdfDocument.of(result, ReportSettings.DEFAULT).writeTo(output);

        assertEquals(List.of("channels/store.html", "charts/kpi-basket.svg", "competitors.html", "index.html", "kpis.html", "kpis/basket.html",
                "stages/purchase.html", "style.css", "touchpoints/checkout.html", "value-proposition.html", "warnings.html"), site.files());
        assertEquals(List.of("charts/kpi-basket.svg", "shop.pdf"),
                output.files().keySet().stream().filter(f -> !f.endsWith(".html") && !f.endsWith(".css")).toList());
    }

    @Test
    void aTitleAndAnOrganisationOf10000CharactersAreCutInEveryPagesHeaderWithoutMeasuringThemOverAndOver() throws Exception {
        LoadResult result = Fixtures.load(MutantRegressionTest.class, "title-of-10000-characters");
        assertEquals(List.of(), result.errors());

        // the header measured the title once per character it cut, on every page: minutes for this map
        byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfDocument.of(result.map()).writeTo(out);
            return out.toByteArray();
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("W".repeat(36) + "\u2026 " + "W".repeat(21) + "\u2026",
                    pageText(document, document.getNumberOfPages()).lines().findFirst().orElseThrow());
        }
    }

    private static String pageText(PDDocument document, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replace('\u00A0', ' ');
    }
}
