package io.touchmap.report;

import io.touchmap.LoadResult;
import io.touchmap.output.DirectoryOutput;
import io.touchmap.output.ReportOutput;
import io.touchmap.output.SubdirectoryOutput;
import io.touchmap.render.MapFormat;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.Written;
import io.touchmap.render.html.CollectionIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Several maps rendered as one site, for an organisation with a map per brand or country (a folder whose sub-folders
 * each hold a map, see {@link io.touchmap.load.MapDiscovery}). Each map is rendered into {@code <output>/<map-id>/},
 * and an index page at the root links each map's web pages and PDF.
 *
 * <pre>{@code
 * Maps maps = Touchmap.loadMaps(dir, Limits.DEFAULT);
 * MapCollection.write(maps.results(), formats, settings, output);
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
    public record Rendered(Path directory, List<String> files, List<Report.Rendered> maps) {

        public Rendered {
            files = List.copyOf(files);
            maps = List.copyOf(maps);
        }
    }

    private MapCollection() {
    }

    /**
     * Renders every map as {@code formats} into its own sub-directory of {@code directory}, named by the map's id, and
     * the index page linking them at its root, replacing what {@code directory} held.
     *
     * @throws IllegalArgumentException when there is no map, a map has errors, two maps share an id, or no format is
     *     asked for
     * @throws IOException when the directory cannot be written; it is then left as it was
     */
    public static Rendered write(List<LoadResult> maps, List<MapFormat> formats, ReportSettings settings, Path directory)
            throws IOException {
        return write(maps, formats, settings, directory, null);
    }

    /** Renders as {@link #write(List, List, ReportSettings, Path)} does, and records {@code stamp} when not null. */
    static Rendered write(List<LoadResult> maps, List<MapFormat> formats, ReportSettings settings, Path directory, RenderStamp stamp)
            throws IOException {
        try (DirectoryOutput output = DirectoryOutput.replacing(directory)) {
            Rendered rendered = render(maps, formats, settings, output, output.target());
            if (stamp != null) {
                stamp.writeTo(output);
            }
            output.commit();
            return rendered;
        }
    }

    /** Renders the collection into {@code output}, whose files will be in {@code directory}: each map, then the index. */
    static Rendered render(List<LoadResult> maps, List<MapFormat> formats, ReportSettings settings, ReportOutput output, Path directory)
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
        List<Report.Rendered> written = new ArrayList<>();
        List<CollectionIndex.Member> members = new ArrayList<>();
        for (LoadResult map : maps) {
            String id = map.map().info().id();
            Report.Rendered one = Report.render(map, formats, settings, new SubdirectoryOutput(output, id), directory.resolve(id));
            written.add(one);
            members.add(new CollectionIndex.Member(map, linked(one, id, ".html"), linked(one, id, ".pdf")));
        }
        List<String> files = CollectionIndex.render(members, settings, output);
        return new Rendered(directory, files, written);
    }

    /** The main file of the first format whose main file ends with {@code extension}, by path from the root; else null. */
    private static String linked(Report.Rendered rendered, String id, String extension) {
        return rendered.formats().stream().map(Written::mainFile)
                .filter(file -> file.toLowerCase(Locale.ROOT).endsWith(extension))
                .findFirst().map(file -> id + "/" + file).orElse(null);
    }
}
