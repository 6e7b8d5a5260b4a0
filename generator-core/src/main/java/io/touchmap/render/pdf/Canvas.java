package io.touchmap.render.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws on one page: text already cleaned by {@link PdfFonts#clean}, filled boxes, rules and forms. Text is content of
 * the structure element open in {@link Tags} when it is drawn; boxes, rules and lines are decoration, marked as
 * artifacts, unless drawn as a {@link #figure}. Consecutive pieces of the same element share one marked-content
 * sequence.
 */
final class Canvas implements Closeable {

    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

    private final PDPageContentStream stream;
    private final Tags tags;
    private final PDPage page;
    /** The element whose marked-content sequence is open, or null. */
    private Tags.Element marking;
    /** True while an artifact's sequence is open. */
    private boolean decorating;
    /** True while a figure draws: everything it draws is its content, in its one sequence. */
    private boolean inFigure;
    /** True while everything drawn is an artifact, text included: a running header, a repeated table header. */
    private boolean allArtifacts;

    /** Something drawn on a canvas. */
    interface Drawing {
        void draw() throws IOException;
    }

    private Canvas(PDPageContentStream stream, Tags tags, PDPage page) {
        this.stream = stream;
        this.tags = tags;
        this.page = page;
    }

    /** A canvas on a new page. */
    static Canvas on(PDDocument document, PDPage page, Tags tags) throws IOException {
        return new Canvas(new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true), tags, page);
    }

    /** A canvas over what a page already holds, for the page numbers and contents drawn once the body is done. */
    static Canvas over(PDDocument document, PDPage page, Tags tags) throws IOException {
        return new Canvas(new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true), tags, page);
    }

    /** The page's stream for drawing decoration directly, such as a dashed line: what it draws is an artifact. */
    PDPageContentStream graphics() throws IOException {
        decoration();
        return stream;
    }

    /** Saves the graphics state; a marked-content sequence never spans a save and its restore. */
    void save() throws IOException {
        closeSequence();
        stream.saveGraphicsState();
    }

    void restore() throws IOException {
        closeSequence();
        stream.restoreGraphicsState();
    }

    /** Ties what is drawn next to the current structure element; an untagged document marks nothing. */
    private void content() throws IOException {
        if (!tags.kept()) {
            return;
        }
        if (allArtifacts) {
            decoration();
            return;
        }
        Tags.Element element = tags.current();
        if (inFigure || marking == element) {
            return;
        }
        closeSequence();
        stream.beginMarkedContent(COSName.getPDFName(element.type()), tags.mark(page, element));
        marking = element;
    }

    /** Marks what is drawn next as an artifact: decoration, or text repeated from elsewhere. */
    void decoration() throws IOException {
        if (!tags.kept() || inFigure || decorating) {
            return;
        }
        closeSequence();
        stream.beginMarkedContent(ARTIFACT);
        decorating = true;
    }

    private void closeSequence() throws IOException {
        if (inFigure) {
            return;
        }
        if (decorating || marking != null) {
            stream.endMarkedContent();
        }
        decorating = false;
        marking = null;
    }

    /** Draws everything {@code drawing} draws, text included, as artifacts: what repeats or only decorates. */
    void artifact(Drawing drawing) throws IOException {
        boolean was = allArtifacts;
        allArtifacts = true;
        try {
            drawing.draw();
        } finally {
            allArtifacts = was;
        }
    }

    /**
     * Draws {@code figure} at {@code x, y} as the Figure element {@code element}, which gets the figure's text
     * alternative and place: everything the figure draws is its content.
     */
    void figure(Figure figure, Tags.Element element, float x, float y) throws IOException {
        element.alt(figure.alt()).box(x, y, figure.width(), figure.height());
        tags.resume(element);
        try {
            content();
            inFigure = true;
            figure.draw(this, x, y);
        } finally {
            inFigure = false;
            tags.end();
        }
        closeSequence();
    }

    /** One line of text with its baseline at {@code baseline}, starting at {@code x}. */
    void text(String line, TextStyle style, float x, float baseline) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content();
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
        decoration();
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    /** A filled box with fully rounded ends: a circle when it is as wide as it is high. */
    void pill(Color color, float x, float y, float width, float height) throws IOException {
        float r = Math.min(width, height) / 2;
        float k = 0.5523f * r;
        decoration();
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
        decoration();
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void frame(Color color, float lineWidth, float x, float y, float width, float height) throws IOException {
        decoration();
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    /**
     * Draws a form (a chart) with its lower left corner at {@code x, y}: the content of the figure that draws it, or
     * else decoration (the page count of a footer).
     */
    void form(PDFormXObject form, float x, float y) throws IOException {
        decoration();
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(x, y));
        stream.drawForm(form);
        stream.restoreGraphicsState();
    }

    /** Draws an image scaled to {@code width} × {@code height}, its lower left corner at {@code x, y}: decoration. */
    void image(PDImageXObject image, float x, float y, float width, float height) throws IOException {
        decoration();
        stream.drawImage(image, x, y, width, height);
    }

    @Override
    public void close() throws IOException {
        closeSequence();
        stream.close();
    }
}
