package io.touchmap.render.pdf;

import java.awt.Color;

/** A face, a size and a colour to set text in. */
record TextStyle(PdfFonts.Face font, float size, Color color) {

    /** The height of one line of this style. */
    float leading() {
        return size * PdfStyle.LEADING;
    }

    /** The width of {@code text} (already cleaned) in this style, in points. */
    float width(String text) {
        try {
            return font.width(text) / 1000f * size;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot measure text in " + font.font().getName(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("text not cleaned before measuring: " + text, e);
        }
    }

    TextStyle withColor(Color other) {
        return new TextStyle(font, size, other);
    }

    TextStyle withSize(float other) {
        return new TextStyle(font, other, color);
    }

    /** The same style slanted, for emphasis. */
    TextStyle slanted() {
        return new TextStyle(font.slanted(), size, color);
    }

    /** The same style in bold, for strong emphasis. */
    TextStyle bolder() {
        return new TextStyle(font.bolder(), size, color);
    }
}
