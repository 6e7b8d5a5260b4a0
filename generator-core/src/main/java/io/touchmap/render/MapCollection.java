package io.touchmap.render;

import io.touchmap.output.SubdirectoryOutput;
import io.touchmap.output.DirectoryOutput;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.load.Limits;
import io.touchmap.render.Report.Format;
import io.touchmap.render.html.CollectionIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Several maps rendered as one site, for an organisation with a map per brand or country: a directory that holds no
 * YAML file of its own, and whose sub-directories each hold a whole map (one of its files declares {@code map:}).
 * Each map is rendered into {@code <output>/<map-id>/}, and an index page at the root links them all.
 *
 * <pre>{@code
 * List<Path> maps = MapCollection.mapDirectories(dir);          // empty: dir is a single map
 * List<LoadResult> results = MapCollection.load(maps, Limits.DEFAULT);
 * MapCollection.write(results, formats, settings, output, null);
 * }</pre>
 */
public final class MapCollection {

    /**
     * What was written.
     *
     * @param directory the directory holding the collection's site
     * @param files the collection's own files (its index page and stylesheet), by path in the directory
     * @param maps what was written for each map, in the order of the maps, each in its own sub-directory
     */
    public record Written(Path directory, List<String> files, List<Report.Written> maps) {

        public Written {
            files = List.copyOf(files);
            maps = List.copyOf(maps);
        }
    }

    private MapCollection() {
    }

    /**
     * The sub-directories of {@code directory} that each hold a map, sorted by name, when {@code directory} is a
     * collection; empty when it is a single map: it holds YAML of its own, or a sub-directory with YAML declares no
     * {@code map:} (it is then a part of one map split into folders), or it holds no sub-directory with YAML.
     */
    public static List<Path> mapDirectories(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> subdirectories = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                if (Files.isDirectory(entry)) {
                    subdirectories.add(entry);
                } else if (isYaml(entry)) {
                    return List.of();
                }
            }
        }
        List<Path> maps = new ArrayList<>();
        for (Path subdirectory : subdirectories) {
            List<Path> yaml = yamlFiles(subdirectory);
            if (yaml.isEmpty()) {
                continue;
            }
            if (!declaresMap(yaml)) {
                return List.of();
            }
            maps.add(subdirectory);
        }
        return maps;
    }

    /** Loads and validates each map directory. */
    public static List<LoadResult> load(List<Path> mapDirectories, Limits limits) {
        return mapDirectories.stream().map(directory -> Touchmap.load(directory, limits)).toList();
    }

    /**
     * Renders every map as {@code formats} into its own sub-directory of {@code directory}, named by the map's id, and
     * the index page linking them at its root, replacing what {@code directory} held; records {@code stamp} (when not
     * null) as {@link Report#write(LoadResult, Set, ReportSettings, Path, RenderStamp)} does.
     *
     * @throws IllegalArgumentException when there is no map, a map has errors, two maps share an id, or no format is
     *     asked for
     * @throws IOException when the directory cannot be written; it is then left as it was
     */
    public static Written write(List<LoadResult> maps, Set<Format> formats, ReportSettings settings, Path directory, RenderStamp stamp)
            throws IOException {
        if (maps.isEmpty()) {
            throw new IllegalArgumentException("no map to render in the collection");
        }
        Map<String, LoadResult> byId = new LinkedHashMap<>();
        for (LoadResult map : maps) {
            Report.checkRenderable(map, formats);
            LoadResult same = byId.putIfAbsent(map.map().info().id(), map);
            if (same != null) {
                throw new IllegalArgumentException("the maps in " + same.directory() + " and " + map.directory() + " have the same id '"
                        + map.map().info().id() + "'; each map of a collection needs its own id, which names its folder");
            }
        }
        try (DirectoryOutput output = DirectoryOutput.replacing(directory)) {
            List<Report.Written> written = new ArrayList<>();
            List<CollectionIndex.Member> members = new ArrayList<>();
            for (LoadResult map : maps) {
                String id = map.map().info().id();
                Report.Written one = Report.render(map, formats, settings, new SubdirectoryOutput(output, id), output.target().resolve(id));
                written.add(one);
                members.add(new CollectionIndex.Member(map, one.htmlPages().isEmpty() ? null : id + "/" + one.htmlPages().get(0),
                        one.pdf() == null ? null : id + "/" + one.pdf().fileName()));
            }
            List<String> files = CollectionIndex.render(members, settings, output);
            if (stamp != null) {
                stamp.writeTo(output);
            }
            output.commit();
            return new Written(output.target(), files, written);
        }
    }

    private static List<Path> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(MapCollection::isYaml).sorted().toList();
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** True when a line of one of {@code files} starts with the top-level key {@code map:}. */
    private static boolean declaresMap(List<Path> files) throws IOException {
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
            for (int line = start; line < bytes.length; ) {
                if (isMapKey(bytes, line)) {
                    return true;
                }
                while (line < bytes.length && bytes[line] != '\n') {
                    line++;
                }
                line++;
            }
        }
        return false;
    }

    private static boolean isMapKey(byte[] bytes, int at) {
        if (at + 3 >= bytes.length || bytes[at] != 'm' || bytes[at + 1] != 'a' || bytes[at + 2] != 'p') {
            return false;
        }
        int i = at + 3;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        return i < bytes.length && bytes[i] == ':';
    }
}
