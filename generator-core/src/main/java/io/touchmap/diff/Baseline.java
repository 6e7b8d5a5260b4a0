package io.touchmap.diff;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.load.Limits;
import io.touchmap.load.MapSource;
import io.touchmap.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The map a diff compares against: another map directory, or the map directory as it was at a git revision, read
 * within the same limits as the current map.
 *
 * @param label how reports name the baseline, such as {@code origin/main} or a directory path
 * @param result the baseline loaded and validated; its map is compared even when it has errors
 */
public record Baseline(String label, LoadResult result) {

    public Baseline {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(result, "result");
    }

    /** The map in {@code directory}, named in reports by its path relative to {@code base}, within the default limits. */
    public static Baseline ofDirectory(Path directory, Path base) {
        return ofDirectory(directory, base, Limits.DEFAULT);
    }

    /** The map in {@code directory}, named in reports by its path relative to {@code base}, within {@code limits}. */
    public static Baseline ofDirectory(Path directory, Path base, Limits limits) {
        LoadResult result = Touchmap.load(directory, limits);
        return new Baseline(Location.displayPath(result.directory(), base), result);
    }

    /**
     * The map directory {@code sourceDirectory} as it was at {@code revision} (a branch, tag, commit, {@code HEAD~1}
     * or {@code origin/main}) of the git repository that contains it, read from the repository's objects without a
     * checkout (see {@link MapSource#gitTree}).
     *
     * @throws IOException when no repository contains the directory or the revision does not exist
     */
    public static Baseline ofRevision(Path sourceDirectory, String revision) throws IOException {
        return ofRevision(sourceDirectory, revision, Limits.DEFAULT);
    }

    /** As {@link #ofRevision(Path, String)}, within {@code limits}. */
    public static Baseline ofRevision(Path sourceDirectory, String revision, Limits limits) throws IOException {
        try (MapSource source = MapSource.gitTree(sourceDirectory, revision)) {
            return new Baseline(revision, Touchmap.load(source, limits));
        }
    }

    /** True when the baseline has errors, so the diff may miss what could not be read. */
    public boolean hasErrors() {
        return result.hasErrors();
    }

    /** The baseline's diagnostics. */
    public List<Diagnostic> diagnostics() {
        return result.diagnostics();
    }
}
