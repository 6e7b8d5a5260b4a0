package io.touchmap.render.chart;

import org.jfree.chart.text.TextUtils;

/**
 * Draws charts with rotated text (the vertical axis label, slanted period labels) as text rather than glyph outlines.
 * JFreeChart's workaround for an old JDK bug would otherwise trace every rotated glyph, making a chart many times
 * larger and its text unselectable.
 *
 * <p>The workaround is one switch global to JFreeChart. Charts drawn at the same time, on several threads, all want it
 * off: the first to start turns it off, the last to finish puts back what it was, so charts draw in parallel and the
 * switch is left as found.
 */
public final class RotatedText {

    /** Drawing work that may fail with {@code E}. */
    @FunctionalInterface
    public interface Drawing<E extends Exception> {
        void draw() throws E;
    }

    private static int drawing;
    private static boolean saved;

    private RotatedText() {
    }

    /** Runs {@code drawing} with rotated text drawn as text. */
    public static <E extends Exception> void asText(Drawing<E> drawing) throws E {
        enter();
        try {
            drawing.draw();
        } finally {
            exit();
        }
    }

    private static synchronized void enter() {
        if (drawing++ == 0) {
            saved = TextUtils.isUseDrawRotatedStringWorkaround();
            TextUtils.setUseDrawRotatedStringWorkaround(false);
        }
    }

    private static synchronized void exit() {
        if (--drawing == 0) {
            TextUtils.setUseDrawRotatedStringWorkaround(saved);
        }
    }
}
