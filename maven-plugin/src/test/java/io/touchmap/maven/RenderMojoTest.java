package io.touchmap.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderMojoTest {

    /** Keeps what the goal logs, by level. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }
    }

    private static RenderMojo mojo(Path project, RecordingLog log) {
        RenderMojo mojo = new RenderMojo();
        mojo.setLog(log);
        mojo.baseDirectory = project.toFile();
        mojo.sourceDirectory = project.resolve("src/touchmap").toFile();
        mojo.outputDirectory = project.resolve("target/touchmap").toFile();
        mojo.formats = List.of("html");
        mojo.outputTimestamp = "2026-11-01T00:00:00Z";
        return mojo;
    }

    private static Path project(Path dir, String map) throws IOException {
        Path source = Files.createDirectories(dir.resolve("src/touchmap"));
        Files.writeString(source.resolve("map.yaml"), map);
        return dir;
    }

    private static final String VALID = """
            map: { id: shop, title: Shop, locale: en }
            stages: [{ id: buy, name: Buy, phase: purchase }]
            channels: [{ id: web, name: Web, type: digital }]
            touchpoints:
              - id: pay
                name: Pay
                stage: buy
                channel: web
                kpis: [{ id: paid, name: Paid, target: 5, source: crm, cadence: yearly, series: [{ period: 2026-01, value: 6 }] }]
            """;

    @Test
    void rendersTheSiteAndSaysWhereItIsAndHowManyPages(@TempDir Path dir) throws Exception {
        Path project = project(dir, VALID);
        RecordingLog log = new RecordingLog();
        mojo(project, log).execute();
        assertTrue(Files.isRegularFile(project.resolve("target/touchmap/index.html")));
        assertTrue(Files.readString(project.resolve("target/touchmap/index.html")).contains("November 1, 2026"));
        assertEquals(List.of(
                "[INFO] Touchmap: 0 errors, 0 warnings in src/touchmap",
                "[INFO] Touchmap: wrote 9 HTML pages (11 files); open target/touchmap/index.html"), log.lines.subList(0, 2));
        assertTrue(log.lines.get(2).matches("\\[INFO\\] Touchmap: rendered in \\d+ ms"), log.lines.get(2));
        assertEquals(3, log.lines.size());
    }

    @Test
    void theLocaleParameterOverridesTheMapLanguage(@TempDir Path dir) throws Exception {
        Path project = project(dir, VALID);
        RenderMojo mojo = mojo(project, new RecordingLog());
        mojo.locale = "fr";
        mojo.execute();
        assertTrue(Files.readString(project.resolve("target/touchmap/index.html")).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
    }

    @Test
    void aMapWithErrorsFailsTheBuildAndRendersNothing(@TempDir Path dir) throws Exception {
        Path project = project(dir, "map: { id: Shop }\n");
        RecordingLog log = new RecordingLog();
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(project, log).execute());
        assertEquals("Touchmap: 2 errors, 0 warnings in src/touchmap", e.getMessage());
        assertFalse(Files.exists(project.resolve("target")));
        assertEquals("[ERROR] src/touchmap/map.yaml:1:6: error TM103 map has no 'title'; add 'title: Our touchpoint map'",
                log.lines.get(0));
        assertTrue(log.lines.get(1).startsWith("[ERROR] src/touchmap/map.yaml:1:12: error TM104 "), log.lines.get(1));
    }

    @Test
    void htmlAndPdfAreWrittenAndTheLogSaysWhere(@TempDir Path dir) throws Exception {
        Path project = project(dir, VALID);
        RecordingLog log = new RecordingLog();
        RenderMojo mojo = mojo(project, log);
        mojo.formats = List.of("html,pdf");
        mojo.execute();
        String pdfLine = log.lines.stream().filter(l -> l.contains("wrote a PDF")).findFirst().orElseThrow();
        assertTrue(pdfLine.matches("\\[INFO\\] Touchmap: wrote a PDF of \\d+ pages: target/touchmap/[a-z0-9-]+\\.pdf"), pdfLine);
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[INFO] Touchmap: rendered in ")));
    }

    @Test
    void anUnknownFormatOrLocaleIsNamed(@TempDir Path dir) throws Exception {
        Path project = project(dir, VALID);
        RenderMojo mojo = mojo(project, new RecordingLog());
        mojo.formats = List.of("docx");
        assertEquals("Touchmap: unknown format 'docx'; expected html, pdf or mermaid",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
        mojo.formats = List.of("html");
        mojo.locale = "de";
        assertEquals("Touchmap: unknown locale 'de'; expected one of [en, fr]",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }

    @Test
    void thePageSizeParameterSizesThePdfMapPageAndABadOneIsNamed(@TempDir Path dir) throws Exception {
        Path project = project(dir, VALID);
        RenderMojo mojo = mojo(project, new RecordingLog());
        mojo.formats = List.of("pdf");
        mojo.pageSize = "letter";
        mojo.execute();
        Path pdf;
        try (java.util.stream.Stream<Path> files = Files.list(project.resolve("target/touchmap"))) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            List<String> sizes = new java.util.ArrayList<>();
            document.getPages().forEach(page -> sizes.add(Math.round(page.getMediaBox().getWidth()) + "x"
                    + Math.round(page.getMediaBox().getHeight())));
            assertTrue(sizes.contains("792x612"), "the map on a landscape letter page: " + sizes);
        }
        mojo.pageSize = "B5";
        assertEquals("Touchmap: unknown page size 'B5'; expected one of A3, A4, tabloid, letter (in any case)",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }

    private static Path collection(Path dir, String first, String second) throws IOException {
        Path source = Files.createDirectories(dir.resolve("src/touchmap"));
        Files.writeString(Files.createDirectories(source.resolve("france")).resolve("map.yaml"), first);
        Files.writeString(Files.createDirectories(source.resolve("spain")).resolve("map.yaml"), second);
        return dir;
    }

    @Test
    void aDirectoryOfMapsRendersEachIntoItsFolderWithAnIndexLinkingThem(@TempDir Path dir) throws Exception {
        Path project = collection(dir, VALID.replace("id: shop, title: Shop", "id: shop-fr, title: Boutique"),
                VALID.replace("id: shop, title: Shop", "id: shop-es, title: Tienda"));
        RecordingLog log = new RecordingLog();
        mojo(project, log).execute();
        assertTrue(Files.isRegularFile(project.resolve("target/touchmap/shop-fr/index.html")));
        assertTrue(Files.isRegularFile(project.resolve("target/touchmap/shop-es/touchpoints/pay.html")));
        String index = Files.readString(project.resolve("target/touchmap/index.html"));
        assertTrue(index.contains("<a href=\"shop-fr/index.html\">Boutique</a>"), index);
        assertTrue(index.contains("<a href=\"shop-es/index.html\">Tienda</a>"), index);
        assertEquals(List.of(
                "[INFO] Touchmap: 0 errors, 0 warnings in src/touchmap/france",
                "[INFO] Touchmap: 0 errors, 0 warnings in src/touchmap/spain",
                "[INFO] Touchmap: wrote the 2 maps of src/touchmap; open target/touchmap/index.html"), log.lines.subList(0, 3));
    }

    @Test
    void everyMapOfACollectionIsValidatedBeforeTheBuildFailsAndNothingIsRendered(@TempDir Path dir) throws Exception {
        Path project = collection(dir, "map: { id: Shop, title: Shop }\n", "map: { id: Tienda, title: Tienda }\n");
        RecordingLog log = new RecordingLog();
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(project, log).execute());
        assertEquals("Touchmap: 1 error, 0 warnings in src/touchmap/france\nTouchmap: 1 error, 0 warnings in src/touchmap/spain",
                e.getMessage());
        assertFalse(Files.exists(project.resolve("target")));
    }

    @Test
    void twoMapsOfACollectionWithOneIdFailTheBuild(@TempDir Path dir) throws Exception {
        Path project = collection(dir, VALID, VALID);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(project, new RecordingLog()).execute());
        assertTrue(e.getMessage().startsWith("Touchmap: the maps in "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" have the same id 'shop'; each map of a collection needs its own id, which names its folder"),
                e.getMessage());
    }
}
