package io.touchmap.report;

import io.touchmap.output.MemoryOutput;
import io.touchmap.output.ReportOutput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.render.html.HtmlSite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import io.touchmap.render.ReportSettings;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A render spread over several threads writes exactly what a render on one thread writes. */
class ParallelRenderTest {

    private static LoadResult map() throws Exception {
        LoadResult result = Touchmap.load(Path.of(ParallelRenderTest.class.getResource("/io/touchmap/render/parallel-map/map.yaml").toURI()).getParent());
        assertEquals(List.of(), result.errors());
        return result;
    }

    private static Map<String, byte[]> files(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void theSiteAndThePdfRenderedOnFourThreadsAreByteIdenticalToTheSequentialRender(@TempDir Path dir) throws Exception {
        LoadResult map = map();
        Report.Rendered sequential = Report.write(map, Formats.DEFAULT.map(), ReportSettings.DEFAULT.withThreads(1),
                dir.resolve("sequential"));
        Report.Rendered parallel = Report.write(map, Formats.DEFAULT.map(), ReportSettings.DEFAULT.withThreads(4),
                dir.resolve("parallel"));

        Map<String, byte[]> expected = files(dir.resolve("sequential"));
        Map<String, byte[]> actual = files(dir.resolve("parallel"));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
        // 12 touchpoints with 18 KPIs: every page and chart is there, not an empty site compared with another
        assertTrue(expected.containsKey("boulangerie-du-coin.pdf"), expected.keySet().toString());
        assertEquals(18, expected.keySet().stream().filter(path -> path.startsWith("charts/kpi-")).count());
        assertEquals(sequential.formats(), parallel.formats());
        assertEquals(sequential.files(), parallel.files());
    }

    @Test
    void theSitesPagesAreListedIndexFirstThenInTheOrderOfTheMapWhateverThreadWroteThem() throws Exception {
        HtmlSite.Rendered site = HtmlSite.render(map(), ReportSettings.DEFAULT.withThreads(4), new MemoryOutput());
        assertEquals(List.of("index.html", "touchpoints/point-1.html", "kpis/point-1-kpi-1.html", "touchpoints/point-2.html",
                "kpis/point-2-kpi-1.html", "kpis/point-2-kpi-2.html"), site.pages().subList(0, 6));
        assertEquals(List.of("value-proposition.html", "competitors.html", "warnings.html"),
                site.pages().subList(site.pages().size() - 3, site.pages().size()));
    }

    @Test
    void everyFileOfTheSiteIsWrittenOnceThoughAKpiChartShowsOnTwoPages() throws Exception {
        Map<String, Integer> created = new ConcurrentHashMap<>();
        ReportOutput counting = new ReportOutput() {
            @Override
            public OutputStream create(String path) {
                created.merge(path, 1, Integer::sum);
                return OutputStream.nullOutputStream();
            }

            @Override
            public void close() {
            }
        };
        HtmlSite.Rendered site = HtmlSite.render(map(), ReportSettings.DEFAULT.withThreads(4), counting);
        assertEquals(new TreeMap<>(created).keySet().stream().toList(), site.files());
        assertEquals(List.of(), created.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList());
    }
}
