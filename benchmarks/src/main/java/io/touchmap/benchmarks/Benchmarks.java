package io.touchmap.benchmarks;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.diff.Baseline;
import io.touchmap.diff.DiffReport;
import io.touchmap.report.Formats;
import io.touchmap.report.Report;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.html.HtmlSite;
import io.touchmap.render.pdf.PdfDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times each step of Touchmap on synthetic maps of several sizes and prints median, min and max per step: loading
 * and validating, the HTML site, the PDF, the diff against an edited copy of the map, and the whole render (load,
 * validate, HTML and PDF written atomically to disk, as the {@code render} goal does).
 *
 * <p>Arguments: the sizes ({@code 100,1000,10000} by default), then optionally {@code --steps=html,pdf},
 * {@code --runs=5} and {@code --warmups=2} (maps of 10,000 touchpoints or more take at most 3 runs after 1 warm-up).
 * Run it from the repository root:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * mvn -B -q dependency:build-classpath -pl benchmarks -Dmdep.outputFile=/tmp/bench-cp.txt
 * java -Xmx1g -cp benchmarks/target/classes:generator-core/target/classes:$(cat /tmp/bench-cp.txt) \
 *     io.touchmap.benchmarks.Benchmarks 100,1000,10000
 * </pre>
 */
public final class Benchmarks {

    /** The report date, fixed so that renders do not depend on the day they run. */
    private static final ReportSettings SETTINGS = ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1));

    /** One timed step: what it does with the maps of one size. */
    private interface Step {
        void run(Fixture fixture) throws Exception;
    }

    /** The maps of one size, written once, and loaded once for the steps that start from a loaded map. */
    private static final class Fixture {
        final Path map;
        final Path changedMap;
        final Path scratch;
        private LoadResult result;
        private LoadResult changed;

        Fixture(Path map, Path changedMap, Path scratch) {
            this.map = map;
            this.changedMap = changedMap;
            this.scratch = scratch;
        }

        LoadResult result() {
            if (result == null) {
                result = checked(Touchmap.load(map));
            }
            return result;
        }

        LoadResult changed() {
            if (changed == null) {
                changed = checked(Touchmap.load(changedMap));
            }
            return changed;
        }

        /** Lets go of the loaded maps, so that the next step has the whole heap. */
        void release() {
            result = null;
            changed = null;
        }
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int[] sizes = Arrays.stream((args.length > 0 && !args[0].startsWith("--") ? args[0] : "100,1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        int warmups = Integer.parseInt(options.getOrDefault("warmups", "2"));

        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("load+validate", fixture -> checked(Touchmap.load(fixture.map)));
        steps.put("html", fixture -> HtmlSite.render(fixture.result(), SETTINGS, new DiscardingOutput()));
        steps.put("pdf", fixture -> PdfDocument.of(fixture.result(), SETTINGS).writeTo(OutputStream.nullOutputStream()));
        steps.put("diff", fixture -> DiffReport.of(new Baseline("baseline", fixture.result()), fixture.changed(), fixture.scratch)
                .writeTo(new DiscardingOutput()));
        steps.put("full render", fixture -> {
            fixture.release();
            Report.write(checked(Touchmap.load(fixture.map)), Formats.DEFAULT.map(), SETTINGS,
                    fixture.scratch.resolve("site"));
        });
        if (options.containsKey("steps")) {
            List<String> chosen = List.of(options.get("steps").split(","));
            steps.keySet().retainAll(chosen);
        }

        System.out.printf(Locale.ROOT, "# %d processors, %s, JDK %s, max heap %d MiB, load average %s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), loadAverage());
        System.out.printf(Locale.ROOT, "%-14s %7s %8s %10s %10s %10s%n", "step", "N", "YAML MiB", "median ms", "min ms", "max ms");
        Path root = Files.createTempDirectory("touchmap-bench");
        for (int size : sizes) {
            Fixture fixture = new Fixture(new SyntheticMap(size, 42).writeTo(root.resolve("map-" + size)),
                    new SyntheticMap(size, 42).withChanges(7).writeTo(root.resolve("changed-" + size)),
                    Files.createDirectories(root.resolve("out-" + size)));
            double mib = sizeOf(fixture.map) / (1024.0 * 1024.0);
            for (Map.Entry<String, Step> step : steps.entrySet()) {
                // The steps that start from loaded maps do not pay for loading them.
                if (!step.getKey().equals("load+validate") && !step.getKey().equals("full render")) {
                    fixture.result();
                }
                if (step.getKey().equals("diff")) {
                    fixture.changed();
                }
                boolean large = size >= 10_000;
                long[] times = time(step.getValue(), fixture, large ? Math.min(runs, 3) : runs, large ? Math.min(warmups, 1) : warmups);
                System.out.printf(Locale.ROOT, "%-14s %7d %8.1f %10d %10d %10d%n", step.getKey(), size, mib,
                        times[times.length / 2], times[0], times[times.length - 1]);
            }
            fixture.release();
        }
        System.out.printf(Locale.ROOT, "# load average at the end %s%n", loadAverage());
        deleteTree(root);
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }

    private static long[] time(Step step, Fixture fixture, int runs, int warmups) throws Exception {
        for (int i = 0; i < warmups; i++) {
            step.run(fixture);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            step.run(fixture);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        return times.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static LoadResult checked(LoadResult result) {
        if (result.hasErrors()) {
            throw new IllegalStateException("the synthetic map has errors: " + result.errors().get(0).format(result.directory()));
        }
        return result;
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
