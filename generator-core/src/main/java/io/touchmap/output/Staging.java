package io.touchmap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A hidden folder where files are written before they are moved into place. It is made as a plain
 * {@code mkdir} makes a folder, so that it, and the output it becomes, get the modes the user's umask gives (0755
 * under 022, private under 077) rather than the 0700 of a temporary folder, which a web server could not read.
 */
final class Staging {

    private final Path root;
    private final Path shownAs;
    /**
     * Deletes the folder if the JVM ends while it is still there: on Ctrl+C, or after running out of memory, when the
     * render's own clean-up had no memory left to list the folder with.
     */
    private final Thread atExit;
    /** Set when the JVM ends: no file is created from then on, so that the folder can be deleted under the render. */
    private volatile boolean ending;

    private Staging(Path root, Path shownAs) throws IOException {
        this.root = root;
        this.shownAs = shownAs;
        this.atExit = new Thread(this::deleteAtExit, "touchmap-staging-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(atExit);
        } catch (IllegalStateException e) {
            throw new IOException("Java is ending: " + shownAs + " is not written", e);
        }
    }

    /** Deletes the folder while the render's threads may still be writing: a few times, as files close. */
    private void deleteAtExit() {
        ending = true;
        for (int attempt = 0; attempt < 20 && Files.exists(root); attempt++) {
            try {
                deleteTree(root);
            } catch (IOException | RuntimeException e) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** A new, empty staging folder in {@code parent}, named after {@code name}; {@code shownAs} names it in errors. */
    static Staging in(Path parent, String name, Path shownAs) throws IOException {
        while (true) {
            // the clean-up is set before the folder exists, so that a stop in between leaves nothing either
            Staging staging = new Staging(folderName(parent, name + ".tmp-"), shownAs);
            try {
                Files.createDirectory(staging.root);
            } catch (FileAlreadyExistsException e) {
                staging.release();
                continue;
            } catch (IOException | RuntimeException e) {
                staging.release();
                throw e;
            }
            if (staging.ending) {
                // the clean-up ran before the folder was made
                staging.discard();
                throw new IOException("Java is ending: " + shownAs + " is not written");
            }
            return staging;
        }
    }

    /** The staging folder. */
    Path root() {
        return root;
    }

    /** Creates the file at the safe relative {@code path}, with its parent folders. */
    OutputStream create(String path) throws IOException {
        if (ending) {
            throw new IOException("Java is ending: " + shownAs + " is not written");
        }
        Path file = root.resolve(ReportOutput.checked(path)).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("output path leads outside " + shownAs + ": " + path);
        }
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }

    /** Deletes the staging folder and what it holds. */
    void discard() throws IOException {
        deleteTree(root);
        release();
    }

    /** Tells that the folder is gone or has become the output, so that the JVM's exit leaves it alone. */
    void release() {
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException e) {
            // the JVM is already ending
        }
    }

    /** A new folder in {@code parent} whose name starts with a dot and {@code prefix}, made with the umask's mode. */
    static Path newFolder(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(folderName(parent, prefix));
            } catch (FileAlreadyExistsException e) {
                // taken: draw another name
            }
        }
    }

    /** A name for a new folder in {@code parent}: a dot, {@code prefix} and a random number. */
    private static Path folderName(Path parent, String prefix) {
        return parent.resolve("." + prefix + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
    }

    /** Moves {@code from} to {@code to} atomically where the file system can, replacing a file when asked. */
    static void move(Path from, Path to, StandardCopyOption... options) throws IOException {
        StandardCopyOption[] atomic = Stream.concat(Stream.of(StandardCopyOption.ATOMIC_MOVE), Stream.of(options))
                .toArray(StandardCopyOption[]::new);
        try {
            Files.move(from, to, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, options);
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
