package io.touchmap.render.pdf;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import io.touchmap.render.chart.RotatedText;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.io.ByteArrayInputStream;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
    private final String alt;

    /** A chart already drawn into {@code form}, or whose drawing {@link ChartPool} copies into it before the save. */
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
        return new ChartFigure(draw(chart, document, fonts, width, height, scale, (font, text) -> { }), width, height,
                alt);
    }

    /**
     * Draws {@code chart} as {@link #of} does into a new form of {@code document}, and tells {@code shown} each run of
     * text set, with its font.
     */
    static PDFormXObject draw(JFreeChart chart, PDDocument document, PdfFonts fonts, float width, float height,
            float scale, BiConsumer<PDType0Font, String> shown) throws IOException {
        float logicalWidth = width * scale;
        float logicalHeight = height * scale;
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, logicalWidth, logicalHeight);
        try {
            graphics.setFontTextDrawer(new EmbeddedFontDrawer(fonts, shown));
            // Rotated text (the value axis label, slanted periods) as text, not traced glyph outlines.
            RotatedText.asText(() -> chart.draw(graphics, new Rectangle2D.Double(0, 0, logicalWidth, logicalHeight)));
        } finally {
            graphics.dispose();
        }
        PDFormXObject form = graphics.getXFormObject();
        form.setMatrix(java.awt.geom.AffineTransform.getScaleInstance(1 / scale, 1 / scale));
        return form;
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

    /**
     * Sets every chart text in the document's embedded faces, whatever AWT font the chart asks for: no unembedded base
     * font ever enters the document. The text goes through the same cleaning, shaping, ordering and choice of font
     * per character run as the rest of the document, so that a stage name in Japanese or Arabic prints in the
     * emotion curve as it does in the map.
     */
    private static final class EmbeddedFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
        private final PdfFonts fonts;
        /** The font of each run of text drawn, by the AWT font object that marks the run. */
        private final Map<Font, PDFont> runFonts = new IdentityHashMap<>();
        /** Told each run of text set, with its font. */
        private final BiConsumer<PDType0Font, String> shown;

        EmbeddedFontDrawer(PdfFonts fonts, BiConsumer<PDType0Font, String> shown) {
            this.fonts = fonts;
            this.shown = shown;
        }

        /** Every text can be drawn as text: {@link #drawText} picks a face for each character run. */
        @Override
        public boolean canDrawText(AttributedCharacterIterator iterator, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env) {
            return true;
        }

        @Override
        public void drawText(AttributedCharacterIterator iterator, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            StringBuilder text = new StringBuilder();
            for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
                text.append(c);
            }
            iterator.first();
            Map<AttributedCharacterIterator.Attribute, Object> attributes = new HashMap<>(iterator.getAttributes());
            Font font = attributes.get(TextAttribute.FONT) instanceof Font f ? f : env.getFont();
            attributes.remove(TextAttribute.FONT);
            String line = PdfFonts.visual(fonts.clean(text.toString()).replace('\n', ' '));
            if (line.isEmpty()) {
                return;
            }
            AttributedString shown = new AttributedString(line, attributes);
            int at = 0;
            for (PdfFonts.Run run : (font.isBold() ? fonts.bold() : fonts.regular()).runs(line)) {
                Font marker = font.deriveFont(font.getStyle());
                runFonts.put(marker, run.font());
                this.shown.accept(run.font(), run.text());
                shown.addAttribute(TextAttribute.FONT, marker, at, at + run.text().length());
                at += run.text().length();
            }
            super.drawText(shown.getIterator(), env);
        }

        @Override
        protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env) {
            PDFont run = runFonts.get(font);
            return run != null ? run : (font.isBold() ? fonts.bold() : fonts.regular()).font();
        }

        /**
         * Measures text with the embedded faces too, so that the chart's layout (label widths, wrapping, axis
         * space) fits the glyphs printed and does not depend on the fonts installed on the machine.
         */
        @Override
        public FontMetrics getFontMetrics(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env) {
            Font face = AwtFaces.of((font.isBold() ? fonts.bold() : fonts.regular()).kind());
            return env.getCalculationGraphics().getFontMetrics(face.deriveFont(font.getSize2D()));
        }
    }

    /** The bundled faces as Java 2D fonts, for measuring; each loaded on first use. */
    private static final class AwtFaces {
        private static final Map<PdfFonts.Kind, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

        static Font of(PdfFonts.Kind kind) {
            return FONTS.computeIfAbsent(kind, k -> create(PdfFonts.bytes(k)));
        }

        private static Font create(byte[] bytes) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("a bundled DejaVu font cannot be read by Java 2D", e);
            }
        }
    }
}
