package io.touchmap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a report into a directory all at once: files go to a temporary sibling directory, and only
 * {@link #commit()} puts it in place of the target, so a failed render leaves the previous output as it was and
 * no stale file of an earlier render survives a successful one. Closing without committing discards the work.
 */
public final class DirectoryOutput implements ReportOutput {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private DirectoryOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts writing a new version of {@code target}. */
    public static DirectoryOutput replacing(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        return new DirectoryOutput(absolute, staging);
    }

    /** The directory the report will be in once committed. */
    public Path target() {
        return target;
    }

    @Override
    public OutputStream create(String path) throws IOException {
        Path file = staging.resolve(ReportOutput.checked(path)).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("output path leads outside " + target + ": " + path);
        }
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }

    /** Puts the written files in place of the target directory, replacing what it held. */
    public void commit() throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(previous);
            move(target, previous);
        }
        move(staging, target);
        committed = true;
        if (previous != null) {
            deleteTree(previous);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
