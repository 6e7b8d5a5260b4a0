package io.touchmap.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a renderer writes its files: each file is created at a relative path, such as {@code touchpoints/x.html}.
 * Renderers know nothing else of the file system, so tests render in memory and the real output can be made atomic.
 *
 * <p>A render writes several files at once from several threads (the site's pages, the PDF): {@link #create} must
 * be safe to call concurrently, each stream being written by one thread only.
 */
public interface ReportOutput extends Closeable {

    /**
     * Creates the file at {@code path} (forward slashes, relative, no {@code ..}) and returns the stream to write it;
     * the caller closes the stream.
     */
    OutputStream create(String path) throws IOException;

    /** Writes {@code bytes} as the whole file at {@code path}. */
    default void write(String path, byte[] bytes) throws IOException {
        try (OutputStream out = create(path)) {
            out.write(bytes);
        }
    }

    /** Writes {@code text} as UTF-8 as the whole file at {@code path}. */
    default void write(String path, String text) throws IOException {
        write(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Checks that {@code path} is a safe relative path inside the output; returns it unchanged. */
    static String checked(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || java.util.Arrays.stream(path.split("/")).anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."))) {
            throw new IllegalArgumentException("not a safe relative output path: '" + path + "'");
        }
        return path;
    }
}
