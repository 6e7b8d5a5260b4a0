package io.touchmap.load;

import java.util.Locale;
import java.util.Objects;

/**
 * One file of a {@link MapSource}: its path below the source's root, its size, and whether it can be read.
 *
 * @param path the path below the root, with forward slashes, such as {@code touchpoints/web.yaml}
 * @param size the size in bytes, as found when the source was listed; 0 for a file that cannot be read
 * @param kind whether the file can be read, and why not
 * @param detail what went wrong for {@link Kind#UNREADABLE}, such as {@code AccessDeniedException}, or the character set
 *     of file names for {@link Kind#NAME_NOT_SPELLED}; empty otherwise
 */
public record SourceFile(String path, long size, Kind kind, String detail) {

    /** Whether a file can be read, and why not. */
    public enum Kind {
        /** A regular file, or a link to one inside the source. */
        FILE,
        /** A link that leads nowhere. */
        LINK_TO_NOTHING,
        /** A link that leads outside the source's root. */
        LINK_OUTSIDE,
        /** A link that the source does not follow at all, such as a symbolic link in a git tree. */
        LINK_NOT_FOLLOWED,
        /** A directory link, a pipe, a device: not a regular file. */
        NOT_A_FILE,
        /** A file or directory the system refuses to read. */
        UNREADABLE,
        /** A name that could lead outside the root on some system, such as one with {@code ..} or {@code \}. */
        UNSAFE_NAME,
        /**
         * A name Java cannot spell in the character set it takes file names in (the locale's), such as an accented
         * name under the C locale: the file cannot be opened.
         */
        NAME_NOT_SPELLED
    }

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** A regular file of {@code size} bytes. */
    public static SourceFile file(String path, long size) {
        return new SourceFile(path, size, Kind.FILE, "");
    }

    /** A file that cannot be read, for the reason {@code kind}. */
    public static SourceFile refused(String path, Kind kind, String detail) {
        return new SourceFile(path, 0, kind, detail);
    }

    /** True when the file can be read. */
    public boolean readable() {
        return kind == Kind.FILE;
    }

    /** True for a {@code .yaml} or {@code .yml} file, in any case. */
    public boolean isYaml() {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The name of the file, without its folder. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder of the file below the root, such as {@code touchpoints}; empty for a file at the root. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
