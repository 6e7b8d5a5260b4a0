package io.touchmap;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.load.InputFile;
import io.touchmap.model.MapInfo;
import io.touchmap.model.TouchpointMap;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded map and every problem found in it, sorted by file, line and column.
 *
 * <p>The map is always present, so that a diff can show what it can of a map with errors; render it only when
 * {@link #hasErrors()} is false.
 *
 * @param directory the map directory that was read (for a git tree, where it is in the working tree)
 * @param inputs every file the loader read, YAML and CSV, in path order, each with a digest of its bytes
 */
public record LoadResult(Path directory, TouchpointMap map, List<Diagnostic> diagnostics, List<InputFile> inputs) {

    public LoadResult {
        diagnostics = diagnostics.stream().sorted().toList();
        inputs = List.copyOf(inputs);
    }

    /** A result that records no file read, such as one of a map built in memory. */
    public LoadResult(Path directory, TouchpointMap map, List<Diagnostic> diagnostics) {
        this(directory, map, diagnostics, List.of());
    }

    /** The map's own language ({@code en} or {@code fr}) for its reports and diagnostics; English when it has none. */
    public String language() {
        return map == null || map.info() == null ? MapInfo.DEFAULT_LOCALE : map.info().locale();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** One line such as {@code 2 errors, 1 warning in 3 files}. */
    public String summary() {
        long errors = errors().size();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
