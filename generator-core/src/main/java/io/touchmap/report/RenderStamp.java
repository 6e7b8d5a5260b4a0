package io.touchmap.report;

import io.touchmap.output.ReportOutput;
import io.touchmap.Maps;
import io.touchmap.Version;
import io.touchmap.load.InputFile;
import io.touchmap.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a render was made from: a SHA-256 over every file the loader read for the maps (its path below the source's
 * root and the digest of the bytes read, YAML and CSV alike, and nothing else), the render's settings, and Touchmap's
 * version and build (the bytes of its jar, so a rebuilt snapshot renders again). A render writes it as
 * {@link #FILE_NAME} into its output; when the next build computes the same stamp, the output is up to date and the
 * render can be skipped.
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
            update(digest, relative(root, file.file()) + "\n" + file.sha256() + "\n");
        }
        return new RenderStamp(HexFormat.of().formatHex(digest.digest()));
    }

    /** True when {@code outputDirectory} holds the output of a render with this very stamp. */
    public boolean matches(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE_NAME);
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).trim().equals(value);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the stamp into a render's output, as its last file. */
    public void writeTo(ReportOutput output) throws IOException {
        output.write(FILE_NAME, value + "\n");
    }

    /** The identity of the running Touchmap build: the SHA-256 of its jar, computed once per JVM. */
    private static final class Build {
        static final String IDENTITY = identity();

        private static String identity() {
            try {
                var source = RenderStamp.class.getProtectionDomain().getCodeSource();
                Path location = source == null ? null : Path.of(source.getLocation().toURI());
                if (location == null || !Files.isRegularFile(location)) {
                    return "classes";
                }
                MessageDigest digest = sha256();
                try (InputStream in = Files.newInputStream(location)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, read);
                    }
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
                // without a readable jar, every render counts as new: slower, never stale
                return "unknown-" + System.nanoTime();
            }
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
