package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site format of the live preview draws again only the KPI charts whose KPI changed, and writes the same bytes. */
class ChartMemoTest {

    private static final Path EXAMPLE = Path.of("..", "example-site", "src", "touchmap");
    private static final ReportSettings SETTINGS = ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 30));

    private static Map<String, byte[]> render(HtmlFormat format, Path map) throws IOException {
        LoadResult result = Touchmap.load(map);
        MemoryOutput output = new MemoryOutput();
        format.render(result, SETTINGS, output);
        return output.files();
    }

    private static long kpiCharts(Map<String, byte[]> site) {
        return site.keySet().stream().filter(path -> path.startsWith("charts/kpi-")).count();
    }

    @Test
    void aRememberingSiteDrawsAgainOnlyTheChartOfTheKpiThatChangedAndWritesWhatAFreshRenderWrites(@TempDir Path dir)
            throws IOException {
        Path map = io.touchmap.Fixtures.copy(EXAMPLE, dir.resolve("map"));
        HtmlFormat preview = new HtmlFormat().remembering();
        Map<String, byte[]> first = render(preview, map);
        long charts = kpiCharts(first);
        assertTrue(charts > 10, "the example draws " + charts + " KPI charts");
        assertEquals(charts, preview.chartsDrawn());

        // one value of one KPI changes
        Path values = map.resolve("kpis/panier-moyen-magasin.csv");
        Files.writeString(values, Files.readString(values, StandardCharsets.UTF_8).replace("2026-01,58.9", "2026-01,61.3"),
                StandardCharsets.UTF_8);
        Map<String, byte[]> second = render(preview, map);
        assertEquals(charts + 1, preview.chartsDrawn(), "only the changed KPI's chart is drawn again");

        Map<String, byte[]> fresh = render(new HtmlFormat(), map);
        assertEquals(fresh.keySet(), second.keySet());
        for (String path : fresh.keySet()) {
            assertTrue(Arrays.equals(fresh.get(path), second.get(path)), path + " differs from a fresh render's");
        }
        String changed = fresh.keySet().stream().filter(p -> p.startsWith("charts/kpi-panier-moyen-magasin")).findFirst().orElseThrow();
        assertTrue(!Arrays.equals(first.get(changed), second.get(changed)), "the changed KPI's chart is drawn anew");
        assertEquals(-1, new HtmlFormat().chartsDrawn());
    }
}
