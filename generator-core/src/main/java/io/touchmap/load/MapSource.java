package io.touchmap.load;

import io.touchmap.diagnostic.Diagnostic;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of a map, or of a folder of maps, wherever they are kept: a directory on disk or a git tree. The files
 * are listed once, when the source is opened; the loader, the choice between one map and a collection, and the
 * up-to-date stamp all work from that one list.
 *
 * <pre>{@code
 * try (MapSource source = MapSource.gitTree(Path.of("src/touchmap"), "origin/main")) {
 *     LoadResult baseline = Touchmap.load(source, Limits.DEFAULT);
 * }
 * }</pre>
 */
public interface MapSource extends Closeable {

    /**
     * The directory the files are in (for a git tree, where they are in the working tree): the paths of diagnostics
     * and of a map's files are below it.
     */
    Path root();

    /** Every file below the root, sorted by path, including those that cannot be read. */
    List<SourceFile> files();

    /** The file at {@code path} below the root (forward slashes, normalised), if the source lists one. */
    Optional<SourceFile> file(String path);

    /**
     * Why the source has nothing at all to read, such as a directory that does not exist, as the one diagnostic to
     * report; empty when the root could be listed.
     */
    Optional<Diagnostic> absence();

    /** Opens {@code file}, one of {@link #files()} that is {@link SourceFile#readable()}; the caller closes the stream. */
    InputStream open(SourceFile file) throws IOException;

    /** The files below {@code folder} (a path below the root, such as {@code bakery}) as a source of their own. */
    MapSource folder(String folder);

    /** Where {@code file} is, or would be on disk: the root resolved with the file's path. */
    default Path pathOf(SourceFile file) {
        return root().resolve(file.path());
    }

    /** Releases what the source holds open, such as a git repository; a directory holds nothing. */
    @Override
    default void close() throws IOException {
    }

    /**
     * The files below {@code directory} on disk, listed now. Links are not followed into directories; a link to a
     * file is followed only when the file is inside the directory.
     */
    static MapSource directory(Path directory) {
        return DirectorySource.list(directory);
    }

    /**
     * The files below {@code directory} as they were at {@code revision} (a branch, tag, commit, {@code HEAD~1} or
     * {@code origin/main}) of the git repository that contains the directory, read from the repository's objects:
     * the working tree is neither read nor changed. Only regular files are read; symbolic links and submodules never
     * are.
     *
     * @throws IOException when no repository contains the directory or the revision does not exist
     */
    static MapSource gitTree(Path directory, String revision) throws IOException {
        return GitTreeSource.open(directory, revision);
    }
}
