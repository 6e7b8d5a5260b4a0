package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.touchmap.Fixtures;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.diagnostic.Severity;
import io.touchmap.model.Channel;
import io.touchmap.model.Kpi;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map directory read as a whole: its files in sorted path order, concatenated into one map. */
class MapLoaderTest {

    @Test
    void mapWrittenFromTheSpecificationHasNoDiagnostic() {
        assertEquals(List.of(), Fixtures.diagnostics(MapLoaderTest.class, "spec-example"));
    }

    @Test
    void mapWrittenFromTheSpecificationIsReadCompletely() {
        LoadResult result = Fixtures.load(MapLoaderTest.class, "spec-example");
        assertEquals("maison-lumiere", result.map().info().id());
        assertEquals("fr", result.map().info().locale());
        assertEquals("2026-03-01", result.map().info().date().toString());
        assertEquals(List.of("discovery", "purchase", "loyalty"), result.map().stages().stream().map(LifecycleStage::id).toList());
        Touchpoint checkout = result.map().touchpoint("store-checkout").orElseThrow();
        assertEquals(List.of("Paiement sans contact", "Conseil du caissier"), checkout.elements().interactions());
        assertEquals(2, checkout.elements().emotions().score());
        Kpi satisfaction = result.map().kpis().stream().filter(k -> k.id().equals("newsletter-satisfaction")).findFirst().orElseThrow();
        assertEquals(List.of("2026-Q1=3.8", "2026-Q2=4.1"), satisfaction.series().stream().map(o -> o.period() + "=" + o.value()).toList());
        assertEquals(List.of(2, 4), List.of(
                result.map().valueProposition().components().get(0).importance().get("loyalty"),
                result.map().competitors().get(0).presence().get(0).rating()));
    }

    @Test
    void filesAreConcatenatedInSortedPathOrder() {
        LoadResult result = Fixtures.load(MapLoaderTest.class, "multi-file");
        assertEquals(List.of(), Touchmap.format(result, result.directory()));
        // channels.yml < map.yaml < stages/1-discovery.yaml < stages/2-purchase.yaml; notes.txt is not read
        assertEquals(List.of("store", "web"), result.map().channels().stream().map(Channel::id).toList());
        assertEquals(List.of("discovery", "purchase"), result.map().stages().stream().map(LifecycleStage::id).toList());
        assertEquals(List.of("window", "checkout", "till"), result.map().touchpoints().stream().map(Touchpoint::id).toList());
        assertEquals("shop", result.map().info().id());
    }

    @Test
    void filesReadLargestFirstStillComeInPathOrder(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop }
                stages:
                  - { id: visit, name: Visit, phase: purchase }
                channels:
                  - { id: store, name: Store, type: analog }
                """);
        // the later a file is in path order, the more touchpoints it holds: read largest first, it comes last
        List<String> expected = new ArrayList<>();
        for (int file = 1; file <= 9; file++) {
            StringBuilder yaml = new StringBuilder("touchpoints:\n");
            for (int i = 1; i <= file * 20; i++) {
                String id = "tp-" + file + "-" + i;
                expected.add(id);
                yaml.append("  - { id: ").append(id).append(", name: T, stage: visit, channel: store")
                        .append(i == 1 ? ", colour: red" : "").append(" }\n");
            }
            Files.writeString(map.resolve("touchpoints-" + file + ".yaml"), yaml);
        }
        LoadResult result = Touchmap.load(map);
        assertEquals(expected, result.map().touchpoints().stream().map(Touchpoint::id).toList());
        List<String> unknownKeys = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location().format(map)).toList();
        assertEquals(List.of("touchpoints-1.yaml:2:58", "touchpoints-2.yaml:2:58", "touchpoints-3.yaml:2:58",
                "touchpoints-4.yaml:2:58", "touchpoints-5.yaml:2:58", "touchpoints-6.yaml:2:58", "touchpoints-7.yaml:2:58",
                "touchpoints-8.yaml:2:58", "touchpoints-9.yaml:2:58"), unknownKeys);
    }

    @Test
    void positionsPointIntoTheFileEachElementCameFrom() {
        LoadResult result = Fixtures.load(MapLoaderTest.class, "multi-file");
        Touchpoint till = result.map().touchpoint("till").orElseThrow();
        assertEquals("stages/2-purchase.yaml:12:12", till.origin().field("stage").format(result.directory()));
    }

    @Test
    void sameInputGivesTheSameDiagnosticsInTheSameOrder() {
        assertEquals(Fixtures.diagnostics(MapLoaderTest.class, "unknown-keys"), Fixtures.diagnostics(MapLoaderTest.class, "unknown-keys"));
    }

    @Test
    void missingDirectoryIsReportedNotThrown(@TempDir Path temp) {
        Path missing = temp.resolve("nowhere");
        assertEquals(List.of("nowhere: error TM006 the map directory does not exist; "
                + "create it with a map.yaml, or point sourceDirectory at the map"), Touchmap.format(Touchmap.load(missing), temp));
    }

    @Test
    void yamlFileLinkedFromOutsideIsNotRead(@TempDir Path temp) throws IOException {
        Path map = Files.createDirectories(temp.resolve("map"));
        Files.writeString(map.resolve("map.yaml"), "map: { id: shop, title: Shop }\n");
        Path outside = Files.writeString(temp.resolve("stages.yaml"), "stages: []\n");
        Files.createSymbolicLink(map.resolve("stages.yaml"), outside);
        assertEquals(List.of("stages.yaml: error TM111 the file is a link that leads outside the map directory; "
                + "copy the file into the map directory"), Fixtures.printed(map));
    }

    @Test
    void syntaxErrorInOneFileSuppressesChecksAcrossFiles(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("a.yaml"), "stages:\n  - { id: purchase, name: Purchase, phase: purchase }\n");
        Files.writeString(map.resolve("b.yaml"), "map: { id: shop, title: Shop\n");
        LoadResult result = Touchmap.load(map);
        assertEquals(List.of("b.yaml:2:1: error TM001 the '{' opened at line 1, column 6 is not closed; "
                + "close it with '}', and separate its entries with ','"), Touchmap.format(result, map));
        assertFalse(result.map().stages().isEmpty());
    }
}
