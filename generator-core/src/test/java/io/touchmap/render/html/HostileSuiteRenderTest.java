package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.diff.Baseline;
import io.touchmap.diff.DiffReport;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.pdf.PdfDocument;
import io.touchmap.render.pdf.PdfRender;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/**
 * The hostile suite's map of script payloads ({@code hostile/script-payloads.yaml}: one in every text field) is a
 * valid map; every output shows each payload as the text it is, and none of them as markup.
 */
class HostileSuiteRenderTest {

    @TempDir
    Path temp;

    private LoadResult load() throws Exception {
        Path map = Files.createDirectories(temp.resolve("map"));
        try (InputStream in = getClass().getResourceAsStream("/hostile/script-payloads.yaml")) {
            Files.copy(in, map.resolve("map.yaml"));
        }
        LoadResult result = Touchmap.load(map);
        assertEquals(List.of(), result.diagnostics());
        return result;
    }

    @Test
    void everyPayloadIsTextOnEveryPageAndNoneIsMarkup() throws Exception {
        MemoryOutput output = new MemoryOutput();
        HtmlSite.render(load(), ReportSettings.DEFAULT, output);
        for (String path : output.files().keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            HtmlPage page = HtmlPage.parse(output.text(path));
            assertEquals(0, page.count("//h:script | //h:iframe | //h:marquee | //h:svg | //h:style | //h:b | //h:u | //h:h1//h:a"), path);
            assertEquals(List.of(), page.texts("//@*[starts-with(name(), 'on')]"), path);
            for (Node href : page.nodes("//@href")) {
                String value = href.getNodeValue();
                assertTrue(!value.contains(":") || value.startsWith("https:") || value.startsWith("mailto:"), path + ": " + value);
            }
            assertTrue(!output.text(path).contains("\u202E"), path + " carries a raw right-to-left override");
        }
        HtmlPage touchpoint = HtmlPage.parse(output.text("touchpoints/t.html"));
        assertEquals("<a href=javascript:alert(7)>x</a>", touchpoint.text("//h:h1"));
        assertTrue(touchpoint.text("//h:main").contains("{{7*7}} ${7*7} <#assign x=1>"), "template syntax stays text");
    }

    @Test
    void thePdfPrintsThePayloadsAsText() throws Exception {
        byte[] pdf;
        try (var out = new java.io.ByteArrayOutputStream()) {
            PdfRender render = PdfDocument.of(load(), ReportSettings.DEFAULT).writeTo(out);
            assertTrue(render.pages() > 3);
            pdf = out.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("<a href=javascript:alert(7)>x</a>"), "the touchpoint's name as text");
            assertTrue(text.contains("<script>alert('title')</script>"), "the map's title as text");
        }
    }

    @Test
    void theDiffEscapesThePayloadsInMarkdownAndHtml() throws Exception {
        LoadResult current = load();
        Path empty = Files.createDirectories(temp.resolve("before"));
        Files.writeString(empty.resolve("map.yaml"), "map: { id: m, title: Before }\n");
        MemoryOutput output = new MemoryOutput();
        DiffReport.of(Baseline.ofDirectory(empty, temp), current, temp).writeTo(output);
        // as a forge shows the comment: GitHub-flavoured Markdown rendered to HTML
        var extensions = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
        String shown = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(extensions).build()
                .render(org.commonmark.parser.Parser.builder().extensions(extensions).build().parse(output.text("diff.md")));
        assertTrue(!shown.contains("<script") && !shown.contains("<iframe") && !shown.contains("href=\"javascript"), shown);
        assertTrue(shown.contains("&lt;a href=javascript:alert(7)&gt;x&lt;/a&gt;"), "the name is shown as text");
        HtmlPage page = HtmlPage.parse(output.text("diff.html"));
        assertEquals(0, page.count("//h:script | //h:iframe | //h:svg"));
        assertEquals(List.of(), page.texts("//@*[starts-with(name(), 'on')]"));
    }
}
