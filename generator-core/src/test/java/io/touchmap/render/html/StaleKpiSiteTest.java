package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stale KPI on the site: on its page, its touchpoint's page and the home page's KPI table; or why none is judged. */
class StaleKpiSiteTest {

    private static final String KPI_ROWS = "//h:section[@aria-labelledby='kpis']//h:tbody/h:tr";
    private static final String NOTE = "//h:section[@aria-labelledby='kpis']//h:p[@class='note']";

    @Test
    void aKpiTwoCadencesLateOnTheBuildsDateIsMarkedStaleWithTheDateItsNextValueWasDue() throws IOException {
        MemoryOutput site = Fixtures.render("site-map", ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 6, 1)));
        HtmlPage index = HtmlPage.parse(site.text("index.html"));
        assertEquals(List.of(
                "Footfall Shop window ✓ On target stale: no value since 2026-02, the next was due by March 31, 2026 1,240\u00a0visits 1,200\u00a0visits",
                "Cart abandonment Online checkout ✕ Off target stale: no value since 2026-02, the next was due by March 31, 2026 75\u00a0% 60\u00a0%",
                "Card members Loyalty card – No data 310 –"),
                index.texts(KPI_ROWS));
        assertEquals(List.of(), index.texts(NOTE));
        HtmlPage kpi = HtmlPage.parse(site.text("kpis/cart-abandonment.html"));
        assertEquals("✕ Off target stale: no value since 2026-02, the next was due by March 31, 2026", kpi.text("//h:p[@class='badges']"));
    }

    @Test
    void withoutADateTheHomePageSaysOnceHowToJudgeStaleness() throws IOException {
        HtmlPage index = HtmlPage.parse(Fixtures.render("site-map").text("index.html"));
        assertEquals(List.of("Whether KPIs are stale is not judged: give the map a date, or the build a project.build.outputTimestamp."),
                index.texts(NOTE));
        HtmlPage french = HtmlPage.parse(Fixtures.render("site-map", ReportSettings.DEFAULT.withLanguage("fr")).text("index.html"));
        assertEquals(List.of("L'actualité des indicateurs n'est pas jugée\u202f: donnez une date à la carte, ou un project.build.outputTimestamp au build."),
                french.texts(NOTE));
    }
}
