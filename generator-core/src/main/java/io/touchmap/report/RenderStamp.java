package io.touchmap.report;

import io.touchmap.output.ReportOutput;
import io.touchmap.Maps;
import io.touchmap.Version;
import io.touchmap.load.InputFile;
import io.touchmap.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a render was made from: a SHA-256 over every file the loader read for the maps (its path below the source's
 * root and the digest of the bytes read, YAML and CSV alike, and nothing else: {@link InputFile#digestOf}), the
 * render's settings, and Touchmap's version and build (the checksums of its jar's entries, so a rebuilt snapshot
 * renders again). A render writes it as {@link #FILE_NAME} into its output; when the next build computes the same
 * stamp, the output is up to date and the render can be skipped.
 */
public record RenderStamp(String value) {

    /** The file, inside the output directory, that holds the stamp of the render that produced it. */
    public static final String FILE_NAME = ".touchmap-stamp";

    /** The stamp of rendering {@code maps} with {@code settings} (any text that describes them fully). */
    public static RenderStamp of(Maps maps, String settings) {
        MessageDigest digest = sha256();
        update(digest, "touchmap " + Version.get() + " " + Build.IDENTITY + "\n" + settings + "\n");
        Path root = maps.root();
        for (InputFile file : maps.inputs()) {
            update(digest, relative(root, file.file()) + "\n" + file.digest() + "\n");
        }
        return new RenderStamp(HexFormat.of().formatHex(digest.digest()));
    }

    /** True when {@code outputDirectory} holds the output of a render with this very stamp. */
    public boolean matches(Path outputDirectory) {
        try {
            return presentIn(outputDirectory)
                    && Files.readString(outputDirectory.resolve(FILE_NAME), StandardCharsets.UTF_8).trim().equals(value);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when {@code outputDirectory} holds the stamp of an earlier render, whichever it is. */
    static boolean presentIn(Path outputDirectory) {
        return Files.isRegularFile(outputDirectory.resolve(FILE_NAME));
    }

    /** Writes the stamp into a render's output, as its last file. */
    public void writeTo(ReportOutput output) throws IOException {
        output.write(FILE_NAME, value + "\n");
    }

    /**
     * The identity of the running Touchmap build, computed once per JVM from its jar's directory
     * ({@link #buildIdentity}): a rebuilt jar (a snapshot) whose content differs in any entry gets another identity,
     * and the jar's own bytes (18 MB for the command line) are not read, which took a cold JVM longer than loading a
     * 500-touchpoint map.
     */
    private static final class Build {
        static final String IDENTITY = identity();

        private static String identity() {
            try {
                var source = RenderStamp.class.getProtectionDomain().getCodeSource();
                return source == null ? "classes" : buildIdentity(Path.of(source.getLocation().toURI()));
            } catch (java.net.URISyntaxException | RuntimeException e) {
                return "unknown-" + System.nanoTime();
            }
        }
    }

    /**
     * The identity of the build at {@code location}: for a jar, its size, entry count and two checksums (CRC-32 and
     * CRC-32C) over every entry's name, size and CRC-32 as its directory lists them; "classes" for a folder of classes.
     */
    static String buildIdentity(Path location) {
        if (!Files.isRegularFile(location)) {
            return "classes";
        }
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        ByteBuffer numbers = ByteBuffer.allocate(16);
        int entries = 0;
        try (ZipFile jar = new ZipFile(location.toFile())) {
            for (var listed = jar.entries(); listed.hasMoreElements(); entries++) {
                ZipEntry entry = listed.nextElement();
                byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
                numbers.clear().putLong(entry.getSize()).putLong(entry.getCrc()).flip();
                crc.update(name);
                crc.update(numbers);
                crcC.update(name);
                crcC.update(numbers.rewind());
            }
            return Files.size(location) + "-" + entries + "-" + Long.toHexString(crc.getValue()) + "-"
                    + Long.toHexString(crcC.getValue());
        } catch (IOException | RuntimeException e) {
            // without a readable jar, every render counts as new: slower, never stale
            return "unknown-" + System.nanoTime();
        }
    }

    private static String relative(Path root, Path file) {
        return Location.displayPath(file, root);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is not available", e));
        }
    }
}
