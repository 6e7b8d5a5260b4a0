package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void limitsAreRaisedByName() {
        Limits raised = Limits.DEFAULT.with(Map.of("maxTouchpoints", "200_000", "maxFileBytes", "134217728"));
        assertEquals(200_000, raised.maxTouchpoints());
        assertEquals(134_217_728L, raised.maxFileBytes());
        assertEquals(Limits.DEFAULT.maxKpis(), raised.maxKpis());
    }

    @Test
    void anUnknownOrInvalidLimitIsRefusedWithItsName() {
        assertEquals("unknown limit 'maxTouchpoint'; the limits are maxFileBytes, maxTotalBytes, maxFiles, maxDepth, maxAliases,"
                        + " maxNodes, maxStringLength, maxTouchpoints, maxKpis, maxObservations",
                assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.with(Map.of("maxTouchpoint", "1"))).getMessage());
        assertEquals("limit 'maxDepth' must be a whole number, not 'deep'",
                assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.with(Map.of("maxDepth", "deep"))).getMessage());
        assertEquals("limit 'maxDepth' must be from 1 to 2147483647, not 0",
                assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.with(Map.of("maxDepth", "0"))).getMessage());
    }
}
