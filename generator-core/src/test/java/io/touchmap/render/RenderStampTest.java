package io.touchmap.render;

import io.touchmap.output.DirectoryOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderStampTest {

    @TempDir
    Path temp;

    private Path map() throws IOException {
        Path map = Files.createDirectories(temp.resolve("map"));
        Files.writeString(map.resolve("map.yaml"), "map: { id: a, title: A }\n");
        Files.createDirectories(map.resolve("kpis"));
        Files.writeString(map.resolve("kpis/visits.csv"), "period,value\n2026-01,3\n");
        return map;
    }

    @Test
    void theSameInputsGiveTheSameStamp() throws IOException {
        Path map = map();
        assertEquals(RenderStamp.of(map, "formats=html"), RenderStamp.of(map, "formats=html"));
    }

    @Test
    void aChangedCsvFileASettingOrARenamedFileChangesTheStamp() throws IOException {
        Path map = map();
        RenderStamp before = RenderStamp.of(map, "formats=html");
        assertNotEquals(before, RenderStamp.of(map, "formats=html,pdf"));
        Files.writeString(map.resolve("kpis/visits.csv"), "period,value\n2026-01,4\n");
        RenderStamp changed = RenderStamp.of(map, "formats=html");
        assertNotEquals(before, changed);
        Files.move(map.resolve("kpis/visits.csv"), map.resolve("kpis/visit.csv"));
        assertNotEquals(changed, RenderStamp.of(map, "formats=html"));
    }

    @Test
    void anOutputMatchesOnlyTheStampItWasWrittenWith() throws IOException {
        Path map = map();
        RenderStamp stamp = RenderStamp.of(map, "formats=html");
        Path out = temp.resolve("out");
        assertFalse(stamp.matches(out));
        try (DirectoryOutput output = DirectoryOutput.replacing(out)) {
            stamp.writeTo(output);
            output.commit();
        }
        assertTrue(stamp.matches(out));
        assertFalse(RenderStamp.of(map, "formats=pdf").matches(out));
    }
}
