package io.touchmap.diff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlDiffTest {

    @Test
    void thePageIsSelfContainedHtml5() {
        String html = HtmlDiff.render(Fixtures.report("base", "touchpoint-moved"));

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"));
        assertTrue(html.contains("<title>Changes to Corner shop</title>"));
        assertFalse(html.contains("http://"), "no link or resource outside the page");
        assertFalse(html.contains("https://"), "no link or resource outside the page");
        assertTrue(html.endsWith("</main>\n</body>\n</html>\n"));
    }

    @Test
    void theGridMarksTheCellsAMovedTouchpointLeftAndEnteredInWordsToo() {
        String html = HtmlDiff.render(Fixtures.report("base", "touchpoint-moved"));

        assertTrue(html.contains("<td class=\"moved\"><ul>\n<li class=\"moved-out\"><span class=\"name\">Store checkout</span> "
                + "<span class=\"tag\">⇄ moved out</span></li>\n</ul></td>"), html);
        assertTrue(html.contains("<li class=\"moved\"><span class=\"name\">Store checkout</span> <span class=\"tag\">⇄ moved in</span></li>"));
        assertTrue(html.contains("<li><span class=\"name\">Web search</span></li>"), "unchanged touchpoints stay on the grid, unmarked");
    }

    @Test
    void addedAndRemovedStagesAndTouchpointsAreMarked() {
        String structure = HtmlDiff.render(Fixtures.report("base", "structure"));
        String removed = HtmlDiff.render(Fixtures.report("base", "touchpoint-removed"));

        assertTrue(structure.contains("<th scope=\"col\" class=\"added\">Loyalty <span class=\"tag\">(added)</span></th>"));
        assertTrue(structure.contains("<li>⇄ Moved Discovery (discovery) from position 1 to 2</li>"));
        assertTrue(removed.contains("<td class=\"removed\"><ul>\n<li class=\"removed\"><span class=\"name\">Web search</span> "
                + "<span class=\"tag\">− removed</span></li>"));
    }

    @Test
    void aCellOnlyABrokenBaselineNamesStillGetsItsRow() {
        String html = HtmlDiff.render(Fixtures.report("invalid", "touchpoint-moved"));

        assertTrue(html.contains("<th scope=\"row\">shop</th>"), html);
        assertTrue(html.contains("<span class=\"name\">Store checkout</span> <span class=\"tag\">⇄ moved out</span>"));
        assertTrue(html.contains("<p>The baseline does not validate (1 error, 1 warning): the diff shows what could be read.</p>"));
    }

    @Test
    void kpiStatusesAreWordsWithSymbolsThatCommonFontsDraw() {
        String html = HtmlDiff.render(Fixtures.report("base", "kpi-changes"));

        assertTrue(html.contains("<li>KPI Waiting time (wait): ⚠ warning → ✓ on target (▲ better)"), html);
        assertTrue(html.contains("<li>KPI Checkout NPS (nps): ✓ on target → ✗ off target (▼ worse)"));
    }

    @Test
    void textFromTheMapIsEscaped() {
        String html = HtmlDiff.render(Fixtures.report("base", "hostile-text"));

        assertTrue(html.contains("<li>Owner: retail-ops → &lt;script&gt;alert(1)&lt;/script&gt; *bold* | pipe @cx-team [link](http://x) $x$</li>"), html);
        assertFalse(html.contains("<script>"));
    }

    @Test
    void noChangesSaySoWithoutAGrid() {
        String html = HtmlDiff.render(Fixtures.report("base", "split-files"));

        assertTrue(html.contains("<p class=\"headline\">No changes to the map</p>"));
        assertFalse(html.contains("<table"));
    }
}
