package io.touchmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.Written;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static LoadResult smallMap() throws Exception {
        return Touchmap.load(Path.of(ReportTest.class.getResource("/io/touchmap/render/chart/small-map/map.yaml").toURI()).getParent());
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
        Report.Rendered written = Report.write(smallMap(), Formats.DEFAULT.mapFormats(List.of("html")), ReportSettings.DEFAULT, target);
        assertEquals(target, written.directory());
        assertEquals(1, written.formats().size());
        assertTrue(written.formats().get(0).summary().matches("wrote 18 HTML pages \\(\\d+ files\\); open \\{0\\}"),
                written.formats().get(0).summary());
        assertEquals("index.html", written.formats().get(0).mainFile());
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
        Report.Rendered written = Report.write(smallMap(), Formats.DEFAULT.map(), ReportSettings.DEFAULT, target);
        Written pdfFormat = written.formats().get(1);
        String pdf = pdfFormat.mainFile();
        assertEquals("pdf", pdfFormat.format());
        assertTrue(written.files().contains(pdf), written.files().toString());
        assertTrue(pdfFormat.summary("x.pdf").matches("wrote a PDF of \\d+ pages: x\\.pdf"), pdfFormat.summary());
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
                () -> Report.write(Touchmap.load(map), Formats.DEFAULT.map(), ReportSettings.DEFAULT, dir.resolve("out")));
        assertEquals(List.of("map"), siblings(dir));
    }

    @Test
    void formatsAreReadFromCommaSeparatedNamesInAnyCaseInTheOrderTheyAreRegistered() {
        assertEquals(List.of("html", "pdf"), names(Formats.DEFAULT.mapFormats(List.of("PDF, html"))));
        assertEquals(List.of("html"), names(Formats.DEFAULT.mapFormats(List.of("Html", ""))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Formats.DEFAULT.mapFormats(List.of("svg")));
        assertEquals("unknown format 'svg'; expected html, pdf or mermaid", e.getMessage());
        assertEquals(List.of("markdown", "json"), Formats.DEFAULT.diffFormats(List.of("json,markdown")).stream().map(f -> f.name()).toList());
        assertEquals("unknown diff format 'pdf'; expected markdown, html or json",
                assertThrows(IllegalArgumentException.class, () -> Formats.DEFAULT.diffFormats(List.of("pdf"))).getMessage());
    }

    private static List<String> names(List<io.touchmap.render.MapFormat> formats) {
        return formats.stream().map(io.touchmap.render.MapFormat::name).toList();
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
