package io.touchmap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import java.util.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TM105: ids are unique per kind across all files, and each duplicate names the first place. */
class UniqueIdsTest {

    @Test
    void duplicateIdsNameBothPlacesAcrossFiles() {
        assertEquals(List.of(
                "map.yaml:4:11: error TM105 duplicate stage id 'purchase', already used at map.yaml:3:11; give each stage its own id",
                "map.yaml:9:11: error TM105 duplicate persona id 'parent', already used at map.yaml:8:11; give each persona its own id",
                "map.yaml:23:7: error TM105 component 'price' of the value proposition is described twice; first at map.yaml:19:7; merge the two 'price' components into one",
                "map.yaml:26:11: error TM105 duplicate competitor id 'rival', already used at map.yaml:25:11; give each competitor its own id",
                "web.yaml:2:11: error TM105 duplicate channel id 'store', already used at map.yaml:6:11; give each channel its own id",
                "web.yaml:4:9: error TM105 duplicate touchpoint id 'checkout', already used at map.yaml:11:9; give each touchpoint its own id",
                "web.yaml:9:15: error TM105 duplicate KPI id 'wait', already used at map.yaml:16:15; give each KPI its own id"),
                Fixtures.diagnostics(UniqueIdsTest.class, "duplicate-ids"));
    }

    @Test
    void theFirstPlaceIsWrittenRelativeToTheSameDirectoryAsTheLine(@TempDir Path project) throws IOException {
        Path map = Files.createDirectories(project.resolve("src/touchmap"));
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop }
                stages:
                  - { id: purchase, name: Purchase, phase: purchase }
                """);
        Files.writeString(map.resolve("more.yaml"), """
                stages:
                  - { id: purchase, name: Purchase again, phase: purchase }
                """);
        io.touchmap.LoadResult result = io.touchmap.Touchmap.load(map);
        assertEquals(List.of("src/touchmap/more.yaml:2:11: error TM105 duplicate stage id 'purchase', already used at src/touchmap/map.yaml:3:11;"
                + " give each stage its own id"), result.errors().stream().map(d -> d.format(project)).toList());
    }

    @Test
    void elementRepeatedThroughAnAliasIsReportedOnceAsSuch(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop }
                stages:
                  - &s { id: purchase, name: Purchase, phase: purchase }
                  - *s
                  - *s
                channels:
                  - { id: store, name: Store, type: analog }
                touchpoints:
                  - { id: checkout, name: Checkout, stage: purchase, channel: store, kpis: [{ id: wait, name: Wait, target: 5 }] }
                """);
        assertEquals(List.of("map.yaml:3:14: error TM105 stage 'purchase' is repeated through a YAML alias; "
                        + "write each stage once, with its own id, instead of repeating it with '*'"),
                Fixtures.printed(map));
    }
}
