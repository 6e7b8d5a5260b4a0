package io.touchmap.render.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a map of any number of touchpoints over 12 stages and 24 channels in 4 groups, each touchpoint with a score,
 * a pain point and a KPI of two values, deterministic from its size: the large maps the overview is for.
 */
final class LargeMap {

    static final int STAGES = 12;
    static final int CHANNELS = 24;

    private LargeMap() {
    }

    static Path write(Path directory, int touchpoints) throws IOException {
        Files.createDirectories(directory);
        try (Writer out = Files.newBufferedWriter(directory.resolve("map.yaml"), StandardCharsets.UTF_8)) {
            out.write("map: { id: large, title: Large map, locale: en, rules: { TM203: ignore, TM204: ignore } }\nstages:\n");
            for (int s = 1; s <= STAGES; s++) {
                out.write("  - { id: stage-" + s + ", name: Stage " + s + ", phase: "
                        + (s <= 4 ? "before-purchase" : s <= 8 ? "purchase" : "after-purchase") + " }\n");
            }
            out.write("channels:\n");
            for (int c = 1; c <= CHANNELS; c++) {
                out.write("  - { id: channel-" + c + ", name: Channel " + c + ", type: " + (c % 3 == 0 ? "analog" : "digital")
                        + ", group: Group " + ((c - 1) / 6 + 1) + " }\n");
            }
            out.write("personas:\n  - { id: busy, name: Busy parent }\n");
            out.write("competitors:\n  - id: rival\n    name: Rival\n    presence:\n");
            for (int s = 1; s <= STAGES; s++) {
                out.write("      - { stage: stage-" + s + ", channel: channel-" + s + ", rating: 4 }\n");
            }
            out.write("touchpoints:\n");
            for (int i = 0; i < touchpoints; i++) {
                int stage = i % STAGES + 1;
                int channel = (i * 7) % CHANNELS + 1;
                out.write("  - id: tp-" + i + "\n    name: Touchpoint number " + i + "\n    stage: stage-" + stage + "\n    channel: channel-"
                        + channel + "\n    personas: [busy]\n    elements: { emotions: { score: " + (i % 5 - 2) + " } }\n"
                        + "    painPoints: [Pain point " + i + "]\n    opportunities: [Opportunity " + i + "]\n"
                        + "    kpis:\n      - { id: kpi-" + i + ", name: KPI " + i + ", target: 100, warning: 80, series: [{ period: 2026-01, value: "
                        + (60 + i % 50) + " }, { period: 2026-02, value: " + (50 + i % 70) + " }] }\n");
            }
        }
        return directory;
    }
}
