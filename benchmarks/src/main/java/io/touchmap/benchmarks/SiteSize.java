package io.touchmap.benchmarks;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.report.Formats;
import io.touchmap.report.Report;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Renders the site of synthetic maps of several sizes into a folder and prints what it weighs on disk: in all, and
 * per folder (charts, KPI pages, touchpoint pages…) with its file count and mean file size, in bytes as
 * {@code du -sb} counts files. Arguments: the sizes ({@code 100,1000,10000} by default) and the folder to render into
 * (a temporary one, deleted afterwards, by default; given, each site is kept in {@code site-<size>} there).
 *
 * <pre>
 * java -Xmx1g -cp "$CP" io.touchmap.benchmarks.SiteSize 100,1000,10000 /tmp/sites
 * </pre>
 */
public final class SiteSize {

    private SiteSize() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100,1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        boolean keep = args.length > 1;
        Path root = keep ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("touchmap-site-size");
        for (int size : sizes) {
            LoadResult result = Touchmap.load(new SyntheticMap(size, 42).writeTo(root.resolve("map-" + size)));
            Path site = root.resolve("site-" + size);
            long start = System.nanoTime();
            Report.write(result, List.of(Formats.DEFAULT.site()), ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1)), site);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Map<String, long[]> folders = new TreeMap<>();
            long total = 0;
            try (Stream<Path> files = Files.walk(site)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path relative = site.relativize(file);
                    String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(top)";
                    long bytes = Files.size(file);
                    long[] sum = folders.computeIfAbsent(folder, f -> new long[2]);
                    sum[0] += bytes;
                    sum[1]++;
                    total += bytes;
                }
            }
            System.out.printf(Locale.ROOT, "# %,d touchpoints: %,d bytes in all, %,d per touchpoint, written in %,d ms%n",
                    size, total, total / size, millis);
            System.out.printf(Locale.ROOT, "%-12s %14s %8s %10s%n", "folder", "bytes", "files", "mean");
            folders.forEach((folder, sum) -> System.out.printf(Locale.ROOT, "%-12s %,14d %8d %,10d%n", folder, sum[0], sum[1],
                    sum[0] / sum[1]));
            if (!keep) {
                Benchmarks.deleteTree(site);
            }
        }
        if (!keep) {
            Benchmarks.deleteTree(root);
        }
    }
}
