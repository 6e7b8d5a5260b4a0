package io.touchmap.render.pdf;

import io.touchmap.render.chart.ChartFonts;
import io.touchmap.render.chart.VectorGraphics;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.PaintContext;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DeflaterOutputStream;

/**
 * A {@link java.awt.Graphics2D} that writes what a chart draws into a form's content ({@link FormContent}), with
 * its text set in the document's embedded faces, so that it can be searched and copied like the rest of the text.
 * The text goes through the same cleaning, shaping, ordering and choice of face per character run as the rest of the
 * document, so that a stage name in Japanese or Arabic prints in the emotion curve as it does in the map; it is
 * measured with the same faces, so that the chart's layout (label widths, axis space) fits the glyphs printed and
 * does not depend on the fonts installed on the machine.
 *
 * <p>Colours are drawn as they are; any other paint (no Touchmap chart fills with one: the PDF's hatching is drawn
 * as lines) in its colour at the middle of the shape it fills. Images are placed opaque, over white.
 */
final class PdfGraphics extends VectorGraphics {

    private final FormContent content;
    private final PdfFonts fonts;

    /** Graphics drawing into {@code content}, setting text in the faces of {@code fonts}. */
    PdfGraphics(FormContent content, PdfFonts fonts) {
        this.content = content;
        this.fonts = fonts;
    }

    private PdfGraphics(PdfGraphics parent) {
        super(parent);
        this.content = parent.content;
        this.fonts = parent.fonts;
    }

    @Override
    public Graphics create() {
        return new PdfGraphics(this);
    }

    @Override
    protected void strokeShape(Shape shape) {
        content.stroke(shape, transformInEffect(), canvasClip(), colour(shape), alpha(), (BasicStroke) getStroke());
    }

    @Override
    protected void fillShape(Shape shape) {
        content.fill(shape, transformInEffect(), canvasClip(), colour(shape), alpha());
    }

    @Override
    protected void text(String text, float x, float y) {
        String line = PdfFonts.visual(fonts.clean(text).replace('\n', ' '));
        if (line.isEmpty()) {
            return;
        }
        Font font = getFont();
        PdfFonts.Face face = font.isBold() ? fonts.bold() : fonts.regular();
        try {
            content.text(face.runs(line), fonts, font.getSize2D(), transformInEffect(), x, y, canvasClip(),
                    colour(new Rectangle2D.Float(x, y, 0, 0)), alpha());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void image(BufferedImage image, double x, double y, double width, double height,
            AffineTransform placement) {
        if (clippedOut() || width == 0 || height == 0 || alpha() <= 0) {
            return;
        }
        int columns = image.getWidth();
        int rows = image.getHeight();
        ByteArrayOutputStream samples = new ByteArrayOutputStream(columns * rows);
        try (DeflaterOutputStream out = new DeflaterOutputStream(samples)) {
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    int argb = image.getRGB(column, row);
                    int a = argb >>> 24;
                    for (int shift = 16; shift >= 0; shift -= 8) {
                        // Over white: what the chart's background shows through a transparent pixel.
                        out.write((((argb >> shift) & 0xFF) * a + 255 * (255 - a)) / 255);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AffineTransform where = new AffineTransform(transformInEffect());
        if (placement != null) {
            where.concatenate(placement);
        }
        where.translate(x, y + height);
        where.scale(width, -height);
        content.image(samples.toByteArray(), columns, rows, where, canvasClip());
    }

    /** The colour the paint in effect gives {@code shape}: its own for a colour, else the paint's at its middle. */
    private Color colour(Shape shape) {
        Paint paint = getPaint();
        if (paint instanceof Color colour) {
            return colour;
        }
        Rectangle2D bounds = shape.getBounds2D();
        Point2D middle = transformInEffect().transform(new Point2D.Double(bounds.getCenterX(), bounds.getCenterY()),
                null);
        int x = (int) Math.floor(middle.getX());
        int y = (int) Math.floor(middle.getY());
        PaintContext context = paint.createContext(ColorModel.getRGBdefault(), new Rectangle(x, y, 1, 1), bounds,
                transformInEffect(), getRenderingHints());
        try {
            ColorModel model = context.getColorModel();
            return new Color(model.getRGB(context.getRaster(x, y, 1, 1).getDataElements(0, 0, null)), true);
        } finally {
            context.dispose();
        }
    }

    // ---- text measured with the embedded faces --------------------------------------------------------------------

    @Override
    public FontMetrics getFontMetrics(Font font) {
        Font face = AwtFaces.of((font.isBold() ? fonts.bold() : fonts.regular()).kind());
        return metricsGraphics().getFontMetrics(face.deriveFont(font.getSize2D()));
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return metricsGraphics().getFontRenderContext();
    }

    /** The bundled faces as Java 2D fonts, for measuring; each loaded on first use. */
    private static final class AwtFaces {
        private static final Map<PdfFonts.Kind, Font> FONTS = new ConcurrentHashMap<>();

        static Font of(PdfFonts.Kind kind) {
            return FONTS.computeIfAbsent(kind, k -> ChartFonts.load(new ByteArrayInputStream(PdfFonts.bytes(k)), k.file()));
        }
    }
}
