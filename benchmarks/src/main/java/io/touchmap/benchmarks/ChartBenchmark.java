package io.touchmap.benchmarks;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.model.Kpi;
import io.touchmap.model.TouchpointMap;
import io.touchmap.internal.text.Labels;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.chart.Charts;
import io.touchmap.render.chart.SvgChart;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times KPI charts drawn as SVG, as the site draws them (640 × 280, one file per KPI), on one thread of a warm JVM,
 * and prints charts per second and bytes per chart for two workloads: one chart of the example map drawn 1,000
 * times, and every KPI chart of the synthetic map of 1,000 touchpoints. Each workload is run a few times to warm up,
 * then timed several times; the median, best and worst runs are printed, and every run must give the same bytes.
 * Charts per second of the drawing thread's CPU time are printed too: on a machine shared with other work they vary
 * much less than charts per second of elapsed time.
 *
 * <p>Arguments, all optional: {@code --map=example-site/src/touchmap} (the example map), {@code --kpi=abandon-panier}
 * (its chart drawn 1,000 times), {@code --touchpoints=1000}, {@code --runs=5} and {@code --warmups=3}. Run it from the
 * repository root with the class path of {@link Benchmarks}:
 *
 * <pre>
 * java -cp "$CP" io.touchmap.benchmarks.ChartBenchmark
 * </pre>
 */
public final class ChartBenchmark {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;
    private static final int REPEATS = 1_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The charts of one workload: each KPI with the id of its chart, in the order they are drawn. */
    private record Workload(String name, List<Kpi> kpis, Labels labels) {
    }

    private ChartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        int warmups = Integer.parseInt(options.getOrDefault("warmups", "3"));
        int touchpoints = Integer.parseInt(options.getOrDefault("touchpoints", "1000"));

        LoadResult example = checked(Touchmap.load(Path.of(options.getOrDefault("map", "example-site/src/touchmap"))));
        String kpiId = options.getOrDefault("kpi", "abandon-panier");
        Kpi chosen = example.map().kpis().stream().filter(kpi -> kpi.id().equals(kpiId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no KPI '" + kpiId + "' in the example map"));
        Kpi[] repeated = new Kpi[REPEATS];
        Arrays.fill(repeated, chosen);

        Path scratch = Files.createTempDirectory("touchmap-charts");
        TouchpointMap synthetic = checked(Touchmap.load(new SyntheticMap(touchpoints, 42).writeTo(scratch.resolve("map")))).map();
        List<Kpi> everyKpi = synthetic.kpis().stream().filter(kpi -> !kpi.series().isEmpty()).toList();

        List<Workload> workloads = List.of(
                new Workload("kpi-" + kpiId + " x" + REPEATS, List.of(repeated), labels(example.map())),
                new Workload("synthetic " + touchpoints + " tp, " + everyKpi.size() + " KPIs", everyKpi, labels(synthetic)));

        System.out.printf(Locale.ROOT, "# %d processors, JDK %s, max heap %d MiB, one drawing thread%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "%-34s %7s %10s %10s %10s %12s %12s%n", "workload", "charts", "charts/s", "best", "worst",
                "charts/cpu-s", "bytes/chart");
        for (Workload workload : workloads) {
            long bytes = -1;
            for (int i = 0; i < warmups; i++) {
                bytes = checkedSame(bytes, draw(workload));
            }
            List<Double> rates = new ArrayList<>();
            List<Double> cpuRates = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                bytes = checkedSame(bytes, draw(workload));
                cpuRates.add(workload.kpis().size() / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9));
                rates.add(workload.kpis().size() / ((System.nanoTime() - start) / 1e9));
            }
            rates.sort(null);
            cpuRates.sort(null);
            System.out.printf(Locale.ROOT, "%-34s %7d %10.0f %10.0f %10.0f %12.0f %12.0f%n", workload.name(), workload.kpis().size(),
                    rates.get(rates.size() / 2), rates.get(rates.size() - 1), rates.get(0), cpuRates.get(cpuRates.size() / 2),
                    (double) bytes / workload.kpis().size());
        }
        Files.walk(scratch).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }

    /** Draws every chart of {@code workload} and returns the bytes written, in UTF-8 as the site writes them. */
    private static long draw(Workload workload) {
        long bytes = 0;
        for (Kpi kpi : workload.kpis()) {
            String svg = SvgChart.svg(Charts.kpi(kpi, workload.labels()), WIDTH, HEIGHT);
            bytes += svg.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    private static long checkedSame(long before, long now) {
        if (before >= 0 && before != now) {
            throw new IllegalStateException("two runs drew different charts: " + before + " and " + now + " bytes");
        }
        return now;
    }

    private static Labels labels(TouchpointMap map) {
        return ReportSettings.DEFAULT.labels(map.info().locale());
    }

    private static LoadResult checked(LoadResult result) {
        if (result.hasErrors()) {
            throw new IllegalStateException("the map has errors: " + result.summary());
        }
        return result;
    }
}
