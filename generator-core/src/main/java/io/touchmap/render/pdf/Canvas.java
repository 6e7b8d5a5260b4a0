package io.touchmap.render.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Draws on one page: text already cleaned by {@link PdfFonts#clean}, filled boxes, rules and forms. */
final class Canvas implements Closeable {

    private final PDPageContentStream stream;

    private Canvas(PDPageContentStream stream) {
        this.stream = stream;
    }

    /** A canvas on a new page. */
    static Canvas on(PDDocument document, PDPage page) throws IOException {
        return new Canvas(new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true));
    }

    /** A canvas over what a page already holds, for the page numbers and contents drawn once the body is done. */
    static Canvas over(PDDocument document, PDPage page) throws IOException {
        return new Canvas(new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true));
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** One line of text with its baseline at {@code baseline}, starting at {@code x}. */
    void text(String line, TextStyle style, float x, float baseline) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        show(stream, line, style, x, baseline);
    }

    /**
     * Writes one line of cleaned text into {@code stream}: in the order its characters are drawn (right-to-left runs
     * reversed), each run of characters in the font that has them. Every text of the document is written here.
     */
    static void show(PDPageContentStream stream, String line, TextStyle style, float x, float baseline)
            throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(style.color());
        stream.newLineAtOffset(x, baseline);
        for (PdfFonts.Run run : style.font().runs(PdfFonts.visual(line))) {
            stream.setFont(run.font(), style.size());
            stream.showText(run.text());
        }
        stream.endText();
    }

    /** One line of text ending at {@code right}. */
    void textRight(String line, TextStyle style, float right, float baseline) throws IOException {
        text(line, style, right - style.width(line), baseline);
    }

    void fill(Color color, float x, float y, float width, float height) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    /** A filled box with fully rounded ends: a circle when it is as wide as it is high. */
    void pill(Color color, float x, float y, float width, float height) throws IOException {
        float r = Math.min(width, height) / 2;
        float k = 0.5523f * r;
        stream.setNonStrokingColor(color);
        stream.moveTo(x + r, y);
        stream.lineTo(x + width - r, y);
        stream.curveTo(x + width - r + k, y, x + width, y + r - k, x + width, y + r);
        stream.curveTo(x + width, y + r + k, x + width - r + k, y + height, x + width - r, y + height);
        stream.lineTo(x + r, y + height);
        stream.curveTo(x + r - k, y + height, x, y + r + k, x, y + r);
        stream.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        stream.closePath();
        stream.fill();
    }

    void rule(Color color, float lineWidth, float x1, float y1, float x2, float y2) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void frame(Color color, float lineWidth, float x, float y, float width, float height) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    /** Draws a form (a chart) with its lower left corner at {@code x, y}. */
    void form(PDFormXObject form, float x, float y) throws IOException {
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(x, y));
        stream.drawForm(form);
        stream.restoreGraphicsState();
    }

    /** Draws an image scaled to {@code width} × {@code height}, its lower left corner at {@code x, y}. */
    void image(PDImageXObject image, float x, float y, float width, float height) throws IOException {
        stream.drawImage(image, x, y, width, height);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
