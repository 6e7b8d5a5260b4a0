package io.touchmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import io.touchmap.render.ReportSettings;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds rendering at once (as {@code mvn -T} does with several modules) never interfere: each output is
 * byte for byte the one a render alone would write.
 */
class ConcurrentRenderTest {

    @TempDir
    Path temp;

    private static LoadResult fixture(String path) throws Exception {
        return Touchmap.load(Path.of(ConcurrentRenderTest.class.getResource(path).toURI()));
    }

    @Test
    void concurrentRendersOfDifferentMapsWriteExactlyWhatSequentialRendersWrite() throws Exception {
        List<LoadResult> maps = List.of(fixture("/io/touchmap/render/html/site-map"), fixture("/io/touchmap/render/pdf/rich-map"));
        List<Map<String, byte[]>> alone = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            alone.add(render(maps.get(i), temp.resolve("alone-" + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, byte[]>>> together = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < maps.size(); i++) {
                    LoadResult map = maps.get(i);
                    Path out = temp.resolve("together-" + round + "-" + i);
                    Callable<Map<String, byte[]>> task = () -> render(map, out);
                    together.add(pool.submit(task));
                }
            }
            for (int t = 0; t < together.size(); t++) {
                Map<String, byte[]> expected = alone.get(t % maps.size());
                Map<String, byte[]> actual = together.get(t).get();
                assertEquals(expected.keySet(), actual.keySet());
                for (String file : expected.keySet()) {
                    assertEquals(true, Arrays.equals(expected.get(file), actual.get(file)), file + " differs when rendered concurrently");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, byte[]> render(LoadResult map, Path out) throws Exception {
        Report.write(map, Formats.DEFAULT.map(), ReportSettings.DEFAULT, out);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
