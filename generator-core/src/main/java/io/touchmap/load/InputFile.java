package io.touchmap.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file the loader read for a map, YAML or CSV, with a digest of the very bytes it read: what a render is made
 * from, so that a later build can tell whether its output is still up to date.
 *
 * @param file where the file is, as diagnostics name it
 * @param sha256 the SHA-256 of the bytes read, in lower-case hexadecimal
 */
public record InputFile(Path file, String sha256) implements Comparable<InputFile> {

    public InputFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    @Override
    public int compareTo(InputFile other) {
        int byFile = file.toString().compareTo(other.file.toString());
        return byFile != 0 ? byFile : sha256.compareTo(other.sha256);
    }
}
