package io.touchmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.model.TouchpointMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Random valid maps, written as YAML by an independent writer (SnakeYAML's dumper) and loaded back, give the same
 * model: the loader neither loses nor changes anything, whatever the text holds (YAML 1.1 look-alikes, quotes,
 * accents, colons, emoji).
 */
class ModelRoundTripTest {

    private static final String[] TEXTS = {"no", "on", "yes", "0777", "1_000", "2026-01-01", ".inf", "~", "null", "a: b",
        "# not a comment", "- dash", "'quoted'", "\"double\"", "Crème brûlée à 5 €", "œuvre « spéciale »", "日本語",
        "مرحبا", "emoji 🎉", "multi\nline", "  padded  ", "[bracket", "{brace", "tab\there", "@at", "`tick`", "%percent"};
    private static final String[] PHASES = {"before-purchase", "purchase", "after-purchase"};
    private static final String[] STATUSES = {"idea", "planned", "active", "retired"};

    @TempDir
    Path temp;

    @Test
    void aRandomValidMapWrittenAsYamlLoadsBackToTheSameModel() throws IOException {
        Random random = new Random(2026);
        for (int round = 0; round < 60; round++) {
            Map<String, Object> document = randomMap(random, round);
            Path directory = Files.createDirectories(temp.resolve("map-" + round));
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(random.nextBoolean() ? DumperOptions.FlowStyle.BLOCK : DumperOptions.FlowStyle.FLOW);
            options.setAllowUnicode(random.nextBoolean());
            Files.writeString(directory.resolve("map.yaml"), new Yaml(options).dump(document));

            LoadResult first = Touchmap.load(directory);
            assertEquals(List.of(), first.errors(), "round " + round);
            TouchpointMap map = first.map();
            assertSameModel(document, map, round);
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertSameModel(Map<String, Object> document, TouchpointMap map, int round) {
        Map<String, Object> info = (Map<String, Object>) document.get("map");
        assertEquals(info.get("title"), map.info().title(), "round " + round);
        assertEquals(info.get("description"), map.info().description(), "round " + round);
        List<Map<String, Object>> touchpoints = (List<Map<String, Object>>) document.get("touchpoints");
        assertEquals(touchpoints.size(), map.touchpoints().size());
        for (int i = 0; i < touchpoints.size(); i++) {
            Map<String, Object> written = touchpoints.get(i);
            var read = map.touchpoints().get(i);
            assertEquals(written.get("id"), read.id());
            assertEquals(written.get("name"), read.name(), "round " + round);
            assertEquals(written.get("owner"), read.owner());
            assertEquals(written.get("status"), read.status().keyword());
            assertEquals(written.get("painPoints"), read.painPoints(), "round " + round);
            Map<String, Object> elements = (Map<String, Object>) written.get("elements");
            assertEquals(elements.get("product"), read.elements().product());
            Map<String, Object> emotions = (Map<String, Object>) elements.get("emotions");
            assertEquals(emotions.get("score"), read.elements().emotions().score());
            List<Map<String, Object>> kpis = (List<Map<String, Object>>) written.get("kpis");
            for (int k = 0; k < kpis.size(); k++) {
                var kpi = read.kpis().get(k);
                assertEquals(kpis.get(k).get("name"), kpi.name());
                assertEquals(kpis.get(k).get("target"), kpi.target());
                List<Map<String, Object>> series = (List<Map<String, Object>>) kpis.get(k).get("series");
                for (int o = 0; o < series.size(); o++) {
                    assertEquals(series.get(o).get("period"), kpi.series().get(o).period().toString());
                    assertEquals(series.get(o).get("value"), kpi.series().get(o).value());
                }
            }
        }
    }

    private static Map<String, Object> randomMap(Random random, int round) {
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", "map-" + round);
        info.put("title", text(random));
        info.put("description", text(random) + " " + text(random));
        document.put("map", info);
        List<Object> stages = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            stages.add(Map.of("id", "stage-" + s, "name", text(random), "phase", PHASES[s]));
        }
        document.put("stages", stages);
        document.put("channels", List.of(Map.of("id", "shop", "name", text(random), "type", "analog"),
                Map.of("id", "web", "name", text(random), "type", "digital")));
        List<Object> touchpoints = new ArrayList<>();
        for (int t = 0; t < 2 + random.nextInt(6); t++) {
            Map<String, Object> touchpoint = new LinkedHashMap<>();
            touchpoint.put("id", "tp-" + t);
            touchpoint.put("name", text(random));
            touchpoint.put("stage", "stage-" + random.nextInt(3));
            touchpoint.put("channel", random.nextBoolean() ? "shop" : "web");
            touchpoint.put("owner", text(random));
            touchpoint.put("status", STATUSES[random.nextInt(STATUSES.length)]);
            touchpoint.put("elements", Map.of("product", List.of(text(random), text(random)),
                    "emotions", Map.of("score", random.nextInt(5) - 2, "perceptions", List.of(text(random)))));
            touchpoint.put("painPoints", List.of(text(random)));
            List<Object> series = new ArrayList<>();
            for (int m = 1; m <= 1 + random.nextInt(12); m++) {
                series.add(Map.of("period", String.format("2026-%02d", m), "value", Math.round(random.nextDouble() * 10_000) / 100.0));
            }
            touchpoint.put("kpis", List.of(Map.of("id", "kpi-" + round + "-" + t, "name", text(random),
                    "target", (double) random.nextInt(100), "series", series)));
            touchpoints.add(touchpoint);
        }
        document.put("touchpoints", touchpoints);
        return document;
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
