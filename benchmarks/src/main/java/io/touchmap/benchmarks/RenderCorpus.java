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
import io.touchmap.report.Request;
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
 * and SARIF, its site and PDF when it is valid, and the diff of each diff fixture against its baseline; then each
 * folder of several maps as one collection (SARIF, site, diff) under {@code collections/}. Run before and
 * after a change to the code's arrangement, then compare the two folders byte for byte ({@code diff -r}): a change that
 * should not change what users see leaves no difference.
 *
 * <p>Arguments: the repository root and the output folder. {@code benchmarks/render-corpus.sh} builds and runs it.
 */
public final class RenderCorpus {

    private static final ReportSettings SETTINGS = ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1));

    /** The folders of several maps, each rendered as one site, with the baseline its diff compares with, if any. */
    private static final String[][] COLLECTIONS = {
        {"generator-core/src/test/resources/io/touchmap/render/collection", null},
        {"maven-plugin/src/it/collection-validates-renders-and-diffs-map-by-map/src/touchmap",
            "maven-plugin/src/it/collection-validates-renders-and-diffs-map-by-map/baseline"},
    };

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
        int collections = 0;
        for (String[] collection : COLLECTIONS) {
            Path source = root.resolve(collection[0]);
            Path target = out.resolve("collections").resolve(collection[0]);
            Request request = Request.of(source).base(root).settings(SETTINGS).output(target.resolve("site")).upToDateCheck(false);
            request.sarif(target.resolve("diagnostics.sarif")).validate();
            request.render();
            if (collection[1] != null) {
                request.output(target.resolve("diff")).baseline(root.resolve(collection[1])).diff();
            }
            collections++;
        }
        System.out.println("maps: " + maps.size() + ", rendered: " + rendered + ", diffs: " + diffs + ", collections: " + collections
                + " -> " + out);
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
