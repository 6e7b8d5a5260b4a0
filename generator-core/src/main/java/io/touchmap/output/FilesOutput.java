package io.touchmap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes report files into a directory that may already hold other reports (the HTML site, an earlier diff), leaving
 * those alone: files are written to a hidden staging directory inside it, and {@link #commit()} moves each into place,
 * replacing a file of the same name at once, so no reader ever sees a half-written file. Closing without committing
 * discards the work. Use {@link DirectoryOutput} to replace a whole directory instead.
 */
public final class FilesOutput implements ReportOutput {

    private final Path directory;
    private final Staging staging;
    private final List<String> written = new ArrayList<>();
    private boolean committed;

    private FilesOutput(Path directory, Staging staging) {
        this.directory = directory;
        this.staging = staging;
    }

    /** Starts writing files into {@code directory}, creating it if needed. */
    public static FilesOutput into(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        return new FilesOutput(absolute, Staging.in(absolute, "touchmap", absolute));
    }

    @Override
    public synchronized OutputStream create(String path) throws IOException {
        OutputStream out = staging.create(path);
        written.add(path);
        return out;
    }

    /** Moves every written file into the directory, each replacing the file of the same name. */
    public synchronized void commit() throws IOException {
        for (String path : written) {
            Path target = directory.resolve(path);
            Files.createDirectories(target.getParent());
            Staging.move(staging.root().resolve(path), target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        staging.discard();
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            staging.discard();
        }
    }
}
