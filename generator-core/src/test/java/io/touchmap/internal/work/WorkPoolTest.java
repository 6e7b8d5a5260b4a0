package io.touchmap.internal.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkPoolTest {

    @Test
    void onOneThreadThePartsRunInOrderInTheCallingThread() throws IOException {
        List<String> runs = new ArrayList<>();
        WorkPool.run(4, 1, i -> runs.add(i + " " + Thread.currentThread().getName()));
        String caller = Thread.currentThread().getName();
        assertEquals(List.of("0 " + caller, "1 " + caller, "2 " + caller, "3 " + caller), runs);
    }

    @Test
    void onSeveralThreadsEveryPartRunsExactlyOnce() throws IOException {
        AtomicIntegerArray runs = new AtomicIntegerArray(500);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        WorkPool.run(500, 3, i -> {
            runs.incrementAndGet(i);
            threads.add(Thread.currentThread().getName());
        });
        for (int i = 0; i < 500; i++) {
            assertEquals(1, runs.get(i), "part " + i);
        }
        assertTrue(threads.size() <= 3, threads.toString());
    }

    @Test
    void aFailureIsThrownAsItWasAndTheLaterPartsDoNotRun() {
        IOException failure = new IOException("cannot write kpis/x.html");
        List<Integer> runs = new ArrayList<>();
        IOException thrown = assertThrows(IOException.class, () -> WorkPool.run(10, 1, i -> {
            runs.add(i);
            if (i == 3) {
                throw failure;
            }
        }));
        assertSame(failure, thrown);
        assertEquals(List.of(0, 1, 2, 3), runs);
    }

    @Test
    void aFailureOnSeveralThreadsIsThrownAsItWas() {
        IOException failure = new IOException("cannot write kpis/x.html");
        IOException thrown = assertThrows(IOException.class, () -> WorkPool.run(1000, 2, i -> {
            if (i == 3) {
                throw failure;
            }
        }));
        assertSame(failure, thrown);
    }

    @Test
    void anUncheckedFailureOfAHelperThreadReachesTheCaller() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> WorkPool.run(2, 2, i -> {
            throw new IllegalStateException("template kpi.ftlh failed for part " + i);
        }));
        assertTrue(thrown.getMessage().startsWith("template kpi.ftlh failed for part "), thrown.getMessage());
    }
}
