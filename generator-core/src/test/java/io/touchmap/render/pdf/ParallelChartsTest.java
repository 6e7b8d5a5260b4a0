package io.touchmap.render.pdf;

import static io.touchmap.render.pdf.PdfFixtures.render;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The KPI charts are drawn on worker threads: the document does not change with their number. */
class ParallelChartsTest {

    private static final int TOUCHPOINTS = 40;

    @Test
    void aKpiHeavyMapGivesTheSameBytesOnOneThreadAndOnFour(@TempDir Path directory) throws IOException {
        LoadResult result = PdfFixtures.loadFrom(kpiHeavyMap(directory));
        PdfDocument document = PdfDocument.of(result.map()).warnings(result.warnings(), result.directory());
        byte[] sequential = render(document.threads(1));
        byte[] parallel = render(document.threads(4));
        assertArrayEquals(sequential, parallel);
        assertArrayEquals(parallel, render(document.threads(4)));
        assertArrayEquals(sequential, render(document.threads(2)));
    }

    @Test
    void chartTextDrawnOnWorkersIsEmbeddedTextInTheDocumentsOwnFaces(@TempDir Path directory) throws IOException {
        LoadResult result = PdfFixtures.loadFrom(kpiHeavyMap(directory));
        try (PDDocument pdf = Loader.loadPDF(render(PdfDocument.of(result.map()).threads(4)))) {
            Set<String> chartFonts = new HashSet<>();
            int charts = 0;
            for (PDPage page : pdf.getPages()) {
                charts += chartFonts(page.getResources(), chartFonts);
            }
            assertTrue(charts >= TOUCHPOINTS * 3, "a chart per KPI: " + charts);
            // The charts use the faces the page text uses (one subset each), the CJK fallback for the Japanese unit.
            assertEquals(Set.of("DejaVuSans embedded", "DejaVuSans-Bold embedded", "DroidSansFallback embedded"), chartFonts);
            Set<String> pageFonts = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    pageFonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertTrue(pageFonts.stream().filter(f -> f.endsWith("+DejaVuSans")).count() == 1, pageFonts::toString);
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(pdf);
            // the unit above the value axis and the latest value called out in the margin, drawn by the workers
            assertTrue(text.contains("\n件\n"), text);
            assertTrue(text.contains("Objectif"), text);
        }
    }

    /** Counts the chart forms of {@code resources} and collects the fonts they use, by base name without the subset tag. */
    private static int chartFonts(PDResources resources, Set<String> fonts) throws IOException {
        int charts = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && form.getResources() != null) {
                charts++;
                for (COSName fontName : form.getResources().getFontNames()) {
                    PDFont font = form.getResources().getFont(fontName);
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1) + (font.isEmbedded() ? " embedded" : " not embedded"));
                }
            }
        }
        return charts;
    }

    /** 40 touchpoints of 3 KPIs of 12 monthly values each, a third of them counted in a Japanese unit. */
    private static Path kpiHeavyMap(Path directory) throws IOException {
        try (Writer out = Files.newBufferedWriter(directory.resolve("map.yaml"), StandardCharsets.UTF_8)) {
            out.write("map: { id: kpis, title: Carte des indicateurs, locale: fr, date: 2026-12-01 }\n"
                    + "stages:\n  - { id: before, name: Avant, phase: before-purchase }\n  - { id: during, name: Pendant, phase: purchase }\n"
                    + "channels:\n  - { id: web, name: Site, type: digital }\n  - { id: shop, name: Boutique, type: analog }\n"
                    + "touchpoints:\n");
            for (int i = 0; i < TOUCHPOINTS; i++) {
                out.write("  - id: tp-" + i + "\n    name: Point " + i + "\n    stage: " + (i % 2 == 0 ? "before" : "during")
                        + "\n    channel: " + (i % 3 == 0 ? "shop" : "web") + "\n    elements: { emotions: { score: " + (i % 5 - 2)
                        + " } }\n    kpis:\n");
                for (int k = 0; k < 3; k++) {
                    String unit = k == 2 ? "件" : "%";
                    out.write("      - { id: kpi-" + i + "-" + k + ", name: Indicateur " + i + "." + k + ", unit: \"" + unit + "\", target: " + (60 + k * 10)
                            + ", warning: " + (45 + k * 10) + ", series: [");
                    for (int m = 1; m <= 12; m++) {
                        out.write((m == 1 ? "" : ", ") + "{ period: 2026-" + String.format("%02d", m) + ", value: "
                                + (30 + (i * 7 + k * 13 + m * 5) % 60) + " }");
                    }
                    out.write("] }\n");
                }
            }
        }
        return directory;
    }
}
