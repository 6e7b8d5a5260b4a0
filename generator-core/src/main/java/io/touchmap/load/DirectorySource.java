package io.touchmap.load;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a directory on disk, listed once. A link to a file counts as that file only when its target is inside
 * the directory (the one the source was opened on, or the folder a {@link #folder} view stands for); links are never
 * followed into directories, so a walk cannot loop or leave the map.
 */
final class DirectorySource implements MapSource {

    /** One listed file: its path below the listed root, its target when it is a link to a regular file, its state. */
    private record Entry(String path, Path linkTarget, long size, SourceFile.Kind kind, String detail) {
    }

    private final Path root;
    private final Path realRoot;
    private final Map<String, Entry> entries;
    private final Diagnostic absence;
    private final List<SourceFile> files;
    private final Map<String, SourceFile> byPath;

    private DirectorySource(Path root, Path realRoot, Map<String, Entry> entries, Diagnostic absence) {
        this.root = root;
        this.realRoot = realRoot;
        this.entries = entries;
        this.absence = absence;
        this.byPath = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            byPath.put(entry.path(), view(entry));
        }
        this.files = List.copyOf(byPath.values());
    }

    static DirectorySource list(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        Location whole = Location.of(root);
        if (!Files.isDirectory(root)) {
            return new DirectorySource(root, root, Map.of(), DiagnosticText.NO_DIRECTORY.at(whole));
        }
        List<Entry> found = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String path = relative(root, file);
                    found.add(spelled(file) ? entry(path, file, attributes)
                            : new Entry(path, null, 0, SourceFile.Kind.NAME_NOT_SPELLED, System.getProperty("sun.jnu.encoding")));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Entry(relative(root, file), null, 0, SourceFile.Kind.UNREADABLE, e.getClass().getSimpleName()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return new DirectorySource(root, root, Map.of(), DiagnosticText.UNREADABLE_DIRECTORY.at(whole, e.getClass().getSimpleName()));
        }
        found.sort(Comparator.comparing(Entry::path));
        Map<String, Entry> entries = new LinkedHashMap<>();
        found.forEach(entry -> entries.put(entry.path(), entry));
        return new DirectorySource(root, realRoot, entries, null);
    }

    private static Entry entry(String path, Path file, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                return new Entry(path, null, 0, SourceFile.Kind.LINK_TO_NOTHING, "");
            }
            try {
                BasicFileAttributes real = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return new Entry(path, target, real.isRegularFile() ? real.size() : 0,
                        real.isRegularFile() ? SourceFile.Kind.FILE : SourceFile.Kind.NOT_A_FILE, "");
            } catch (IOException e) {
                return new Entry(path, null, 0, SourceFile.Kind.UNREADABLE, e.getClass().getSimpleName());
            }
        }
        if (attributes.isRegularFile()) {
            return new Entry(path, null, attributes.size(), SourceFile.Kind.FILE, "");
        }
        return new Entry(path, null, 0, SourceFile.Kind.NOT_A_FILE, "");
    }

    /** The file as this source shows it: a link is outside unless its target is below this source's real root. */
    private SourceFile view(Entry entry) {
        if (entry.linkTarget() != null && !entry.linkTarget().startsWith(realRoot)) {
            return SourceFile.refused(entry.path(), SourceFile.Kind.LINK_OUTSIDE, "");
        }
        return new SourceFile(entry.path(), entry.size(), entry.kind(), entry.detail());
    }

    /**
     * Whether the name of {@code file}, as Java decoded it, leads back to it: a name not written in the character set
     * Java takes file names in (the locale's) decodes to replacement characters, which lead to no file or none at all.
     */
    private static boolean spelled(Path file) {
        try {
            return file.getFileSystem().getPath(file.toString()).equals(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public List<SourceFile> files() {
        return files;
    }

    @Override
    public Optional<SourceFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    @Override
    public Optional<Diagnostic> absence() {
        return Optional.ofNullable(absence);
    }

    @Override
    public InputStream open(SourceFile file) throws IOException {
        if (!file.readable() || !byPath.containsKey(file.path())) {
            throw new IOException("not a readable file of " + root + ": " + file.path());
        }
        Entry entry = entries.get(file.path());
        return Files.newInputStream(entry.linkTarget() != null ? entry.linkTarget() : pathOf(file));
    }

    @Override
    public MapSource folder(String folder) {
        String prefix = folder + "/";
        Map<String, Entry> below = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            if (entry.path().startsWith(prefix)) {
                String path = entry.path().substring(prefix.length());
                below.put(path, new Entry(path, entry.linkTarget(), entry.size(), entry.kind(), entry.detail()));
            }
        }
        return new DirectorySource(root.resolve(folder), realRoot.resolve(folder), below, null);
    }
}
