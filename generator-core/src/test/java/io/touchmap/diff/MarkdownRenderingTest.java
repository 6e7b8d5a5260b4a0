package io.touchmap.diff;

import io.touchmap.internal.text.MarkdownText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.Touchmap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown is checked as a Markdown reader sees it: CommonMark with GitHub's tables. */
class MarkdownRenderingTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(GFM).build();

    @Test
    void theCellTableIsOneGfmTableWithARowPerAffectedCell() {
        Node document = PARSER.parse(Fixtures.markdown("base", "touchpoint-moved"));

        List<TableBlock> tables = find(document, TableBlock.class);
        assertEquals(1, tables.size());
        assertEquals(3, find(tables.get(0), TableRow.class).size(), "the header row and two cells");
    }

    @Test
    void eachTouchpointIsACollapsibleSectionAroundAMarkdownList() {
        String html = HTML.render(PARSER.parse(Fixtures.markdown("base", "kpi-changes")));

        assertTrue(html.contains("<details>\n<summary>✏️ Changed: <b>Store checkout</b> (store-checkout)</summary>\n<ul>\n"
                + "<li>KPI <strong>Waiting time</strong> (wait): ⚠️ warning → ✅ on target (▲ better)\n<ul>\n<li>Target: 5 → 8 (relaxed ambition, lower is better)</li>\n"), html);
        assertEquals(2, count(html, "<details>"));
        assertEquals(2, count(html, "</details>"));
    }

    @Test
    void hostileTextRendersAsTheLiteralTextItIs() {
        Node document = PARSER.parse(Fixtures.markdown("base", "hostile-text"));
        String html = HTML.render(document);

        assertTrue(html.contains("<li>Owner: retail-ops → &lt;script&gt;alert(1)&lt;/script&gt; *bold* | pipe @\u2060cx-team [link](http://x) $x$</li>"), html);
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<a "));
        assertFalse(html.contains("<em>"));
        assertEquals(1, find(document, TableBlock.class).size());
        assertEquals(2, find(document, TableRow.class).size(), "the pipe in the owner does not split a table row");
    }

    @Test
    void namesInSummariesAreEscapedAsHtmlBecauseSummariesAreRawHtml() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39; &quot;@⁠team&quot;",
                MarkdownText.html("<img src=x onerror=alert(1)> & 'q' \"@team\""));
    }

    @Test
    void theBaselineIsNamedInACodeSpanLongerThanAnyBacktickRunInIt() {
        assertEquals("`origin/main`", MarkdownText.code("origin/main"));
        assertEquals("``` `a``b` ```", MarkdownText.code("`a``b`"));
    }

    @Test
    void valuesAreCutToOneLineOfBoundedLength() {
        assertEquals("a b c", MarkdownText.plain("a\nb\tc\u202E"));
        assertEquals("x".repeat(MarkdownText.MAX_VALUE_LENGTH) + "…", MarkdownText.plain("x".repeat(1_000)));
    }

    @Test
    void aLargeChangeSetIsShortenedUnderGitHubsCommentLimit(@TempDir Path directory) throws IOException {
        Path before = Files.createDirectories(directory.resolve("before"));
        Path after = Files.createDirectories(directory.resolve("after"));
        Files.writeString(before.resolve("map.yaml"), largeMap(3_000, "Old"));
        Files.writeString(after.resolve("map.yaml"), largeMap(3_000, "New"));
        DiffReport report = DiffReport.of(Baseline.ofDirectory(before, directory), Touchmap.load(after), directory);

        String markdown = MarkdownDiff.render(report);

        assertEquals(3_000, report.diff().changed());
        assertTrue(markdown.length() < MarkdownDiff.COMMENT_LIMIT, "length " + markdown.length());
        assertTrue(markdown.startsWith("<!-- touchmap-diff -->\n## Touchpoint map changes\n\n**3000 touchpoints changed**\n"));
        List<String> lines = markdown.lines().toList();
        assertTrue(lines.contains("| Buy | Web | ✏️ Touchpoint 0 (changed)<br>✏️ Touchpoint 1 (changed)<br>✏️ Touchpoint 2 (changed)<br>"
                + "✏️ Touchpoint 3 (changed)<br>✏️ Touchpoint 4 (changed)<br>✏️ Touchpoint 5 (changed)<br>✏️ Touchpoint 6 (changed)<br>"
                + "✏️ Touchpoint 7 (changed)<br>✏️ Touchpoint 8 (changed)<br>✏️ Touchpoint 9 (changed)<br>… and 2990 more |"), "a busy cell is capped");
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("_This comment is shortened: \\d+ entries are left out\\. diff\\.html and diff\\.json have every change\\._"), last);
        assertEquals(count(markdown, "<details>"), count(markdown, "</details>"), "no section is cut in the middle");
        int leftOut = Integer.parseInt(last.replaceAll("\\D", ""));
        assertEquals(3_000, count(markdown, "<details>") + leftOut, "every touchpoint is either shown or counted");
        assertTrue(HtmlDiff.render(report).contains("Touchpoint 2999"), "the HTML page keeps every change");
    }

    @Test
    void aLargeFrenchChangeSetIsShortenedUnderTheSameLimitAndSaysSoInFrench(@TempDir Path directory) throws IOException {
        Path before = Files.createDirectories(directory.resolve("before"));
        Path after = Files.createDirectories(directory.resolve("after"));
        Files.writeString(before.resolve("map.yaml"), largeMap(3_000, "Old").replace("title: Large }", "title: Large, locale: fr }"));
        Files.writeString(after.resolve("map.yaml"), largeMap(3_000, "New").replace("title: Large }", "title: Large, locale: fr }"));
        DiffReport report = DiffReport.of(Baseline.ofDirectory(before, directory), Touchmap.load(after), directory);

        String markdown = MarkdownDiff.render(report);

        assertTrue(markdown.length() < MarkdownDiff.COMMENT_LIMIT, "length " + markdown.length());
        assertTrue(markdown.startsWith("<!-- touchmap-diff -->\n## Modifications de la carte des points de contact\n\n"
                + "**3000 points de contact modifiés**\n"), markdown.substring(0, 200));
        List<String> lines = markdown.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("| Buy | Web | ") && l.endsWith("✏️ Touchpoint 9 (modifié)<br>… et 2990 de plus |")),
                "a busy cell is capped");
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("_Ce commentaire est abrégé\u00a0: \\d+ entrées sont omises\\. "
                + "diff\\.html et diff\\.json contiennent toutes les modifications\\._"), last);
        assertEquals(count(markdown, "<details>"), count(markdown, "</details>"), "no section is cut in the middle");
        int leftOut = Integer.parseInt(last.replaceAll("\\D", ""));
        assertEquals(3_000, count(markdown, "<details>") + leftOut, "every touchpoint is either shown or counted");
    }

    /** A map of {@code count} touchpoints in one cell, each named with {@code prefix}. */
    private static String largeMap(int count, String prefix) {
        StringBuilder yaml = new StringBuilder("""
                map: { id: large, title: Large }
                stages: [{ id: buy, name: Buy, phase: purchase }]
                channels: [{ id: web, name: Web, type: digital }]
                touchpoints:
                """);
        for (int i = 0; i < count; i++) {
            yaml.append("  - { id: t").append(i).append(", name: Touchpoint ").append(i).append(", stage: buy, channel: web, owner: ")
                    .append(prefix).append(" team ").append(i).append(" }\n");
        }
        return yaml.toString();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    static <T extends Node> List<T> find(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                collect(block);
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                collect(node);
                visitChildren(node);
            }

            @Override
            public void visit(HtmlBlock block) {
                collect(block);
            }

            private void collect(Node node) {
                if (type.isInstance(node)) {
                    found.add(type.cast(node));
                }
            }
        });
        return found;
    }
}
