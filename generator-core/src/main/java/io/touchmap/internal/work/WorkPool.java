package io.touchmap.internal.work;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs independent parts of Touchmap's work (the files of a map being read, the pages of a site with their charts,
 * the HTML site beside the PDF) on a bounded number of threads, the calling thread being one of them. Parts are taken
 * in order, each by the first thread free; the first part to fail stops the others from starting and its exception
 * is the one thrown. What the parts make does not depend on which thread runs them, so a render on one thread and on
 * several gives the same bytes.
 */
public final class WorkPool {

    /** One part of the work, given its index. */
    @FunctionalInterface
    public interface Part {
        void run(int index) throws IOException;
    }

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private WorkPool() {
    }

    /** The number of threads used unless told otherwise: one per processor the JVM may use. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code part} for each index from 0 to {@code count - 1} on at most {@code threads} threads, and returns
     * once every part is done; with one thread, the parts run in order in the calling thread.
     *
     * @throws IOException the exception of the first part that failed, if any
     */
    public static void run(int count, int threads, Part part) throws IOException {
        int workers = Math.min(count, Math.max(1, threads));
        if (workers <= 1) {
            for (int i = 0; i < count; i++) {
                part.run(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i; failure.get() == null && (i = next.getAndIncrement()) < count; ) {
                try {
                    part.run(i);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
            Thread helper = new Thread(worker, "touchmap-worker-" + THREAD_NUMBER.incrementAndGet());
            helper.setDaemon(true);
            helpers.add(helper);
            helper.start();
        }
        worker.run();
        // Every helper is waited for, even when interrupted, so that no part still writes once this returns.
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    failure.compareAndSet(null, e);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow(failure.get());
    }

    /**
     * Throws what a part of a render failed with: an {@link IOException}, a {@link RuntimeException} or an
     * {@link Error} as it is, an interruption as an {@link InterruptedIOException}, anything else inside an
     * {@link IOException}; returns only when {@code failure} is null.
     */
    public static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure instanceof InterruptedException) {
            InterruptedIOException interrupted = new InterruptedIOException("the render was interrupted");
            interrupted.initCause(failure);
            throw interrupted;
        }
        throw new IOException(failure);
    }
}
