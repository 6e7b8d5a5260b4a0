package io.touchmap.render.pdf;

import io.touchmap.render.chart.RotatedText;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

/**
 * A JFreeChart chart drawn as vector graphics into a form XObject ({@link PdfGraphics}), with its text set in the
 * document's embedded fonts (so it can be searched and copied like the rest of the text).
 */
final class ChartFigure implements Figure {

    private final PDFormXObject form;
    private final float width;
    private final float height;
    private final String alt;

    /** A chart already drawn into {@code form}, or whose drawing {@link ChartPool} writes into it before the save. */
    ChartFigure(PDFormXObject form, float width, float height, String alt) {
        this.form = form;
        this.width = width;
        this.height = height;
        this.alt = alt;
    }

    /**
     * Draws {@code chart} in a box of {@code width} × {@code height} points; the chart is laid out on a box
     * {@code scale} times larger and shrunk to fit, so that its type (sized for the screen) suits a printed page;
     * {@code alt} says what it shows, for those who do not see it ({@link FigureText}).
     */
    static ChartFigure of(JFreeChart chart, PDDocument document, PdfFonts fonts, float width, float height,
            float scale, String alt) throws IOException {
        return new ChartFigure(draw(chart, fonts, width, height, scale).into(new PDFormXObject(document), fonts),
                width, height, alt);
    }

    /**
     * Draws {@code chart} as {@link #of} does, with the faces of {@code fonts}: a drawing that can become a form of
     * any document with the same faces.
     */
    static FormContent.Drawing draw(JFreeChart chart, PdfFonts fonts, float width, float height, float scale)
            throws IOException {
        float logicalWidth = width * scale;
        float logicalHeight = height * scale;
        FormContent content = new FormContent(logicalWidth, logicalHeight, scale);
        PdfGraphics graphics = new PdfGraphics(content, fonts);
        try {
            // Rotated text (the value axis label, slanted periods) as text, not traced glyph outlines.
            RotatedText.asText(() -> chart.draw(graphics, new Rectangle2D.Double(0, 0, logicalWidth, logicalHeight)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return content.drawing();
    }

    @Override
    public float width() {
        return width;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public String alt() {
        return alt;
    }

    @Override
    public void draw(Canvas canvas, float x, float y) throws IOException {
        canvas.form(form, x, y);
    }
}
