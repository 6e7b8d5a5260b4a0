package io.touchmap.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
     * @throws UncheckedIOException if Java 2D cannot load it: its font system fails to start on a machine that has no
     *         fonts at all, which the message says how to mend
     */
    public static Font load(InputStream in, String name) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException("Java cannot load the font " + name + " that Touchmap brings for its charts;"
                    + " Java's font system does not start on a machine that has no fonts installed: install one font"
                    + " package (for instance fonts-dejavu-core on Debian or Ubuntu, fontconfig and ttf-dejavu on"
                    + " Alpine) and run again", e instanceof IOException io ? io : new IOException(e));
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
