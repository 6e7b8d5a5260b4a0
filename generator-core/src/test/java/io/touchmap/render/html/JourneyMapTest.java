package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.JourneyView;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journey map as stakeholders read it: crowded cells and lanes, the worst-first order, and the overview of a large map. */
class JourneyMapTest {

    @Test
    void aCrowdedCellShowsSixCardsThenLinksItsPageWhichListsThemAll() throws IOException {
        MemoryOutput site = Fixtures.render("crowded-map");
        HtmlPage index = HtmlPage.parse(site.text("index.html"));
        String cell = "//h:table[@id='grid']/h:tbody[not(@class='lanes')]/h:tr/h:td[1]";
        assertEquals(List.of("Card 1", "Card 2", "Card 3", "Card 4", "Card 5", "Card 6"), index.texts(cell + "//h:li/h:a"));
        assertEquals("+2 more", index.text(cell + "/h:p[@class='more']"));
        assertEquals("cells/visit/shop.html", index.text(cell + "/h:p[@class='more']/h:a/@href"));
        HtmlPage page = HtmlPage.parse(site.text("cells/visit/shop.html"));
        assertEquals("Visit × Shop", page.text("//h:h1"));
        assertEquals(List.of("Map", "Visit", "Shop"), page.texts("//h:nav[@class='crumbs']//h:li"));
        assertEquals("../../touchpoints/tp-8.html", page.text("//h:tbody/h:tr[8]/h:th/h:a/@href"));
        assertEquals(List.of("cells/visit/shop.html"), site.files().keySet().stream().filter(f -> f.startsWith("cells/")).toList());
    }

    @Test
    void aLaneShowsFiveTextsOfActiveAndPlannedTouchpointsThenLinksTheStagePageWhichShowsThemAll() throws IOException {
        MemoryOutput site = Fixtures.render("crowded-map");
        HtmlPage index = HtmlPage.parse(site.text("index.html"));
        assertEquals(List.of("Pain 1 Pain 2 Pain 3 Pain 4 Pain 5 +2 more", "No pain point"),
                index.texts("//h:tr[@class='lane lane-pain-points']/h:td"));
        assertEquals("stages/visit.html", index.text("//h:tr[@class='lane lane-pain-points']/h:td[1]//h:a/@href"));
        assertEquals(List.of("Pain 1 Pain 2 Pain 3 Pain 4 Pain 5 Pain 6 Pain 7"),
                HtmlPage.parse(site.text("stages/visit.html")).texts("//h:tr[@class='lane lane-pain-points']/h:td"));
    }

    @Test
    void kpisOffTargetThenInWarningComeByDistanceFromTheirTargetThenIdWithTheSignOfTheirLastChange() throws IOException {
        HtmlPage index = HtmlPage.parse(Fixtures.render("crowded-map").text("index.html"));
        assertEquals(List.of(
                "KPI C 8 for a target of 4, 100\u00a0% away ↘ falling",
                "KPI 0 5 for a target of 10, 50\u00a0% away ↗ rising",
                "KPI A 50 for a target of 100, 50\u00a0% away ↘ falling"),
                index.texts("//h:section[@class='concern concern-off-target']//h:li"));
        assertEquals(List.of("KPI D 7 for a target of 10, 30\u00a0% away → unchanged", "KPI B 8 for a target of 10, 20\u00a0% away → unchanged"),
                index.texts("//h:section[@class='concern concern-warning']//h:li"));
        assertEquals(List.of("☹ \u22122 Very negative emotion Card 1 Visit × Shop", "☹ \u22121 Negative emotion Card 2 Visit × Shop"),
                index.texts("//h:section[@class='concern concern-negative']//h:li"));
        assertEquals(List.of("Visit"), index.texts("//h:section[@class='concern concern-no-kpi']//h:li"));
    }

    @Test
    void theViewOfTheMapIsTheSameForEveryFormat() {
        LoadResult result = Fixtures.load("crowded-map");
        JourneyView view = JourneyView.of(result.map());
        assertEquals(9, view.touchpoints());
        assertEquals(false, view.overview());
        JourneyView.MapCell crowded = view.cells().get(0);
        assertEquals(6, crowded.shown().size());
        assertEquals(2, crowded.more());
        assertEquals(List.of("Pain 1", "Pain 2", "Pain 3", "Pain 4", "Pain 5", "Pain 6", "Pain 7"),
                view.lanes().get(0).painPoints().stream().map(JourneyView.LaneItem::text).toList());
        assertEquals(List.of("kpi-c", "kpi-0", "kpi-a"),
                JourneyView.worstFirst(result.map()).offTarget().stream().map(c -> c.kpi().id()).toList());
        assertEquals(List.of("A", "Z", "AA", "AB", "BA"), List.of(0, 25, 26, 27, 52).stream().map(JourneyView::letter).toList());
    }

    @Test
    void pastOneHundredAndFiftyTouchpointsTheIndexShowsAHeatMapWhoseCellsLinkTheirPages(@TempDir Path dir) throws IOException {
        LoadResult result = Touchmap.load(LargeMap.write(dir, 1_000));
        assertEquals(List.of(), result.diagnostics());
        MemoryOutput site = new MemoryOutput();
        HtmlSite.render(result, ReportSettings.DEFAULT, site);
        String html = site.text("index.html");
        assertTrue(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 200_000, "index.html is " + html.length() + " characters");
        HtmlPage index = HtmlPage.parse(html);
        assertEquals("grid overview dense", index.text("//h:table[@id='grid']/@class"));
        assertEquals("With 1,000 touchpoints the map is shown as a heat map: darker cells hold more touchpoints.",
                index.text("//h:section[@aria-labelledby='map']/h:p[@class='hint']"));
        assertEquals(0, index.count("//h:table[@id='grid']//h:li[contains(@class, 'card')]"));
        // 1,000 touchpoints placed 7 channels apart over 12 stages fill the 24 cells of every other channel at each stage
        String first = "//h:table[@id='grid']/h:tbody[not(@class='lanes')][1]/h:tr[2]/h:td[1]";
        assertEquals("cells/stage-1/channel-1.html", index.text(first + "/h:a/@href"));
        assertEquals("42 ✗ 42 touchpoints, worst KPI status: Off target", index.text(first));
        assertEquals(List.of("lane lane-curve", "lane lane-emotion"), index.texts("//h:table[@id='grid']/h:tbody[@class='lanes']/h:tr/@class"));
        assertEquals(0, index.count("//h:tr[@class='lane lane-pain-points']"));
        assertEquals(0, index.count("//h:section[@aria-labelledby='kpis']"));
        HtmlPage cell = HtmlPage.parse(site.text("cells/stage-1/channel-1.html"));
        assertEquals(42, cell.count("//h:tbody/h:tr"));
        long cellPages = site.files().keySet().stream().filter(f -> f.startsWith("cells/")).count();
        assertEquals(index.count("//h:td[contains(@class, 'heat')]"), cellPages);
    }
}
