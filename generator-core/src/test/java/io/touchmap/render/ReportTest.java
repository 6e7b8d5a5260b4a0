package io.touchmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.render.Report.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static LoadResult smallMap() throws Exception {
        return Touchmap.load(Path.of(ReportTest.class.getResource("chart/small-map/map.yaml").toURI()).getParent());
    }

    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void htmlIsWrittenInPlaceOfWhatTheDirectoryHeld(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("touchmap");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.html"), "old");
        Report.Written written = Report.write(smallMap(), EnumSet.of(Format.HTML), ReportSettings.DEFAULT, target);
        assertEquals(target, written.directory());
        assertEquals(16, written.htmlPages().size());
        assertTrue(Files.isRegularFile(target.resolve("index.html")));
        assertTrue(Files.isRegularFile(target.resolve("touchpoints/window.html")));
        assertFalse(Files.exists(target.resolve("stale.html")));
        assertEquals(List.of("touchmap"), siblings(dir));
    }

    @Test
    void htmlAndPdfAreWrittenTogetherIntoOneDirectory(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("touchmap");
        Files.createDirectories(target);
        Files.writeString(target.resolve("previous.html"), "replaced");
        Report.Written written = Report.write(smallMap(), EnumSet.of(Format.HTML, Format.PDF), ReportSettings.DEFAULT, target);
        String pdf = written.pdf().fileName();
        assertTrue(written.files().contains(pdf), written.files().toString());
        assertTrue(written.pdf().pages() > 3, "pages: " + written.pdf().pages());
        assertTrue(new String(Files.readAllBytes(target.resolve(pdf)), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(Files.isRegularFile(target.resolve("index.html")));
        assertFalse(Files.exists(target.resolve("previous.html")));
        assertEquals(List.of("touchmap"), siblings(dir));
    }

    @Test
    void aMapWithErrorsWritesNothing(@TempDir Path dir) throws Exception {
        Path map = Files.createDirectories(dir.resolve("map"));
        Files.writeString(map.resolve("map.yaml"), "map:\n  id: x\nstages: 3\n");
        assertThrows(IllegalArgumentException.class,
                () -> Report.write(Touchmap.load(map), Set.of(Format.HTML), ReportSettings.DEFAULT, dir.resolve("out")));
        assertEquals(List.of("map"), siblings(dir));
    }

    @Test
    void formatsAreReadFromCommaSeparatedNamesInAnyCase() {
        assertEquals(EnumSet.of(Format.HTML, Format.PDF), Report.formats(List.of("html, PDF")));
        assertEquals(EnumSet.of(Format.HTML), Report.formats(List.of("Html", "")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Report.formats(List.of("svg")));
        assertEquals("unknown format 'svg'; expected html or pdf", e.getMessage());
    }

    @Test
    void theDateOfAReproducibleBuildTimestampIsItsUtcDay() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), ReportSettings.timestampDate("2026-11-01T00:00:00Z"));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 31)), ReportSettings.timestampDate("2026-11-01T01:00:00+02:00"));
        assertEquals(Optional.of(LocalDate.of(2023, 11, 14)), ReportSettings.timestampDate("1700000000"));
        assertEquals(Optional.empty(), ReportSettings.timestampDate("a"));
        assertEquals(Optional.empty(), ReportSettings.timestampDate(null));
    }
}
