package io.touchmap;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.load.InputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Every map of a source, loaded and validated: the one map it holds, or each map of a collection in the order of its
 * folders, each with its own diagnostics.
 *
 * @param root the source's root directory
 * @param results one result per map
 * @param collection true when the source is a folder of maps, even of a single one
 */
public record Maps(Path root, List<LoadResult> results, boolean collection) {

    public Maps {
        Objects.requireNonNull(root, "root");
        results = List.copyOf(results);
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a source holds at least one map");
        }
        if (!collection && results.size() != 1) {
            throw new IllegalArgumentException("a single map has one result, not " + results.size());
        }
    }

    /** True when any map has errors. */
    public boolean hasErrors() {
        return results.stream().anyMatch(LoadResult::hasErrors);
    }

    /** The diagnostics of every map, map after map. */
    public List<Diagnostic> diagnostics() {
        return results.stream().flatMap(result -> result.diagnostics().stream()).toList();
    }

    /** Every file read for every map, in path order. */
    public List<InputFile> inputs() {
        return results.stream().flatMap(result -> result.inputs().stream()).sorted().distinct().toList();
    }
}
