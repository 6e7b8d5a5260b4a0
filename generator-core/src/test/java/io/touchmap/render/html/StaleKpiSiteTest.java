package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stale KPI on the site: in the home page's summary, on the KPI list, on its own page; or why none is judged. */
class StaleKpiSiteTest {

    private static final String KPI_ROWS = "//h:tbody/h:tr";
    private static final String NOTE = "//h:main//h:p[@class='note']";
    private static final String SUMMARY = "//h:section[@aria-labelledby='summary-stale']";

    @Test
    void aKpiTwoCadencesLateOnTheBuildsDateIsMarkedStaleWithTheDateItsNextValueWasDue() throws IOException {
        MemoryOutput site = Fixtures.render("site-map", ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 6, 1)));
        HtmlPage index = HtmlPage.parse(site.text("index.html"));
        assertEquals("KPIs gone stale 2 Cart abandonment stale: no value since Feb\u00a02026, the next was due by March 31, 2026 "
                + "Footfall stale: no value since Feb\u00a02026, the next was due by March 31, 2026", index.text(SUMMARY));
        HtmlPage list = HtmlPage.parse(site.text("kpis.html"));
        assertEquals(List.of(
                "Footfall Shop window ✓ On target stale: no value since Feb\u00a02026, the next was due by March 31, 2026 1,240\u00a0visits 1,200\u00a0visits",
                "Cart abandonment Online checkout ✗ Off target stale: no value since Feb\u00a02026, the next was due by March 31, 2026 75\u00a0% 60\u00a0%",
                "Card members Loyalty card ◇ No target 310 –"),
                list.texts(KPI_ROWS));
        assertEquals(List.of(), list.texts(NOTE));
        HtmlPage kpi = HtmlPage.parse(site.text("kpis/cart-abandonment.html"));
        assertEquals("✗ Off target stale: no value since Feb\u00a02026, the next was due by March 31, 2026", kpi.text("//h:p[@class='badges']"));
    }

    @Test
    void withoutADateTheSummaryAndTheKpiListSayOnceHowToJudgeStaleness() throws IOException {
        String how = "Whether KPIs are stale is not judged: give the map a date, or the build a project.build.outputTimestamp.";
        MemoryOutput site = Fixtures.render("site-map");
        assertEquals("KPIs gone stale " + how, HtmlPage.parse(site.text("index.html")).text(SUMMARY));
        assertEquals(List.of(how), HtmlPage.parse(site.text("kpis.html")).texts(NOTE));
        MemoryOutput french = Fixtures.render("site-map", ReportSettings.DEFAULT.withLanguage("fr"));
        assertEquals(List.of("L'actualité des indicateurs n'est pas jugée\u202f: donnez une date à la carte, ou un project.build.outputTimestamp au build."),
                HtmlPage.parse(french.text("kpis.html")).texts(NOTE));
    }
}
