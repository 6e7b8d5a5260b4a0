package io.touchmap.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** A render that ran out of memory is told apart whatever the error reached the caller as. */
class OutOfMemoryTest {

    private static final OutOfMemoryError FULL = new OutOfMemoryError("Java heap space");

    @Test
    void theSameErrorFromABodyAndItsCloseIsStillRunningOutOfMemory() {
        // what the JVM does when the heap is full: one preallocated error, thrown again by close()
        Closeable failing = () -> {
            throw FULL;
        };
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> {
            try (failing) {
                throw FULL;
            }
        });
        assertTrue(OutOfMemory.causedBy(thrown), thrown.toString());
    }

    @Test
    void anErrorWrappedOnItsWayOutIsRunningOutOfMemory() {
        assertTrue(OutOfMemory.causedBy(FULL));
        assertTrue(OutOfMemory.causedBy(new UncheckedIOException(new IOException(FULL))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(OutOfMemory.causedBy(new IllegalArgumentException("Self-suppression not permitted")));
        assertFalse(OutOfMemory.causedBy(new IOException("disk full")));
        assertFalse(OutOfMemory.causedBy(new StackOverflowError()));
    }
}
