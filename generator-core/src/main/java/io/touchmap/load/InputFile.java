package io.touchmap.load;

import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A file the loader read for a map, YAML or CSV, with a digest of the very bytes it read: what a render is made
 * from, so that a later build can tell whether its output is still up to date.
 *
 * @param file where the file is, as diagnostics name it
 * @param digest the bytes' length and two checksums, CRC-32 and CRC-32C ({@link #digestOf}): any edit changes it
 */
public record InputFile(Path file, String digest) implements Comparable<InputFile> {

    public InputFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(digest, "digest");
    }

    /**
     * The digest of {@code bytes}: their length and two independent 32-bit checksums, such as
     * {@code 2694145-1f2e3d4c-a1b2c3d4}. It tells an edited file from the one a render was made from, which is all
     * the up-to-date check asks (it guards against no adversary: whoever edits the map renders it), and both
     * checksums are computed by the processor's own instructions; a SHA-256 of the 31 MB of a 10,000-touchpoint
     * map took a cold JVM half a second.
     */
    public static String digestOf(byte[] bytes) {
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        return bytes.length + "-" + Long.toHexString(crc32.getValue()) + "-" + Long.toHexString(crc32c.getValue());
    }

    // Written out, as a record would generate them: a record's own are linked through java.lang.invoke at their
    // first call, milliseconds each in the short JVM of a build.
    @Override
    public boolean equals(Object other) {
        return other instanceof InputFile input && file.equals(input.file) && digest.equals(input.digest);
    }

    @Override
    public int hashCode() {
        return 31 * file.hashCode() + digest.hashCode();
    }

    @Override
    public int compareTo(InputFile other) {
        int byFile = file.toString().compareTo(other.file.toString());
        return byFile != 0 ? byFile : digest.compareTo(other.digest);
    }
}
