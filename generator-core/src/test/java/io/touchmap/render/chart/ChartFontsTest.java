package io.touchmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.touchmap.Touchmap;
import io.touchmap.internal.text.Labels;
import io.touchmap.model.Kpi;
import io.touchmap.model.TouchpointMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts are set in Touchmap's own faces: the same bytes whatever fonts the machine has, and a clear error where Java
 * cannot load them. Each case draws a chart in a JVM of its own; those that write a font configuration for it write
 * fontconfig's, so they run on Linux (under {@code CI=true} they must).
 */
class ChartFontsTest {

    /** Liberation Sans: metric-compatible with Arial, so unlike DejaVu Sans; installed with Chromium on Debian. */
    private static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation");

    @Test
    void aChartIsTheSameBytesWhateverSansSerifFontTheMachineHas(@TempDir Path dir) throws Exception {
        onLinux();
        if (ci()) {
            assertTrue(Files.isDirectory(LIBERATION), LIBERATION + " (fonts-liberation) must be installed when CI=true");
        }
        assumeTrue(Files.isDirectory(LIBERATION), LIBERATION + " (fonts-liberation) is not installed");

        Drawn elsewhere = drawInJvm(dir, LIBERATION);

        assertEquals(0, elsewhere.exit(), elsewhere.output());
        assertEquals(svg(), elsewhere.output());
    }

    @Test
    void onAMachineWithoutFontsTheErrorSaysWhatToInstall(@TempDir Path dir) throws Exception {
        onLinux();

        Drawn elsewhere = drawInJvm(dir, Files.createDirectory(dir.resolve("no-fonts")));

        assertEquals(1, elsewhere.exit(), elsewhere.output());
        assertEquals("Java cannot load the font DejaVuSans.ttf that Touchmap brings for its charts: Java's font system"
                + " does not start on a machine that has no fonts installed; install one font package (for instance"
                + " fonts-dejavu-core on Debian or Ubuntu, fontconfig and ttf-dejavu on Alpine) and run again",
                elsewhere.output());
    }

    @Test
    void withATemporaryFolderJavaCannotWriteTheErrorSaysToPointItElsewhere(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing");

        Drawn elsewhere = drawInJvm(dir, null, "-Djava.io.tmpdir=" + missing);

        assertEquals(1, elsewhere.exit(), elsewhere.output());
        assertEquals("Java cannot load the font DejaVuSans.ttf that Touchmap brings for its charts: Java copies it into"
                + " its temporary folder first, and " + missing + " cannot be written; point the java.io.tmpdir"
                + " property at a writable folder (-Djava.io.tmpdir=… in MAVEN_OPTS, or in JAVA_TOOL_OPTIONS for the"
                + " command line) and run again", elsewhere.output());
    }

    /** Run in a JVM of its own: prints the SVG of the small map's 'visits' chart, or the message that stopped it. */
    public static void main(String[] args) {
        try {
            System.out.print(svg());
        } catch (UncheckedIOException e) {
            System.out.print(e.getMessage());
            System.exit(1);
        }
    }

    private static String svg() {
        try {
            TouchpointMap map = Touchmap.load(Path.of(ChartFontsTest.class.getResource("small-map/map.yaml").toURI())
                    .getParent()).map();
            Kpi visits = map.kpis().stream().filter(k -> k.id().equals("visits")).findFirst().orElseThrow();
            return SvgChart.svg(Charts.kpi(visits, Labels.forLanguage("en")), 640, 280);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Drawn(int exit, String output) {
    }

    /**
     * Runs {@link #main} in a new JVM with {@code options}, whose fontconfig knows only the fonts in {@code fonts} if
     * not null, and with a home of its own (Java keeps what fontconfig told it under the home's {@code .java/fonts}).
     */
    private static Drawn drawInJvm(Path dir, Path fonts, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + dir.resolve("home")));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChartFontsTest.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (fonts != null) {
            Path config = dir.resolve("fonts.conf");
            Files.writeString(config, """
                    <?xml version="1.0"?>
                    <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                    <fontconfig>
                      <dir>%s</dir>
                      <cachedir>%s</cachedir>
                    </fontconfig>
                    """.formatted(fonts, dir.resolve("cache")));
            builder.environment().put("FONTCONFIG_FILE", config.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Drawn(process.waitFor(), output);
    }

    private static void onLinux() {
        boolean linux = System.getProperty("os.name").startsWith("Linux");
        if (ci()) {
            assertTrue(linux, "CI runs on Linux");
        }
        assumeTrue(linux, "fontconfig, which these cases configure, is Linux's");
    }

    private static boolean ci() {
        return "true".equals(System.getenv("CI"));
    }
}
