package io.touchmap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report into a directory all at once: files go to a staging sibling directory, and only
 * {@link #commit()} puts it in place of the target, so a failed render leaves the previous output as it was and
 * no stale file of an earlier render survives a successful one. Closing without committing discards the work.
 */
public final class DirectoryOutput implements ReportOutput {

    private final Path target;
    private final Staging staging;
    private boolean committed;

    private DirectoryOutput(Path target, Staging staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts writing a new version of {@code target}. */
    public static DirectoryOutput replacing(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        return new DirectoryOutput(absolute, Staging.in(parent, absolute.getFileName().toString(), absolute));
    }

    /** The directory the report will be in once committed. */
    public Path target() {
        return target;
    }

    @Override
    public OutputStream create(String path) throws IOException {
        return staging.create(path);
    }

    /** Puts the written files in place of the target directory, replacing what it held. */
    public void commit() throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous = Staging.newFolder(target.getParent(), target.getFileName() + ".old-");
            Files.delete(previous);
            Staging.move(target, previous);
        }
        Staging.move(staging.root(), target);
        staging.release();
        committed = true;
        if (previous != null) {
            Staging.deleteTree(previous);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            staging.discard();
        }
    }
}
