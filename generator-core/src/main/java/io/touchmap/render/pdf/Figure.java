package io.touchmap.render.pdf;

import java.io.IOException;

/** Something drawn in a box of fixed size: a chart or a sparkline. */
interface Figure {

    float width();

    float height();

    /** What the figure shows, in words, for those who cannot see it: its caption and its data. */
    String alt();

    /** Draws the figure with its lower left corner at {@code x, y}. */
    void draw(Canvas canvas, float x, float y) throws IOException;
}
