package io.touchmap.report;

/**
 * Tells a render that failed because Java ran out of memory, however the failure reached the caller, so that the
 * command line and the Maven goal can say to give Java more memory rather than show a library's words.
 */
public final class OutOfMemory {

    private OutOfMemory() {
    }

    /**
     * True when {@code failure} is, or was caused by, an {@link OutOfMemoryError}. When the heap is full, the JVM
     * throws one preallocated error; a {@code try}-with-resources whose body and {@code close()} both meet it then
     * fails with {@code IllegalArgumentException: Self-suppression not permitted}, caused by that error.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
