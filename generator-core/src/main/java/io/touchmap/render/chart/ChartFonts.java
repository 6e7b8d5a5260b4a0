package io.touchmap.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The faces chart text is set and measured in: Touchmap's own DejaVu Sans, as Java 2D fonts. Java's logical
 * {@code SansSerif} is whatever the machine's font configuration names (DejaVu Sans on many Linux machines, Liberation
 * Sans on others, Helvetica on macOS), and a chart's labels are placed by their measured widths, so charts set in it
 * came out differently from one machine to the next; in these faces they are the same bytes everywhere.
 */
public final class ChartFonts {

    /** The family of both faces, written in SVG as the generic {@code sans-serif}. */
    static final String FAMILY = "DejaVu Sans";

    private static final String FOLDER = "/io/touchmap/render/pdf/fonts/";

    private static Font regular;
    private static Font bold;

    private ChartFonts() {
    }

    /** DejaVu Sans, or DejaVu Sans Bold if {@code strong}, at {@code size} points. */
    public static Font of(boolean strong, float size) {
        synchronized (ChartFonts.class) {
            if (regular == null) {
                regular = read("DejaVuSans.ttf");
                bold = read("DejaVuSans-Bold.ttf");
            }
        }
        return strong ? bold.deriveFont(Font.BOLD, size) : regular.deriveFont(size);
    }

    /**
     * The bundled font {@code name} read from {@code in} as a Java 2D font of one point.
     *
     * @throws UncheckedIOException if Java 2D cannot load it, with what to mend: Java's font system does not start on
     *         a machine that has no fonts at all, and Java copies the font into its temporary folder first
     */
    public static Font load(InputStream in, String name) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException("Java cannot load the font " + name + " that Touchmap brings for its charts: "
                    + why(e), e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Why Java could not load a font, and what to mend: Java itself says "Problem reading font data." whatever. */
    private static String why(Exception e) {
        if (!javaKnowsAFont()) {
            return "Java's font system does not start on a machine that has no fonts installed; install one font package"
                    + " (for instance fonts-dejavu-core on Debian or Ubuntu, fontconfig and ttf-dejavu on Alpine) and run"
                    + " again";
        }
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        if (!Files.isDirectory(temporary) || !Files.isWritable(temporary)) {
            return "Java copies it into its temporary folder first, and " + temporary + " cannot be written; point the"
                    + " java.io.tmpdir property at a writable folder (-Djava.io.tmpdir=… in MAVEN_OPTS, or in"
                    + " JAVA_TOOL_OPTIONS for the command line) and run again";
        }
        return e.getMessage();
    }

    /** Whether Java's font system starts and knows one of the machine's fonts. */
    private static boolean javaKnowsAFont() {
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames().length > 0;
        } catch (RuntimeException | InternalError | LinkageError e) {
            // how the font system fails to start without fonts: an InternalError, then its classes left uninitialised
            return false;
        }
    }

    private static Font read(String name) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from Touchmap's jar");
            }
            return load(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
