package io.touchmap;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.internal.text.Labels;
import io.touchmap.load.Limits;
import io.touchmap.load.MapDiscovery;
import io.touchmap.load.MapLoader;
import io.touchmap.load.MapSource;
import io.touchmap.validate.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point: {@code Touchmap.load(dir)} reads and validates a map directory in one call, and
 * {@code Touchmap.loadMaps(dir, limits)} every map of a folder that may hold several.
 *
 * <pre>{@code
 * LoadResult result = Touchmap.load(Path.of("src/touchmap"));
 * result.diagnostics().forEach(d -> System.out.println(d.format(Path.of(""))));
 * }</pre>
 */
public final class Touchmap {

    /** Diagnostics beyond this many are summed up as "… and N more" when printed. */
    public static final int MAX_PRINTED_DIAGNOSTICS = 200;

    private Touchmap() {
    }

    /** Loads and validates the map in {@code directory} with the default limits. */
    public static LoadResult load(Path directory) {
        return load(directory, Limits.DEFAULT);
    }

    /** Loads and validates the map in {@code directory}; never throws for anything the directory holds. */
    public static LoadResult load(Path directory, Limits limits) {
        return load(MapSource.directory(directory), limits);
    }

    /** Loads and validates the map of {@code source}, all its files as one map; never throws for anything it holds. */
    public static LoadResult load(MapSource source, Limits limits) {
        return load(source, limits, null);
    }

    /**
     * Loads and validates the map of {@code source}, as {@link #load(MapSource, Limits)} does, judging whether its
     * KPIs went stale on the map's {@code date}, else on {@code buildDate}: the day of the build's
     * {@code project.build.outputTimestamp}, or null to judge them on the map's date alone.
     */
    public static LoadResult load(MapSource source, Limits limits, LocalDate buildDate) {
        Path mapDirectory = source.root();
        MapLoader.Loaded loaded = new MapLoader(limits).load(source);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        if (loaded.complete()) {
            diagnostics.addAll(Validator.validate(loaded.map(), mapDirectory, buildDate));
        }
        return new LoadResult(mapDirectory, loaded.map(), Validator.applySettings(diagnostics, loaded.map().info().rules()),
                loaded.inputs());
    }

    /**
     * Loads and validates every map of {@code source}: the one map it holds, or each map of a collection, a folder
     * whose sub-folders each hold a map (see {@link MapDiscovery}). Never throws for anything the source holds.
     */
    public static Maps loadMaps(MapSource source, Limits limits) {
        return loadMaps(source, limits, null);
    }

    /**
     * Loads and validates every map of {@code source}, as {@link #loadMaps(MapSource, Limits)} does, judging their KPIs'
     * staleness as {@link #load(MapSource, Limits, LocalDate)} does.
     */
    public static Maps loadMaps(MapSource source, Limits limits, LocalDate buildDate) {
        List<String> folders = MapDiscovery.collectionFolders(source, limits);
        if (folders.isEmpty()) {
            return new Maps(source.root(), List.of(load(source, limits, buildDate)), false);
        }
        return new Maps(source.root(), folders.stream().map(folder -> load(source.folder(folder), limits, buildDate)).toList(), true);
    }

    /** Loads and validates every map in {@code directory}, as {@link #loadMaps(MapSource, Limits)} does. */
    public static Maps loadMaps(Path directory, Limits limits) {
        return loadMaps(MapSource.directory(directory), limits);
    }

    /**
     * The lines to print for {@code result}: at most {@link #MAX_PRINTED_DIAGNOSTICS} diagnostics with paths relative
     * to {@code base}, then "… and N more" when some were left out.
     */
    public static List<String> format(LoadResult result, Path base) {
        return format(result, base, "en");
    }

    /**
     * The lines to print for {@code result} as {@link #format(LoadResult, Path)} gives them, with the diagnostics'
     * words in {@code language} ({@code en} or {@code fr}; English for any other).
     */
    public static List<String> format(LoadResult result, Path base, String language) {
        Labels labels = Labels.forLanguage(language);
        List<String> lines = new ArrayList<>();
        List<Diagnostic> diagnostics = result.diagnostics();
        diagnostics.stream().limit(MAX_PRINTED_DIAGNOSTICS).forEach(d -> lines.add(d.format(base, labels)));
        if (diagnostics.size() > MAX_PRINTED_DIAGNOSTICS) {
            lines.add(labels.format("common.more", diagnostics.size() - MAX_PRINTED_DIAGNOSTICS));
        }
        return lines;
    }
}
