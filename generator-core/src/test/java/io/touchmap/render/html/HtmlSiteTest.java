package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.Touchmap;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlSiteTest {

    private static MemoryOutput site;

    @BeforeAll
    static void render() throws IOException {
        site = Fixtures.render("site-map");
    }

    private static HtmlPage page(String path) {
        String html = site.text(path);
        if (html == null) {
            throw new AssertionError("no page " + path + " in " + site.files().keySet());
        }
        return HtmlPage.parse(html);
    }

    @Test
    void siteHasAPageForEveryTouchpointKpiStageChannelAndPersonaAndItsChartsAndStylesheet() throws IOException {
        HtmlSite.Rendered rendered = HtmlSite.render(Fixtures.load("site-map"), new MemoryOutput());
        assertEquals(List.of(
                "index.html",
                "touchpoints/shop-window.html", "kpis/footfall.html",
                "touchpoints/checkout.html", "kpis/cart-abandonment.html",
                "touchpoints/phone-order.html",
                "touchpoints/loyalty-card.html", "kpis/members.html",
                "stages/discovery.html", "stages/consideration.html", "stages/purchase.html", "stages/loyalty.html",
                "channels/shop.html", "channels/phone.html", "channels/web.html",
                "personas/commuter.html", "personas/family.html",
                "value-proposition.html", "competitors.html", "warnings.html"), rendered.pages());
        assertEquals(List.of(
                "charts/emotion-commuter.svg", "charts/emotion-family.svg", "charts/emotion.svg",
                "charts/kpi-cart-abandonment.svg", "charts/kpi-footfall.svg", "charts/kpi-members.svg",
                "charts/value-proposition.svg", "style.css"),
                rendered.files().stream().filter(f -> !f.endsWith(".html")).toList());
    }

    @Test
    void indexShowsTheGridWithStagesGroupedByPhaseAndChannelsGroupedByGroup() {
        HtmlPage index = page("index.html");
        assertEquals("Corner Bakery touchpoints", index.text("//h:h1"));
        assertEquals(List.of("Before purchase", "Purchase", "After purchase"), index.texts("//h:table[@id='grid']//h:tr[@class='phases']/h:th[@scope='colgroup']"));
        assertEquals(List.of("2", "1", "1"), index.texts("//h:table[@id='grid']//h:th[@scope='colgroup']/@colspan"));
        assertEquals(List.of("Discovery", "Consideration", "Purchase", "Loyalty"), index.texts("//h:table[@id='grid']//h:tr[@class='stages']/h:th"));
        assertEquals(List.of("Physical", "Online"), index.texts("//h:table[@id='grid']//h:th[@scope='rowgroup']"));
        assertEquals(List.of("Shop Analog", "Phone Analog", "Website Digital"), index.texts("//h:table[@id='grid']//h:th[@scope='row']"));
        assertEquals(12, index.count("//h:table[@id='grid']//h:td"));
        assertEquals(8, index.count("//h:table[@id='grid']//h:td[@class='empty']"));
    }

    @Test
    void eachCellListsItsTouchpointsAsLinksWithKpiStatusAndEmotionInWords() {
        HtmlPage index = page("index.html");
        assertEquals(List.of("Shop window ✓ On target ☺ +2 Very positive emotion"),
                index.texts("//h:table[@id='grid']/h:tbody[1]/h:tr[2]/h:td[1]//h:li"));
        assertEquals("touchpoints/shop-window.html", index.text("//h:table[@id='grid']/h:tbody[1]/h:tr[2]/h:td[1]//h:a/@href"));
        assertEquals(List.of("Phone order – No data Planned"), index.texts("//h:table[@id='grid']/h:tbody[1]/h:tr[3]/h:td[3]//h:li"));
        assertEquals(List.of("Online checkout ✕ Off target ☹ −1 Negative emotion"), index.texts("//h:table[@id='grid']/h:tbody[2]/h:tr[2]/h:td[3]//h:li"));
    }

    @Test
    void competitorPresenceIsShownDiscreetlyInItsCellEvenWhenWeAreAbsent() {
        HtmlPage index = page("index.html");
        assertEquals("— No touchpoint Competitors here: ◆ Big Chain 4/5",
                index.text("//h:table[@id='grid']/h:tbody[2]/h:tr[2]/h:td[2]"));
    }

    @Test
    void indexGivesHeadlineFiguresAndTheKpiList() {
        HtmlPage index = page("index.html");
        assertEquals(List.of(
                "4 Touchpoints Planned 1 Active 3",
                "3 KPIs On target 1 Off target 1 No data 1",
                "3 Channels Touchpoints on analog channels 3 Touchpoints on digital channels 1",
                "33\u00a0% Cells covered Cells with touchpoints 4 Empty cells 8 Touchpoints without KPI 1"),
                index.texts("//h:div[@class='figure']"));
        assertEquals(List.of(
                "Footfall Shop window ✓ On target 1,240\u00a0visits 1,200\u00a0visits",
                "Cart abandonment Online checkout ✕ Off target 75\u00a0% 60\u00a0%",
                "Card members Loyalty card – No data 310 –"),
                index.texts("//h:section[@aria-labelledby='kpis']//h:tbody/h:tr"));
    }

    @Test
    void emotionCurveUnderTheGridGivesItsDataPerStageOverallAndPerPersona() {
        HtmlPage index = page("index.html");
        assertEquals("charts/emotion.svg", index.text("//h:section[@aria-labelledby='emotion-curve']//h:img/@src"));
        assertEquals("Line chart of the mean emotion per stage: Discovery +2, Purchase \u22121, Loyalty +1.",
                index.text("//h:section[@aria-labelledby='emotion-curve']//h:img/@alt"));
        assertEquals(List.of("Stage Mean emotion Scored touchpoints Morning commuter Weekend family"),
                index.texts("//h:section[@aria-labelledby='emotion-curve']//h:thead/h:tr"));
        assertEquals(List.of(
                "Discovery +2 1 +2 +2",
                "Consideration Not scored 0 Not scored Not scored",
                "Purchase \u22121 1 Not scored \u22121",
                "Loyalty +1 1 Not scored Not scored"),
                index.texts("//h:section[@aria-labelledby='emotion-curve']//h:tbody/h:tr"));
    }

    @Test
    void descriptionMarkdownBecomesParagraphsEmphasisListsAndLinks() {
        HtmlPage index = page("index.html");
        assertEquals("before", index.text("//h:div[@class='description']/h:p[1]/h:em"));
        assertEquals(List.of("weekly review by the CX team", "see the handbook"), index.texts("//h:div[@class='description']/h:ul/h:li"));
        assertEquals("https://example.org/handbook", index.text("//h:div[@class='description']//h:a/@href"));
        assertEquals("nofollow noopener noreferrer", index.text("//h:div[@class='description']//h:a/@rel"));
    }

    @Test
    void touchpointPageShowsItsCellElementsValueAndEachKpiWithChart() {
        HtmlPage tp = page("touchpoints/shop-window.html");
        assertEquals("Shop window", tp.text("//h:h1"));
        assertEquals(List.of("Map", "Discovery", "Shop"), tp.texts("//h:nav[@class='crumbs']//h:li"));
        assertEquals(List.of("Stage Discovery", "Channel Shop", "Phase Before purchase", "Owner shop-team", "Status Active",
                "Personas Morning commuter, Weekend family"), tp.texts("//h:main/h:dl[@class='facts']/h:div"));
        assertEquals(List.of("Product or service Fresh bread on display", "Interactions Tasting on Saturdays",
                "Communication Chalkboard of the day", "Emotions and perceptions ☺ +2 Very positive emotion Smells great"),
                tp.texts("//h:div[@class='elements']/h:section"));
        assertEquals("Window fogs up in winter", tp.text("//h:section[@aria-labelledby='pain-points']//h:li"));
        assertEquals("Show opening hours", tp.text("//h:section[@aria-labelledby='opportunities']//h:li"));
        assertEquals(List.of("Price Prices shown on every loaf", "Proximity On the way to the station"),
                tp.texts("//h:section[@aria-labelledby='value']//h:dl/h:div"));
        assertEquals(List.of("Latest value 1,240\u00a0visits in 2026-02", "Target 1,200\u00a0visits", "Warning threshold 1,000\u00a0visits",
                "Direction Higher is better", "Kind Quantitative", "Source Profiling"),
                tp.texts("//h:section[@class='kpi']/h:dl/h:div"));
        assertEquals("../charts/kpi-footfall.svg", tp.text("//h:section[@class='kpi']//h:img/@src"));
        assertEquals("Line chart of Footfall over 2 periods: latest 1,240\u00a0visits in 2026-02, On target (target 1,200\u00a0visits).",
                tp.text("//h:section[@class='kpi']//h:img/@alt"));
        assertEquals(List.of("2026-01 1,150\u00a0visits Warning", "2026-02 1,240\u00a0visits On target"),
                tp.texts("//h:section[@class='kpi']//h:details//h:tbody/h:tr"));
        assertEquals("Big Chain — 2/5", tp.text("//h:section[@aria-labelledby='competitors']//h:li"));
    }

    @Test
    void kpiPageListsEveryValueWithItsStatus() {
        HtmlPage kpi = page("kpis/cart-abandonment.html");
        assertEquals("Cart abandonment", kpi.text("//h:h1"));
        assertEquals("✕ Off target", kpi.text("//h:p[@class='badges']"));
        assertEquals(List.of("2026-01 72\u00a0% Off target", "2026-02 75\u00a0% Off target"),
                kpi.texts("//h:section[@aria-labelledby='values']//h:tbody/h:tr"));
    }

    @Test
    void stageChannelAndPersonaPagesListTheirTouchpoints() {
        assertEquals(List.of("Online checkout Purchase Website ✕ Off target ☹ −1 Negative emotion –",
                        "Phone order Planned Purchase Phone – No data – –"),
                page("stages/purchase.html").texts("//h:tbody/h:tr"));
        assertEquals("No touchpoint yet.", page("stages/consideration.html").text("//h:section[@aria-labelledby='touchpoints']/h:p"));
        assertEquals(List.of("Price 3/5", "Service 4/5", "Proximity 5/5"),
                page("stages/purchase.html").texts("//h:section[@aria-labelledby='extra']//h:dl/h:div"));
        assertEquals(List.of("Type Analog", "Group Physical"), page("channels/shop.html").texts("//h:dl[@class='facts']/h:div"));
        HtmlPage persona = page("personas/commuter.html");
        assertEquals("Buys on the way to work.", persona.text("//h:div[@class='description']"));
        assertEquals("../charts/emotion-commuter.svg", persona.text("//h:img/@src"));
    }

    @Test
    void valuePropositionPageHasComponentsImportanceHeatMapAndComparison() {
        HtmlPage vp = page("value-proposition.html");
        assertEquals(List.of("Price Fair prices 3/5", "Service Friendly staff 4/5", "Personalization – 2/5",
                "Proximity A shop in every district 5/5"), vp.texts("//h:section[@aria-labelledby='components']//h:tbody/h:tr"));
        assertEquals(List.of("Price 5 4 3 2", "Service – – 4 3", "Personalization – – – 4", "Proximity 3 – 5 –"),
                vp.texts("//h:table[@class='heat']/h:tbody/h:tr"));
        assertEquals("level-5", vp.text("//h:table[@class='heat']/h:tbody/h:tr[1]/h:td[1]/@class"));
        assertEquals(List.of("Price 3 5", "Service 4 2", "Personalization 2 1", "Proximity 5 3"),
                vp.texts("//h:figure//h:tbody/h:tr"));
    }

    @Test
    void competitorsPageListsGapsAndThePresenceMatrix() {
        HtmlPage competitors = page("competitors.html");
        assertEquals(List.of("Big Chain Consideration Website We are absent Online catalogue",
                        "Big Chain Purchase Website Rated 4/5, above our 2/5 One-click checkout"),
                competitors.texts("//h:section[@aria-labelledby='gaps']//h:tbody/h:tr"));
        assertEquals(12, competitors.count("//h:table[@id='presence-grid']//h:td"));
        assertEquals("We are absent ◆ Big Chain 4/5 Online catalogue",
                competitors.text("//h:table[@id='presence-grid']/h:tbody[2]/h:tr[2]/h:td[2]"));
    }

    @Test
    void warningsPageNamesEachWarningWithItsFileLineAndColumn() {
        HtmlPage warnings = page("warnings.html");
        assertEquals(List.of(
                "map.yaml:15:11 TM203 stage 'consideration' has no touchpoint add a touchpoint with 'stage: consideration', or remove the stage",
                "touchpoints.yaml:49:9 TM201 touchpoint 'phone-order' has no KPI add a KPI under 'kpis' to measure it",
                "touchpoints.yaml:61:13 TM202 KPI 'members' has no target add 'target:' so its status can be judged"),
                warnings.texts("//h:tbody/h:tr"));
        assertEquals("Warnings 3", page("index.html").text("//h:nav[@aria-label='Site']//h:li[4]"));
    }

    @Test
    void warningsAreWrittenInTheLanguageOfTheSite() throws IOException {
        MemoryOutput french = new MemoryOutput();
        HtmlSite.render(Fixtures.load("site-map"), io.touchmap.render.ReportSettings.DEFAULT.withLanguage("fr"), french);
        assertEquals("touchpoints.yaml:49:9 TM201 le point de contact 'phone-order' n'a aucun indicateur "
                        + "ajoutez un indicateur sous 'kpis' pour le mesurer",
                HtmlPage.parse(french.text("warnings.html")).texts("//h:tbody/h:tr").get(1));
    }

    @Test
    void everyPageHasLanguageLandmarksOneH1AndTheSecurityPolicy() {
        for (String path : site.files().keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            HtmlPage page = page(path);
            assertEquals("en", page.text("/h:html/@lang"), path);
            assertEquals(1, page.count("//h:h1"), path);
            assertEquals(1, page.count("//h:main[@id='main']"), path);
            assertEquals(1, page.count("//h:header"), path);
            assertEquals(1, page.count("//h:footer"), path);
            assertEquals("default-src 'none'; style-src 'self' file:; img-src 'self' file:; base-uri 'none'; form-action 'none'",
                    page.text("//h:meta[@http-equiv='Content-Security-Policy']/@content"), path);
            assertEquals(0, page.count("//h:script"), path);
        }
    }

    @Test
    void languageOverrideAndDateChangeLabelsAndFooter() throws IOException {
        MemoryOutput french = Fixtures.render("site-map", ReportSettings.DEFAULT.withLanguage("fr").withDate(LocalDate.of(2026, 11, 1)));
        HtmlPage index = HtmlPage.parse(french.text("index.html"));
        assertEquals("fr", index.text("/h:html/@lang"));
        assertEquals(List.of("Carte", "Proposition de valeur", "Concurrents", "Avertissements 3"), index.texts("//h:nav[@aria-label='Site']//h:li"));
        assertEquals("Généré par Touchmap · 1 novembre 2026", index.text("//h:footer"));
        assertEquals(List.of("Avant l'achat", "Achat", "Après l'achat"), index.texts("//h:th[@scope='colgroup']"));
        assertEquals("Generated by Touchmap", page("index.html").text("//h:footer"));
    }

    @Test
    void aMapWithErrorsIsNotRendered(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("map.yaml"), "map:\n  id: Bad Id\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlSite.render(Touchmap.load(dir), new MemoryOutput()));
        assertTrue(e.getMessage().startsWith("the map in " + dir.toAbsolutePath().normalize() + " has errors and cannot be rendered: "),
                e.getMessage());
    }
}
