package io.touchmap.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.report.Formats;
import io.touchmap.report.Report;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole site and PDF of a map of 10,000 touchpoints (480,000 KPI values) render within a 1 GiB heap. Tagged
 * {@code large}: the build runs it in the integration-test phase, in a JVM started with {@code -Xmx1g} and the
 * options of a map repository made from the archetype (the quick compiler, the parallel collector), and never in
 * the unit-test loop. It asserts what is written, not how fast.
 */
@Tag("large")
class LargeMapRenderTest {

    private static long count(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void tenThousandTouchpointsRenderAsHtmlAndPdfWithinAOneGibibyteHeap(@TempDir Path dir) throws IOException {
        assertTrue(Runtime.getRuntime().maxMemory() <= 1024L * 1024 * 1024, "run with -Xmx1g, not " + Runtime.getRuntime().maxMemory());
        LoadResult result = Touchmap.load(new SyntheticMap(10_000, 42).writeTo(dir.resolve("map")));
        assertEquals(List.of(), result.diagnostics());
        Path site = dir.resolve("site");

        Report.Rendered written = Report.write(result, Formats.DEFAULT.map(),
                ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1)), site);

        // the index, a page per touchpoint and per KPI, 12 stages, 24 channels, 2 personas, the 288 cells of the
        // overview, the KPI list and 3 more pages
        assertEquals("wrote " + (1 + 10_000 + 20_000 + 12 + 24 + 2 + 288 + 1 + 3) + " HTML pages",
                written.formats().get(0).summary().replaceAll(" \\(.*", ""));
        assertEquals(12, count(site.resolve("cells")));
        assertEquals(10_000, count(site.resolve("touchpoints")));
        assertEquals(20_000, count(site.resolve("kpis")));
        // a chart per KPI, the emotion lane of the map, of each persona and of each channel, and the value proposition
        assertEquals(20_000 + 1 + 2 + 24 + 1, count(site.resolve("charts")));
        assertTrue(Files.readString(site.resolve("touchpoints/tp-9999.html"), StandardCharsets.UTF_8).contains("n°9999"));
        String pdfSummary = written.formats().get(1).summary();
        assertTrue(Integer.parseInt(pdfSummary.replaceAll("wrote a PDF of (\\d+) pages.*", "$1")) > 10_000, pdfSummary);
        try (InputStream pdf = Files.newInputStream(site.resolve("synthetic-10000.pdf"))) {
            assertEquals("%PDF-", new String(pdf.readNBytes(5), StandardCharsets.US_ASCII));
        }
        // the site without the PDF and Mermaid files beside it (named after the map): 266 MB, 280 MB before charts
        // lost their zero-length ticks and their ids' prefix, 363 MB before charts' lines were polylines and their
        // markers dots, 470 MB before KPI values were written once and chart gridlines merged; docs/performance.md
        long siteBytes = SiteSizeTest.size(site, "")[0] - SiteSizeTest.size(site, "synthetic-10000")[0];
        assertTrue(siteBytes <= 280_000_000L, "the site weighs " + siteBytes + " bytes");
    }
}
