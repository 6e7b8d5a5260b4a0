package io.touchmap.render.pdf;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A face, a size and a colour to set text in. */
record TextStyle(PDFont font, float size, Color color) {

    /** The height of one line of this style. */
    float leading() {
        return size * PdfStyle.LEADING;
    }

    /** The width of {@code text} (already cleaned) in this style, in points. */
    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot measure text in " + font.getName(), e);
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
}
