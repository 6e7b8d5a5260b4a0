package io.touchmap;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.load.Limits;
import io.touchmap.load.MapLoader;
import io.touchmap.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point: {@code Touchmap.load(dir)} reads and validates a map directory in one call.
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
        Path mapDirectory = directory.toAbsolutePath().normalize();
        MapLoader.Loaded loaded = new MapLoader(limits).load(mapDirectory);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        if (loaded.complete()) {
            diagnostics.addAll(Validator.validate(loaded.map(), mapDirectory));
        }
        return new LoadResult(mapDirectory, loaded.map(), Validator.applySettings(diagnostics, loaded.map().info().rules()));
    }

    /**
     * The lines to print for {@code result}: at most {@link #MAX_PRINTED_DIAGNOSTICS} diagnostics with paths relative
     * to {@code base}, then "… and N more" when some were left out.
     */
    public static List<String> format(LoadResult result, Path base) {
        List<String> lines = new ArrayList<>();
        List<Diagnostic> diagnostics = result.diagnostics();
        diagnostics.stream().limit(MAX_PRINTED_DIAGNOSTICS).forEach(d -> lines.add(d.format(base)));
        if (diagnostics.size() > MAX_PRINTED_DIAGNOSTICS) {
            lines.add("… and " + (diagnostics.size() - MAX_PRINTED_DIAGNOSTICS) + " more");
        }
        return lines;
    }
}
