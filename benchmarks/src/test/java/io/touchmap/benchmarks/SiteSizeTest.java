package io.touchmap.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.report.Formats;
import io.touchmap.report.Report;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site of a synthetic map stays small on disk, part by part, so that a site of 10,000 touchpoints stays one a
 * server can hold. The bounds are what each part weighs today, plus a little; docs/performance.md gives the figures.
 */
class SiteSizeTest {

    /** The bytes of the files under {@code directory} whose name starts with {@code prefix}, and their count. */
    static long[] size(Path directory, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            long[] size = new long[2];
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                size[0] += Files.size(file);
                size[1]++;
            }
            return size;
        }
    }

    private static void assertMeanAtMost(long bound, long[] size, String what) {
        assertTrue(size[1] > 0, what);
        long mean = size[0] / size[1];
        assertTrue(mean <= bound, what + " weigh " + mean + " bytes on average, more than " + bound);
    }

    @Test
    void aSiteOfOneHundredTouchpointsWeighsLessThan36KilobytesPerTouchpoint(@TempDir Path dir) throws IOException {
        LoadResult result = Touchmap.load(new SyntheticMap(100, 42).writeTo(dir.resolve("map")));
        Path site = dir.resolve("site");
        Report.write(result, List.of(Formats.DEFAULT.site()), ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1)), site);

        // 34.7 KB per touchpoint (a touchpoint page, 2 KPI pages and their 2 charts, and its share of the rest);
        // 36.1 KB before charts lost their zero-length ticks and their ids' prefix, 44.2 KB before a line chart's
        // segments became one polyline and its markers dots, 54.7 KB before KPI charts' data was left to their KPI's
        // page and ticks and gridlines were merged
        long[] all = size(site, "");
        assertTrue(all[0] <= 100 * 36_000L, "the site weighs " + all[0] + " bytes");
        assertMeanAtMost(5_000, size(site.resolve("charts"), "kpi-"), "KPI charts");
        assertMeanAtMost(4_800, size(site.resolve("kpis"), ""), "KPI pages");
        assertMeanAtMost(6_200, size(site.resolve("touchpoints"), ""), "touchpoint pages");
        // a KPI's values are written once on its page, and its touchpoint's page links to them
        String kpi = Files.readString(site.resolve("kpis/tp-7-kpi-1.html"), StandardCharsets.UTF_8);
        assertEquals(1, kpi.split("<tbody>", -1).length - 1);
        String touchpoint = Files.readString(site.resolve("touchpoints/tp-7.html"), StandardCharsets.UTF_8);
        assertEquals(0, touchpoint.split("<tbody>", -1).length - 1);
        assertTrue(touchpoint.contains("<a href=\"../kpis/tp-7-kpi-1.html#values\">"), touchpoint);
        // a chart's markers are dots sharing one path, and its line one polyline
        String chart = Files.readString(site.resolve("charts/kpi-tp-7-kpi-1.svg"), StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("<path d='(M[0-9.]+,[0-9.]+h0){24}' class='s[0-9]+'/>").matcher(chart).find(), chart);
        assertTrue(Pattern.compile("<path d='M[0-9.]+,[0-9.]+(l-?[0-9.]+,?-?[0-9.]+){23}' class='s[0-9]+'/>").matcher(chart).find(), chart);
        assertEquals(0, chart.split("c0,", -1).length - 1, "no marker is drawn as curves: " + chart);
        // no zero-length tick where the next one starts, and the six dashed gridlines are one path
        assertFalse(Pattern.compile("M([0-9.]+,[0-9.]+)h0M\\1[hv]").matcher(chart).find(), chart);
        assertTrue(Pattern.compile("<path d='(M35,[0-9.]+h525){6}' class='s[0-9]+'/>").matcher(chart).find(), chart);
    }
}
