package io.touchmap.output;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Keeps rendered files in memory, sorted by path: for tests, and for renders whose bytes are compared. */
public final class MemoryOutput implements ReportOutput {

    private final Map<String, byte[]> files = new TreeMap<>();

    @Override
    public synchronized OutputStream create(String path) {
        String checked = ReportOutput.checked(path);
        return new ByteArrayOutputStream() {
            @Override
            public void close() {
                synchronized (MemoryOutput.this) {
                    files.put(checked, toByteArray());
                }
            }
        };
    }

    /** The files written so far, by path. */
    public synchronized Map<String, byte[]> files() {
        return new TreeMap<>(files);
    }

    /** The text of the file at {@code path}, or null if none was written. */
    public synchronized String text(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
    }
}
