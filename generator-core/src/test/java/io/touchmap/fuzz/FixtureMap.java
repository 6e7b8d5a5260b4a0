package io.touchmap.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A map of the repository that {@link MutationTest} starts from: its files, by their path in the map directory, and
 * the file each is read from.
 *
 * @param label the map's directory (or, for a map of one file, that file) as a path from the module directory
 */
record FixtureMap(String label, Map<String, Path> files) {

    private static final Pattern DECLARES_MAP = Pattern.compile("(?m)^map\\s*:");

    /** True for the files whose values are mutated: YAML, and the CSV of KPI data. */
    static boolean isMutable(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".csv");
    }

    /**
     * The example map, then every map below {@code resources}, sorted by path. A directory that holds YAML files is
     * one map with everything below it; one without YAML of its own is a map split into folders when its folders
     * declare {@code map:} once in all, and otherwise holds maps in its folders. Two folders hold maps of a single
     * file each, as the tests that read them do: the hostile suite ({@code hostile/}) and the fuzz test's seeds.
     */
    static List<FixtureMap> all(Path example, Path resources) {
        List<FixtureMap> maps = new ArrayList<>();
        maps.add(directory(example));
        collect(resources, resources, maps);
        // the seeds are files without an extension, each written as the map.yaml of a map by the fuzz test
        for (Path seed : list(resources.resolve("io/touchmap/fuzz/LoaderFuzzTestInputs/loadsAnyBytes"))) {
            maps.add(new FixtureMap(label(seed), Map.of("map.yaml", seed)));
        }
        return maps;
    }

    private static void collect(Path directory, Path resources, List<FixtureMap> maps) {
        if (directory.equals(resources.resolve("hostile"))) {
            for (Path file : yamlIn(directory)) {
                maps.add(new FixtureMap(label(file), Map.of(file.getFileName().toString(), file)));
            }
            return;
        }
        if (!yamlIn(directory).isEmpty()) {
            maps.add(directory(directory));
            return;
        }
        List<Path> folders = list(directory).stream().filter(Files::isDirectory).toList();
        List<Path> withYaml = folders.stream().filter(folder -> !yamlBelow(folder).isEmpty()).toList();
        long declarations = yamlBelow(directory).stream().filter(FixtureMap::declaresMap).count();
        if (withYaml.size() >= 2 && declarations == 1) {
            maps.add(directory(directory));
            return;
        }
        for (Path folder : withYaml) {
            collect(folder, resources, maps);
        }
    }

    private static FixtureMap directory(Path directory) {
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
                    .forEach(file -> files.put(directory.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            throw new UncheckedIOException(directory.toString(), e);
        }
        return new FixtureMap(label(directory), files);
    }

    private static String label(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(directory.toString(), e);
        }
    }

    private static List<Path> yamlIn(Path directory) {
        return list(directory).stream().filter(FixtureMap::isYaml).toList();
    }

    private static List<Path> yamlBelow(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(FixtureMap::isYaml).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(directory.toString(), e);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static boolean declaresMap(Path file) {
        try {
            return DECLARES_MAP.matcher(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
