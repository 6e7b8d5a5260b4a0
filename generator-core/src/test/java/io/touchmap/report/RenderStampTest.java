package io.touchmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.Maps;
import io.touchmap.Touchmap;
import io.touchmap.load.Limits;
import io.touchmap.output.DirectoryOutput;
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
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: a, title: A }
                stages: [{ id: buy, name: Buy, phase: purchase }]
                channels: [{ id: web, name: Web, type: digital }]
                touchpoints:
                  - { id: pay, name: Pay, stage: buy, channel: web, kpis: [{ id: visits, name: Visits, target: 3, data: kpis/visits.csv }] }
                """);
        Files.createDirectories(map.resolve("kpis"));
        Files.writeString(map.resolve("kpis/visits.csv"), "period,value\n2026-01,3\n");
        Files.writeString(map.resolve("README.md"), "Notes on the map\n");
        Files.writeString(map.resolve("kpis/unused.csv"), "period,value\n2026-01,1\n");
        return map;
    }

    private static RenderStamp stamp(Path map, String settings) {
        return RenderStamp.of(Touchmap.loadMaps(map, Limits.DEFAULT), settings);
    }

    @Test
    void theSameInputsGiveTheSameStamp() throws IOException {
        Path map = map();
        assertEquals(stamp(map, "formats=html"), stamp(map, "formats=html"));
    }

    @Test
    void theStampHashesExactlyTheFilesTheLoaderRead() throws IOException {
        Path map = map();
        Maps maps = Touchmap.loadMaps(map, Limits.DEFAULT);
        assertEquals(java.util.List.of(map.resolve("kpis/visits.csv"), map.resolve("map.yaml")),
                maps.inputs().stream().map(io.touchmap.load.InputFile::file).toList());
    }

    @Test
    void aChangedCsvFileThatIsReadASettingOrAnEditedYamlFileChangesTheStamp() throws IOException {
        Path map = map();
        RenderStamp before = stamp(map, "formats=html");
        assertNotEquals(before, stamp(map, "formats=html,pdf"));
        Files.writeString(map.resolve("kpis/visits.csv"), "period,value\n2026-01,4\n");
        RenderStamp changed = stamp(map, "formats=html");
        assertNotEquals(before, changed);
        Files.writeString(map.resolve("map.yaml"), Files.readString(map.resolve("map.yaml")).replace("title: A", "title: B"));
        assertNotEquals(changed, stamp(map, "formats=html"));
    }

    @Test
    void aFileTheLoaderDoesNotReadLeavesTheStampAsItWas() throws IOException {
        Path map = map();
        RenderStamp before = stamp(map, "formats=html");
        Files.writeString(map.resolve("README.md"), "Other notes\n");
        Files.writeString(map.resolve("kpis/unused.csv"), "period,value\n2026-01,2\n");
        Files.writeString(map.resolve("kpis/new.csv"), "period,value\n");
        assertEquals(before, stamp(map, "formats=html"));
    }

    @Test
    void anOutputMatchesOnlyTheStampItWasWrittenWith() throws IOException {
        Path map = map();
        RenderStamp stamp = stamp(map, "formats=html");
        Path out = temp.resolve("out");
        assertFalse(stamp.matches(out));
        try (DirectoryOutput output = DirectoryOutput.replacing(out)) {
            stamp.writeTo(output);
            output.commit();
        }
        assertTrue(stamp.matches(out));
        assertFalse(stamp(map, "formats=pdf").matches(out));
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = temp.resolve(name);
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new java.util.zip.ZipEntry(entries[i]));
                out.write(entries[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aRebuiltJarThatDiffersInOneEntryIsAnotherBuildAndTheSameContentTheSameBuild() throws IOException {
        String build = RenderStamp.buildIdentity(jar("a.jar", "io/A.class", "one", "io/B.class", "two"));
        assertEquals(build, RenderStamp.buildIdentity(jar("b.jar", "io/A.class", "one", "io/B.class", "two")));
        // the same size and entry count, one byte of one entry changed
        assertNotEquals(build, RenderStamp.buildIdentity(jar("c.jar", "io/A.class", "one", "io/B.class", "twp")));
        assertNotEquals(build, RenderStamp.buildIdentity(jar("d.jar", "io/A.class", "one", "io/C.class", "two")));
        assertEquals("classes", RenderStamp.buildIdentity(temp));
        assertTrue(RenderStamp.buildIdentity(Files.writeString(temp.resolve("broken.jar"), "not a zip")).startsWith("unknown-"));
    }
}
