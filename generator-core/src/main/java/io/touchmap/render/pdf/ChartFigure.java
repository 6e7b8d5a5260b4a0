package io.touchmap.render.pdf;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import io.touchmap.render.chart.RotatedText;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.io.ByteArrayInputStream;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

/**
 * A JFreeChart chart drawn as vector graphics into a form XObject, through the PDFBox Graphics2D bridge, with its
 * text set in the document's embedded fonts (so it can be searched and copied like the rest of the text).
 */
final class ChartFigure implements Figure {

    private final PDFormXObject form;
    private final float width;
    private final float height;

    private ChartFigure(PDFormXObject form, float width, float height) {
        this.form = form;
        this.width = width;
        this.height = height;
    }

    /**
     * Draws {@code chart} in a box of {@code width} × {@code height} points; the chart is laid out on a box
     * {@code scale} times larger and shrunk to fit, so that its type (sized for the screen) suits a printed page.
     */
    static ChartFigure of(JFreeChart chart, PDDocument document, PdfFonts fonts, float width, float height,
            float scale) throws IOException {
        float logicalWidth = width * scale;
        float logicalHeight = height * scale;
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, logicalWidth, logicalHeight);
        try {
            graphics.setFontTextDrawer(new EmbeddedFontDrawer(fonts));
            // Rotated text (the value axis label, slanted periods) as text, not traced glyph outlines.
            RotatedText.asText(() -> chart.draw(graphics, new Rectangle2D.Double(0, 0, logicalWidth, logicalHeight)));
        } finally {
            graphics.dispose();
        }
        PDFormXObject form = graphics.getXFormObject();
        form.setMatrix(java.awt.geom.AffineTransform.getScaleInstance(1 / scale, 1 / scale));
        return new ChartFigure(form, width, height);
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
    public void draw(Canvas canvas, float x, float y) throws IOException {
        canvas.form(form, x, y);
    }

    /**
     * Sets every chart text in the embedded DejaVu faces, whatever AWT font the chart asks for: no unembedded base
     * font ever enters the document. Text the faces cannot print is drawn as outlines by the bridge.
     */
    private static final class EmbeddedFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
        private final PdfFonts fonts;

        EmbeddedFontDrawer(PdfFonts fonts) {
            this.fonts = fonts;
        }

        @Override
        protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env) {
            return font.isBold() ? fonts.bold() : fonts.regular();
        }

        /**
         * Measures text with the embedded faces too, so that the chart's layout (label widths, wrapping, axis
         * space) fits the glyphs printed and does not depend on the fonts installed on the machine.
         */
        @Override
        public FontMetrics getFontMetrics(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env) {
            Font face = font.isBold() ? AwtFaces.BOLD : AwtFaces.REGULAR;
            return env.getCalculationGraphics().getFontMetrics(face.deriveFont(font.getSize2D()));
        }
    }

    /** The bundled faces as Java 2D fonts, for measuring; loaded on first use. */
    private static final class AwtFaces {
        static final Font REGULAR = create(PdfFonts.regularBytes());
        static final Font BOLD = create(PdfFonts.boldBytes());

        private static Font create(byte[] bytes) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bundled DejaVu font cannot be read by Java 2D", e);
            }
        }
    }
}
