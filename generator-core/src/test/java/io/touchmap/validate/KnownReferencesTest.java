package io.touchmap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TM106: references to stages, channels and personas point at declared ones, with a suggestion when one is close. */
class KnownReferencesTest {

    @Test
    void unknownReferencesAreReportedAtTheReferenceWithASuggestion() {
        assertEquals(List.of(
                "map.yaml:6:11: warning TM204 channel 'store' has no touchpoint; add a touchpoint with 'channel: store', or remove the channel",
                "map.yaml:13:12: error TM106 touchpoint 'checkout' refers to unknown stage 'purchse'; did you mean 'purchase'?",
                "map.yaml:14:14: error TM106 touchpoint 'checkout' refers to unknown channel 'phone'; declare it under 'channels', or use one of: store, web",
                "map.yaml:15:29: error TM106 touchpoint 'checkout' refers to unknown persona 'busy-parents'; did you mean 'busy-parent'?",
                "map.yaml:15:43: error TM106 touchpoint 'checkout' refers to unknown persona 'student'; declare it under 'personas', or use one of: busy-parent",
                "map.yaml:26:54: error TM106 the importance of component 'price' refers to unknown stage 'discovery'; declare it under 'stages', or use one of: purchase, loyalty",
                "map.yaml:26:68: error TM106 the importance of component 'price' refers to unknown stage 'loyalt'; did you mean 'loyalty'?",
                "map.yaml:34:37: error TM106 competitor 'rival' refers to unknown channel 'wbe'; did you mean 'web'?",
                "map.yaml:35:18: error TM106 competitor 'rival' refers to unknown stage 'after-sales'; declare it under 'stages', or use one of: purchase, loyalty"),
                Fixtures.diagnostics(KnownReferencesTest.class, "unknown-references"));
    }
}
