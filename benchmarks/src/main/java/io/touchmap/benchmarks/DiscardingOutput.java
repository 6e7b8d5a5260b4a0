package io.touchmap.benchmarks;

import io.touchmap.output.ReportOutput;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A report output that keeps nothing and counts the bytes written: it times a renderer without the disk, and
 * without holding a big map's site in memory.
 */
final class DiscardingOutput implements ReportOutput {

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong files = new AtomicLong();

    @Override
    public OutputStream create(String path) {
        ReportOutput.checked(path);
        files.incrementAndGet();
        return new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] buffer, int offset, int length) {
                bytes.addAndGet(length);
            }
        };
    }

    /** How many bytes were written to all files. */
    long bytes() {
        return bytes.get();
    }

    /** How many files were created. */
    long files() {
        return files.get();
    }

    @Override
    public void close() {
    }
}
