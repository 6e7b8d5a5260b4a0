package io.touchmap.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.diff.MapDiff;
import io.touchmap.model.Kpi;
import io.touchmap.model.TouchpointMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticMapTest {

    private static Map<String, byte[]> files(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.list(directory)) {
            for (Path file : walk.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void theSameSizeAndSeedWriteTheSameFiles(@TempDir Path dir) throws IOException {
        Map<String, byte[]> first = files(new SyntheticMap(300, 42).writeTo(dir.resolve("first")));
        Map<String, byte[]> second = files(new SyntheticMap(300, 42).writeTo(dir.resolve("second")));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
        assertEquals(13, first.size());
    }

    @Test
    void theCommandLineWritesTheSameFilesAsTheApiWithSeed42ByDefault(@TempDir Path dir) throws IOException {
        SyntheticMap.main(new String[] {"120", dir.resolve("command").toString()});
        SyntheticMap.main(new String[] {"120", dir.resolve("seeded").toString(), "7"});
        Map<String, byte[]> command = files(dir.resolve("command"));
        Map<String, byte[]> api = files(new SyntheticMap(120, 42).writeTo(dir.resolve("api")));
        assertEquals(api.keySet(), command.keySet());
        api.forEach((name, bytes) -> assertArrayEquals(bytes, command.get(name), name));
        assertArrayEquals(files(new SyntheticMap(120, 7).writeTo(dir.resolve("api7"))).get("touchpoints-01.yaml"),
                files(dir.resolve("seeded")).get("touchpoints-01.yaml"));
    }

    @Test
    void theMapIsValidWithTwelveStagesTwentyFourChannelsAndTwoKpisOfTwentyFourMonthsPerTouchpoint(@TempDir Path dir) throws IOException {
        LoadResult result = Touchmap.load(new SyntheticMap(300, 42).writeTo(dir));
        assertEquals(List.of(), result.diagnostics());
        TouchpointMap map = result.map();
        assertEquals(List.of(12, 24, 300, 600, 5), List.of(map.stages().size(), map.channels().size(), map.touchpoints().size(),
                map.kpis().size(), map.competitors().size()));
        assertEquals(List.of(24), map.kpis().stream().map(Kpi::series).map(List::size).distinct().toList());
    }

    @Test
    void theChangedMapIsValidAndDiffersByTheSameSeededEditsEachTime(@TempDir Path dir) throws IOException {
        LoadResult before = Touchmap.load(new SyntheticMap(1000, 42).writeTo(dir.resolve("before")));
        LoadResult after = Touchmap.load(new SyntheticMap(1000, 42).withChanges(7).writeTo(dir.resolve("after")));
        assertEquals(List.of(), after.diagnostics());
        assertEquals("40 touchpoints changed (14 moved), 10 added, 9 removed; 8 KPIs changed status",
                MapDiff.between(before.map(), after.map()).headline());
    }
}
