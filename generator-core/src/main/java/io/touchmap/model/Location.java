package io.touchmap.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something was written: a file and a 1-based line and column (0 when the whole file is meant).
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(file, "file");
    }

    /** The whole file, with no line or column. */
    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    /** True when this points at a line rather than at a whole file. */
    public boolean hasLine() {
        return line > 0;
    }

    /** {@code path:line:col} (or just {@code path}) with the path relative to {@code base} where it lies under it. */
    public String format(Path base) {
        String path = displayPath(file, base);
        return hasLine() ? path + ":" + line + ":" + column : path;
    }

    /** The path relative to {@code base} if it lies below it, with forward slashes. */
    public static String displayPath(Path file, Path base) {
        Path shown = file;
        if (base != null) {
            Path absoluteBase = base.toAbsolutePath().normalize();
            Path absoluteFile = file.toAbsolutePath().normalize();
            if (absoluteFile.startsWith(absoluteBase)) {
                shown = absoluteBase.relativize(absoluteFile);
            }
        }
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    /**
     * {@code file} as a path relative to {@code base}, with {@code ..} where it lies outside it, such as
     * {@code ../main-worktree/src/touchmap}: a label that public reports can show without the machine's folders.
     * Absolute only when the two have no common root (another drive).
     */
    public static String relativePath(Path file, Path base) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        if (!absoluteBase.getRoot().equals(absoluteFile.getRoot())) {
            return absoluteFile.toString().replace('\\', '/');
        }
        String text = absoluteBase.relativize(absoluteFile).toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    // Written out, as a record would generate them: a record's own are linked through java.lang.invoke at their
    // first call, milliseconds each in the short JVM of a build.
    @Override
    public boolean equals(Object other) {
        return other instanceof Location location && file.equals(location.file) && line == location.line
                && column == location.column;
    }

    @Override
    public int hashCode() {
        return (31 * file.hashCode() + line) * 31 + column;
    }

    @Override
    public int compareTo(Location other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
