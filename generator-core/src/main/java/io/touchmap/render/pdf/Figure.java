package io.touchmap.render.pdf;

import java.io.IOException;

/** Something drawn in a box of fixed size: a chart or a sparkline. */
interface Figure {

    float width();

    float height();

    /** Draws the figure with its lower left corner at {@code x, y}. */
    void draw(Canvas canvas, float x, float y) throws IOException;
}
