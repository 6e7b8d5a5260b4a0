package io.touchmap.benchmarks;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times each step of Touchmap on synthetic maps of several sizes and prints median, min and max per step.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am package -DskipTests && mvn -B -q -pl benchmarks exec:java
 * -Dexec.args="100,1000,10000"}. Sizes default to 100,1000,10000.
 */
public final class Benchmarks {

    private static final int WARMUPS = 2;
    private static final int RUNS = 5;

    /** One timed step: what it does to a map directory. */
    private interface Step {
        void run(Path mapDirectory, Path scratch) throws Exception;
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100,1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("load+validate", (map, scratch) -> check(Touchmap.load(map)));
        Path root = Files.createTempDirectory("touchmap-bench");
        System.out.printf(Locale.ROOT, "%-16s %8s %10s %10s %10s %10s%n", "step", "N", "MiB", "median ms", "min ms", "max ms");
        for (int size : sizes) {
            Path map = new SyntheticMap(size, 42).writeTo(root.resolve("map-" + size));
            double mib = sizeOf(map) / (1024.0 * 1024.0);
            for (Map.Entry<String, Step> step : steps.entrySet()) {
                long[] times = time(step.getValue(), map, root.resolve("out-" + size), size);
                System.out.printf(Locale.ROOT, "%-16s %8d %10.1f %10d %10d %10d%n", step.getKey(), size, mib,
                        times[times.length / 2], times[0], times[times.length - 1]);
            }
        }
    }

    private static long[] time(Step step, Path map, Path scratch, int size) throws Exception {
        int runs = size >= 10_000 ? 3 : RUNS;
        int warmups = size >= 10_000 ? 1 : WARMUPS;
        for (int i = 0; i < warmups; i++) {
            step.run(map, scratch);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            step.run(map, scratch);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        return times.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static void check(LoadResult result) {
        if (result.hasErrors()) {
            throw new IllegalStateException("the synthetic map has errors: " + result.errors().get(0).format(result.directory()));
        }
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
