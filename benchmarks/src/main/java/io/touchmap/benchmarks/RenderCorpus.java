package io.touchmap.benchmarks;

import io.touchmap.LoadResult;
import io.touchmap.Maps;
import io.touchmap.diagnostic.SarifReport;
import io.touchmap.Touchmap;
import io.touchmap.diff.Baseline;
import io.touchmap.diff.Comparison;
import io.touchmap.diff.DiffFormat;
import io.touchmap.diff.DiffReport;
import io.touchmap.load.Limits;
import io.touchmap.output.FilesOutput;
import io.touchmap.render.ReportSettings;
import io.touchmap.report.Formats;
import io.touchmap.report.MapCollection;
import io.touchmap.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Renders every map of the repository, the example and each test fixture, into one folder: its diagnostics as text
 * and SARIF, its site and PDF when it is valid, and the diff of each diff fixture against its baseline. Run before and
 * after a change to the code's arrangement, then compare the two folders byte for byte ({@code diff -r}): a change that
 * should not change what users see leaves no difference.
 *
 * <p>Arguments: the repository root and the output folder. {@code benchmarks/render-corpus.sh} builds and runs it.
 */
public final class RenderCorpus {

    private static final ReportSettings SETTINGS = ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1));

    private RenderCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        List<Path> maps = new ArrayList<>();
        maps.add(root.resolve("example-site/src/touchmap"));
        maps.addAll(mapDirectories(root.resolve("generator-core/src/test/resources")));
        maps.addAll(mapDirectories(root.resolve("maven-plugin/src/it")));
        int rendered = 0;
        for (Path map : maps) {
            Path target = out.resolve(root.relativize(map).toString());
            Files.createDirectories(target);
            Maps found = Touchmap.loadMaps(map, Limits.DEFAULT);
            if (found.collection()) {
                List<LoadResult> results = found.results();
                StringBuilder text = new StringBuilder();
                results.forEach(r -> Touchmap.format(r, root).forEach(line -> text.append(line).append('\n')));
                Files.writeString(target.resolve("diagnostics.txt"), text, StandardCharsets.UTF_8);
                if (results.stream().noneMatch(LoadResult::hasErrors)) {
                    MapCollection.write(results, Formats.DEFAULT.map(), SETTINGS, target.resolve("site"));
                    rendered++;
                }
                continue;
            }
            LoadResult result = found.results().get(0);
            StringBuilder text = new StringBuilder();
            Touchmap.format(result, root).forEach(line -> text.append(line).append('\n'));
            Files.writeString(target.resolve("diagnostics.txt"), text, StandardCharsets.UTF_8);
            Files.writeString(target.resolve("diagnostics.sarif"), SarifReport.of(result.diagnostics(), root), StandardCharsets.UTF_8);
            if (!result.hasErrors()) {
                Report.write(result, Formats.DEFAULT.map(), SETTINGS, target.resolve("site"));
                rendered++;
            }
        }
        int diffs = 0;
        Path diffFixtures = root.resolve("generator-core/src/test/resources/io/touchmap/diff");
        for (String[] pair : diffPairs(diffFixtures)) {
            Baseline baseline = Baseline.ofDirectory(diffFixtures.resolve(pair[0]), root);
            DiffReport report = DiffReport.of(baseline, Touchmap.load(diffFixtures.resolve(pair[1])), root);
            Path target = out.resolve("diffs").resolve(pair[0] + "--" + pair[1]);
            try (FilesOutput files = FilesOutput.into(target)) {
                for (DiffFormat format : Formats.DEFAULT.diff()) {
                    format.render(Comparison.of(report), files);
                }
                files.commit();
            }
            diffs++;
        }
        System.out.println("maps: " + maps.size() + ", rendered: " + rendered + ", diffs: " + diffs + " -> " + out);
    }

    /** Every folder below {@code root} that holds YAML files while no folder above it (below {@code root}) does. */
    private static List<Path> mapDirectories(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path directory : walk.filter(Files::isDirectory).sorted().toList()) {
                if (holdsYaml(directory) && found.stream().noneMatch(directory::startsWith)) {
                    found.add(directory);
                }
            }
        }
        return found;
    }

    private static boolean holdsYaml(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.anyMatch(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
            });
        }
    }

    /** Each diff fixture against {@code base}, and the French pair. */
    private static List<String[]> diffPairs(Path fixtures) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        try (Stream<Path> list = Files.list(fixtures)) {
            for (Path dir : list.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                if (!name.equals("base") && !name.startsWith("fr-")) {
                    pairs.add(new String[] {"base", name});
                }
            }
        }
        pairs.add(new String[] {"fr-base", "fr-changes"});
        return pairs;
    }
}
