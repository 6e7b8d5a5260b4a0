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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
                "personas/commuter.html", "personas/family.html", "kpis.html",
                "value-proposition.html", "competitors.html", "warnings.html"), rendered.pages());
        assertEquals(List.of(
                "charts/journey-emotion-channel-shop.svg", "charts/journey-emotion-channel-web.svg",
                "charts/journey-emotion-commuter.svg", "charts/journey-emotion-family.svg", "charts/journey-emotion.svg",
                "charts/kpi-cart-abandonment.svg", "charts/kpi-footfall.svg", "charts/kpi-members.svg",
                "charts/value-proposition.svg", "style.css"),
                rendered.files().stream().filter(f -> !f.endsWith(".html")).toList());
    }

    @Test
    void theNavigationMarksTheSectionAPageIsInAsTheCurrentPageOrAPageBelowIt() {
        String nav = "//h:header/h:nav/h:ul/h:li/h:a";
        HtmlPage index = page("index.html");
        assertEquals(List.of("Map", "KPIs", "Value proposition", "Competitors", "Warnings 3"), index.texts(nav));
        assertEquals(List.of("index.html", "kpis.html", "value-proposition.html", "competitors.html", "warnings.html"),
                index.texts(nav + "/@href"));
        assertEquals("page", index.text(nav + "[@aria-current]/@aria-current"));
        assertEquals("Corner Bakery touchpoints", index.text("//h:title"));

        HtmlPage touchpoint = page("touchpoints/checkout.html");
        assertEquals("../index.html", touchpoint.text(nav + "[@aria-current='true']/@href"));
        assertEquals("Online checkout – Corner Bakery touchpoints", touchpoint.text("//h:title"));
        assertEquals("kpis.html", page("kpis.html").text(nav + "[@aria-current='page']/@href"));
        assertEquals("../index.html", page("kpis/footfall.html").text(nav + "[@aria-current='true']/@href"), "a KPI is on its touchpoint's map");
        assertEquals("warnings.html", page("warnings.html").text(nav + "[@aria-current='page']/@href"));
        assertEquals(0, page("competitors.html").count(nav + "[@aria-current][@href!='competitors.html']"));
    }

    @Test
    void indexShowsTheGridWithStagesGroupedByPhaseAndChannelsGroupedByGroup() {
        HtmlPage index = page("index.html");
        assertEquals("Corner Bakery touchpoints", index.text("//h:h1"));
        assertEquals(List.of("Before purchase", "Purchase", "After purchase"), index.texts("//h:table[@id='grid']//h:tr[@class='phases']/h:th[@scope='colgroup']"));
        assertEquals(List.of("2", "1", "1"), index.texts("//h:table[@id='grid']//h:th[@scope='colgroup']/@colspan"));
        assertEquals(List.of("Discovery", "Consideration", "Purchase", "Loyalty"), index.texts("//h:table[@id='grid']//h:tr[@class='stages']/h:th"));
        assertEquals(List.of("Physical", "Online"), index.texts("//h:table[@id='grid']//h:th[@scope='rowgroup']"));
        assertEquals(List.of("Shop Analog", "Phone Analog", "Website Digital"), index.texts(CHANNEL_ROWS + "/h:th[@scope='row']"));
        assertEquals(12, index.count(CHANNEL_ROWS + "/h:td"));
        assertEquals(8, index.count(CHANNEL_ROWS + "/h:td[@class='empty']"));
    }

    /** The rows of the channels in the map, without the lanes above and below them. */
    private static final String CHANNEL_ROWS = "//h:table[@id='grid']/h:tbody[not(@class='lanes')]/h:tr[h:td]";
    private static final String GROUPS = "//h:table[@id='grid']/h:tbody[not(@class='lanes')]";

    @Test
    void eachCellListsItsTouchpointsAsCardsWithKpiStatusAndEmotionInWords() {
        HtmlPage index = page("index.html");
        assertEquals(List.of("Shop window ✓ On target ☺ +2 Very positive emotion"),
                index.texts(GROUPS + "[1]/h:tr[2]/h:td[1]//h:li"));
        assertEquals("card card-on-target", index.text(GROUPS + "[1]/h:tr[2]/h:td[1]//h:li/@class"));
        assertEquals("touchpoints/shop-window.html", index.text(GROUPS + "[1]/h:tr[2]/h:td[1]//h:a/@href"));
        assertEquals(List.of("Phone order ○ No data Planned"), index.texts(GROUPS + "[1]/h:tr[3]/h:td[3]//h:li"));
        assertEquals(List.of("Online checkout ✗ Off target ☹ −1 Negative emotion"), index.texts(GROUPS + "[2]/h:tr[2]/h:td[3]//h:li"));
    }

    @Test
    void competitorPresenceIsShownDiscreetlyInItsCellEvenWhenWeAreAbsentAndAnEmptyCellIsQuiet() {
        HtmlPage index = page("index.html");
        assertEquals("No touchpoint Competitors here: A Big Chain 4/5", index.text(GROUPS + "[2]/h:tr[2]/h:td[2]"));
        assertEquals("vh", index.text(GROUPS + "[2]/h:tr[2]/h:td[2]/h:span/@class"));
    }

    @Test
    void lanesUnderTheStagesGiveTheEmotionCurveWithItsScoresTheKpiStatusesPainPointsAndOpportunities() {
        HtmlPage index = page("index.html");
        assertEquals(List.of("Emotion Mean emotion Morning commuter Weekend family", "KPI status", "Pain points", "Opportunities"),
                index.texts("//h:table[@id='grid']/h:tbody[@class='lanes']/h:tr/h:th"));
        assertEquals("charts/journey-emotion.svg", index.text("//h:tr[@class='lane lane-curve']/h:td/h:img/@src"));
        assertEquals("4", index.text("//h:tr[@class='lane lane-curve']/h:td/@colspan"));
        assertEquals("Line chart of the mean emotion per stage: Discovery +2, Purchase \u22121, Loyalty +1.",
                index.text("//h:tr[@class='lane lane-curve']//h:img/@alt"));
        assertEquals(List.of(
                "☺ +2 Mean emotion Morning commuter +2 Weekend family +2",
                "Not scored Morning commuter Not scored Weekend family Not scored",
                "☹ \u22121 Mean emotion Morning commuter Not scored Weekend family \u22121",
                "☺ +1 Mean emotion Morning commuter Not scored Weekend family Not scored"),
                index.texts("//h:tr[@class='lane lane-emotion']/h:td"));
        assertEquals(List.of("✓ 1 On target", "No KPI", "✗ 1 Off target", "◇ 1 No target"), index.texts("//h:tr[@class='lane lane-kpis']/h:td"));
        assertEquals(List.of("Window fogs up in winter", "No pain point", "No pain point", "No pain point"),
                index.texts("//h:tr[@class='lane lane-pain-points']/h:td"));
        assertEquals(List.of("Show opening hours", "No opportunity", "No opportunity", "No opportunity"),
                index.texts("//h:tr[@class='lane lane-opportunities']/h:td"));
        // the overall line is drawn through the middle of the columns of the scored stages, and breaks where none is
        String svg = site.text("charts/journey-emotion.svg");
        assertTrue(svg.contains("viewBox=\"0 0 400 100\" preserveAspectRatio=\"none\""), svg);
        assertTrue(svg.contains("<path d=\"M50 10M250 70L350 30\" stroke=\"#1f2328\""), svg);
    }

    @Test
    void indexOpensWithTheWorstFirstSummary() {
        HtmlPage index = page("index.html");
        assertEquals("At a glance", index.text("(//h:main//h:h2)[1]"));
        assertEquals(List.of(
                "Touchpoints with a negative emotion 1 ☹ \u22121 Negative emotion Online checkout Purchase × Website",
                "KPIs off target 1 Cart abandonment 75\u00a0% for a target of 60\u00a0%, 25\u00a0% away ↗ rising",
                "KPIs in warning 0 No KPI is in warning.",
                "KPIs gone stale Whether KPIs are stale is not judged: give the map a date, or the build a project.build.outputTimestamp.",
                "Competitor gaps 2 Big Chain is present at Consideration × Website, where we have no touchpoint. "
                        + "Big Chain is rated 4/5 at Purchase × Website, above our 2/5.",
                "Stages with no KPI 1 Consideration"),
                index.texts("//h:section[@aria-labelledby='summary']//h:section"));
        assertEquals("kpis.html", index.text("//h:a[.='All 3 KPIs with their status']/@href"));
    }

    @Test
    void indexGivesHeadlineFiguresAndTheKpiPageEveryKpi() {
        HtmlPage index = page("index.html");
        assertEquals(List.of(
                "4 Touchpoints Planned 1 Active 3",
                "3 KPIs On target 1 Off target 1 No target 1",
                "3 Channels Touchpoints on analog channels 3 Touchpoints on digital channels 1",
                "33\u00a0% Cells covered Cells with touchpoints 4 Empty cells 8 Touchpoints without KPI 1"),
                index.texts("//h:div[@class='figure']"));
        assertEquals(List.of(
                "Footfall Shop window ✓ On target 1,240\u00a0visits 1,200\u00a0visits",
                "Cart abandonment Online checkout ✗ Off target 75\u00a0% 60\u00a0%",
                "Card members Loyalty card ◇ No target 310 –"),
                page("kpis.html").texts("//h:tbody/h:tr"));
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
        assertEquals(List.of("Latest value 1,240\u00a0visits in Feb\u00a02026", "Target 1,200\u00a0visits", "Warning threshold 1,000\u00a0visits",
                "Direction Higher is better", "Kind Quantitative", "Source Profiling"),
                tp.texts("//h:section[@class='kpi']/h:dl/h:div"));
        assertEquals("../charts/kpi-footfall.svg", tp.text("//h:section[@class='kpi']//h:img/@src"));
        assertEquals("Line chart of Footfall over 2 periods: latest 1,240\u00a0visits in Feb\u00a02026, On target (target 1,200\u00a0visits).",
                tp.text("//h:section[@class='kpi']//h:img/@alt"));
        // the chart's data is the table of values on the KPI's page, not a copy of it on every page showing the chart
        assertEquals(0, tp.count("//h:details"));
        assertEquals("Data of this chart", tp.text("//h:section[@class='kpi']//h:figure/h:p[@class='more']/h:a"));
        assertEquals("../kpis/footfall.html#values", tp.text("//h:section[@class='kpi']//h:figure//h:a/@href"));
        assertEquals("Big Chain — 2/5", tp.text("//h:section[@aria-labelledby='competitors']//h:li"));
    }

    @Test
    void aKpiWithValuesAndNoTargetSaysSoWithItsOwnSymbolInEitherLanguage() throws IOException {
        HtmlPage kpi = page("kpis/members.html");
        assertEquals("\u25C7 No target", kpi.text("//h:p[@class='badges']"));
        MemoryOutput french = Fixtures.render("site-map", ReportSettings.DEFAULT.withLanguage("fr"));
        HtmlPage members = HtmlPage.parse(french.text("kpis/members.html"));
        assertEquals("\u25C7 Sans objectif", members.text("//h:p[@class='badges']"));
        assertEquals("Courbe de l'indicateur «\u202fCard members\u202f» sur une période\u202f: dernière valeur 310 en T1\u00a02026, Sans objectif.",
                members.text("//h:figure//h:img/@alt"));
    }

    @Test
    void kpiPageListsEveryValueWithItsStatus() {
        HtmlPage kpi = page("kpis/cart-abandonment.html");
        assertEquals("Cart abandonment", kpi.text("//h:h1"));
        assertEquals("✗ Off target", kpi.text("//h:p[@class='badges']"));
        assertEquals(List.of("Jan\u00a02026 72\u00a0% Off target", "Feb\u00a02026 75\u00a0% Off target"),
                kpi.texts("//h:section[@aria-labelledby='values']//h:tbody/h:tr"));
        assertEquals(1, kpi.count("//h:tbody"));
        assertEquals("#values", kpi.text("//h:figure/h:p[@class='more']/h:a/@href"));
        assertEquals("values", kpi.text("//h:section/h:h2/@id"));
    }

    @Test
    void stageChannelAndPersonaPagesAreViewsOfTheMap() {
        HtmlPage stage = page("stages/purchase.html");
        assertEquals(List.of("Purchase"), stage.texts("//h:table[@id='grid']//h:tr[@class='stages']/h:th"));
        assertEquals(List.of("Shop Analog No touchpoint", "Phone Analog Phone order ○ No data Planned",
                        "Website Digital Online checkout ✗ Off target ☹ \u22121 Negative emotion Competitors here: A Big Chain 4/5"),
                stage.texts(CHANNEL_ROWS));
        assertEquals(List.of("☹ \u22121 Mean emotion Weekend family \u22121"), stage.texts("//h:tr[@class='lane lane-emotion']/h:td"));
        assertEquals(0, stage.count("//h:tr[@class='lane lane-curve']"));
        assertEquals(List.of("Not scored"), page("stages/consideration.html").texts("//h:tr[@class='lane lane-emotion']/h:td"));
        HtmlPage channel = page("channels/shop.html");
        assertEquals(List.of("Discovery", "Consideration", "Purchase", "Loyalty"), channel.texts("//h:tr[@class='stages']/h:th"));
        assertEquals(List.of("Shop Analog Shop window ✓ On target ☺ +2 Very positive emotion Competitors here: A Big Chain 2/5 "
                + "No touchpoint No touchpoint Loyalty card ◇ No target ☺ +1 Positive emotion"), channel.texts(CHANNEL_ROWS));
        assertEquals("../charts/journey-emotion-channel-shop.svg", channel.text("//h:tr[@class='lane lane-curve']//h:img/@src"));
        assertEquals(List.of("Price 3/5", "Service 4/5", "Proximity 5/5"),
                page("stages/purchase.html").texts("//h:section[@aria-labelledby='extra']//h:dl/h:div"));
        assertEquals(List.of("Type Analog", "Group Physical"), page("channels/shop.html").texts("//h:dl[@class='facts']/h:div"));
        HtmlPage persona = page("personas/commuter.html");
        assertEquals("Buys on the way to work.", persona.text("//h:div[@class='description']"));
        assertEquals(List.of("Shop window"), persona.texts("//h:table[@id='grid']//h:li[contains(@class, 'card')]/h:a"));
        assertEquals("../charts/journey-emotion-commuter.svg", persona.text("//h:tr[@class='lane lane-curve']//h:img/@src"));
        assertEquals("Emotion", persona.text("//h:tr[@class='lane lane-curve']/h:th"));
        assertEquals(List.of("☺ +2 Mean emotion", "Not scored", "Not scored", "Not scored"),
                persona.texts("//h:tr[@class='lane lane-emotion']/h:td"));
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
        assertEquals(List.of("A Big Chain"), competitors.texts("//h:ul[@class='inline keys-competitors']/h:li"));
        assertEquals("A Big Chain 4/5 ○ We are absent", competitors.text("//h:table[@id='presence-grid']/h:tbody[2]/h:tr[2]/h:td[2]"));
        assertEquals("A Big Chain 4/5", competitors.text("//h:table[@id='presence-grid']/h:tbody[2]/h:tr[2]/h:td[3]"));
        assertEquals("dot dot-1", competitors.text("//h:table[@id='presence-grid']/h:tbody[2]/h:tr[2]/h:td[3]//h:span[1]/@class"));
    }

    @Test
    void warningsPageNamesEachWarningWithItsFileLineAndColumn() {
        HtmlPage warnings = page("warnings.html");
        assertEquals(List.of(
                "map.yaml:15:11 TM203 stage 'consideration' has no touchpoint add a touchpoint with 'stage: consideration', or remove the stage",
                "touchpoints.yaml:49:9 TM201 touchpoint 'phone-order' has no KPI add a KPI under 'kpis' to measure it",
                "touchpoints.yaml:61:13 TM202 KPI 'members' has no target add 'target:' so its status can be judged"),
                warnings.texts("//h:tbody/h:tr"));
        assertEquals("Warnings 3", page("index.html").text("//h:nav[@aria-label='Site']//h:li[5]"));
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
    void everyTemplateOfTheSiteIsParsedAheadOfARender() throws Exception {
        Set<String> templates;
        try (Stream<Path> files = Files.list(Path.of(HtmlSite.class.getResource("index.ftlh").toURI()).getParent())) {
            templates = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".ftlh"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        // the index of a collection of maps is written once for all of its sites
        templates.remove(CollectionIndex.TEMPLATE);

        assertEquals(templates, HtmlSite.templatesOfASite());
    }

    @Test
    void languageOverrideAndDateChangeLabelsAndFooter() throws IOException {
        MemoryOutput french = Fixtures.render("site-map", ReportSettings.DEFAULT.withLanguage("fr").withDate(LocalDate.of(2026, 11, 1)));
        HtmlPage index = HtmlPage.parse(french.text("index.html"));
        assertEquals("fr", index.text("/h:html/@lang"));
        assertEquals(List.of("Carte", "Indicateurs", "Proposition de valeur", "Concurrents", "Avertissements 3"), index.texts("//h:nav[@aria-label='Site']//h:li"));
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
