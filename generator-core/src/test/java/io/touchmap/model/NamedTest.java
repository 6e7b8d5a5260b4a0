package io.touchmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedTest {

    @Test
    void anElementIsShownByItsName() {
        assertEquals("Passage en caisse", touchpoint("store-checkout", "Passage en caisse").displayName());
        assertEquals("Magasin", new Channel("store", "Magasin", ChannelType.ANALOG, null, null, null).displayName());
    }

    @Test
    void anElementWithoutANameIsShownByItsId() {
        assertEquals("store-checkout", touchpoint("store-checkout", null).displayName());
        assertEquals("discovery", new LifecycleStage("discovery", null, Phase.BEFORE_PURCHASE, null, null).displayName());
        assertEquals("rival-a", new Competitor("rival-a", null, null, Map.of(), List.of(), null).displayName());
    }

    @Test
    void aBlankNameCountsAsNoName() {
        assertEquals("busy-parent", new Persona("busy-parent", " \t", null, null).displayName());
        assertEquals("wait", new Kpi("wait", "", null, null, null, null, null, null, null, null, null, List.of(), null).displayName());
    }

    @Test
    void theMapIsShownByItsTitleElseItsIdByTheSameRule() {
        assertEquals("Carte 2026", info("maison-lumiere", "Carte 2026").displayTitle());
        assertEquals("maison-lumiere", info("maison-lumiere", null).displayTitle());
        assertEquals("maison-lumiere", info("maison-lumiere", "  ").displayTitle());
    }

    private static Touchpoint touchpoint(String id, String name) {
        return new Touchpoint(id, name, "purchase", "store", List.of(), null, TouchpointStatus.ACTIVE, null,
                new Elements(List.of(), List.of(), List.of(), new Emotions(null, List.of())), List.of(), List.of(),
                new ValueDelivered(Map.of()), List.of(), null);
    }

    private static MapInfo info(String id, String title) {
        return new MapInfo(id, title, null, "en", null, List.of(), null, Map.of(), null);
    }
}
