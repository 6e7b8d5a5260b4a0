package io.touchmap.render.chart;

import java.awt.BasicStroke;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A {@link Graphics2D} that writes what is drawn on it as SVG into an {@link SvgDocument}: rectangles as
 * {@code <rect>} and other shapes as paths, strings as {@code <text>} in the font's family, colours, gradients and
 * textures as fills and strokes ({@link SvgStyle}), clips as shared clip paths, transforms as {@code transform}
 * attributes, alpha composites as opacity, images as embedded PNG. Coordinates are written in {@link Hundredths}.
 * The drawing state and the calls that reach this writer are {@link VectorGraphics}'.
 *
 * <p>Text is measured as an image's graphics measure it with fractional metrics, so labels are laid out where
 * Touchmap's SVG charts have always had them. {@link RenderingHints#KEY_STROKE_CONTROL} set to
 * {@code VALUE_STROKE_NORMALIZE} draws strokes with crisp edges, as JFreeChart asks for axes and grid lines.
 */
final class SvgGraphics extends VectorGraphics {

    /** How text is measured: as JFreeChart's layout of SVG charts has always assumed. */
    private static final FontRenderContext FONT_RENDER_CONTEXT = new FontRenderContext(null, false, true);

    private final SvgDocument document;

    // Worked out from the drawing state when first needed after it changes.
    private String transformAttribute;
    private boolean clipKnown;
    private String clipId;
    private String fillStyle;
    private String strokeStyle;
    private String textStyle;

    /** Graphics drawing into {@code document}, with Java2D's initial state. */
    SvgGraphics(SvgDocument document) {
        this.document = document;
    }

    private SvgGraphics(SvgGraphics parent) {
        super(parent);
        this.document = parent.document;
    }

    @Override
    public Graphics create() {
        return new SvgGraphics(this);
    }

    @Override
    protected void changed(Change change) {
        switch (change) {
            case PAINT, COMPOSITE -> {
                fillStyle = null;
                strokeStyle = null;
                textStyle = null;
            }
            case STROKE, HINTS -> strokeStyle = null;
            case FONT -> textStyle = null;
            case TRANSFORM -> transformAttribute = null;
            case CLIP -> clipKnown = false;
        }
    }

    // ---- shapes -------------------------------------------------------------------------------------------------

    @Override
    protected void strokeShape(Shape shape) {
        String style = strokeStyle();
        if (style != null) {
            shape(shape, null, style);
        }
    }

    @Override
    protected void fillShape(Shape shape) {
        String style = fillStyle();
        if (style != null) {
            shape(shape, style, null);
        }
    }

    /**
     * Writes {@code shape}: a rectangle as a {@code <rect>}, which browsers fill with the same edge pixels as SVG
     * renderings of Touchmap's charts have always had, anything else as a {@code <path>}.
     */
    private void shape(Shape shape, String fill, String stroke) {
        if (shape instanceof Rectangle2D r) {
            StringBuilder rect = new StringBuilder(64).append("rect").append(transformAttribute());
            if (r.getX() != 0) {
                rect.append(" x='").append(Hundredths.format(r.getX())).append('\'');
            }
            if (r.getY() != 0) {
                rect.append(" y='").append(Hundredths.format(r.getY())).append('\'');
            }
            rect.append(" width='").append(Hundredths.format(r.getWidth())).append("' height='")
                    .append(Hundredths.format(r.getHeight())).append('\'');
            document.shape(rect.toString(), null, fill, stroke, clipId);
            return;
        }
        String element = "path" + transformAttribute();
        PathData data;
        if (shape instanceof Line2D line) {
            data = PathData.line(line.getX1(), line.getY1(), line.getX2(), line.getY2());
        } else {
            PathIterator segments = shape.getPathIterator(null);
            if (segments.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                element += " fill-rule='evenodd'";
            }
            data = PathData.of(segments);
        }
        if (!data.isEmpty()) {
            document.shape(element, data, fill, stroke, clipId);
        }
    }

    // ---- text ---------------------------------------------------------------------------------------------------

    @Override
    protected void text(String text, float x, float y) {
        String style = textStyle();
        if (style == null) {
            return;
        }
        StringBuilder attributes = new StringBuilder(40).append(transformAttribute()).append(" x='");
        Hundredths.append(attributes, Hundredths.of(x));
        attributes.append("' y='");
        Hundredths.append(attributes, Hundredths.of(y));
        document.text(attributes.append('\'').toString(), style, clipId, text);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return FONT_RENDER_CONTEXT;
    }

    // ---- images -------------------------------------------------------------------------------------------------

    /** Writes {@code image} as a PNG stretched over the rectangle given, placed by {@code placement} if not null. */
    @Override
    protected void image(BufferedImage image, double x, double y, double width, double height, AffineTransform placement) {
        if (clippedOut() || width == 0 || height == 0) {
            return;
        }
        double alpha = alpha();
        if (alpha <= 0) {
            return;
        }
        AffineTransform where = transformInEffect();
        if (placement != null && !placement.isIdentity()) {
            where = new AffineTransform(transformInEffect());
            where.concatenate(placement);
        }
        StringBuilder attributes = new StringBuilder(256).append(transformAttribute(where));
        if (x != 0) {
            attributes.append(" x='").append(Hundredths.format(x)).append('\'');
        }
        if (y != 0) {
            attributes.append(" y='").append(Hundredths.format(y)).append('\'');
        }
        attributes.append(" width='").append(Hundredths.format(width)).append("' height='")
                .append(Hundredths.format(height)).append("' preserveAspectRatio='none'");
        if (alpha < 1) {
            attributes.append(" opacity='").append(SvgStyle.opacity(alpha)).append('\'');
        }
        attributes.append(" xlink:href='").append(EmbeddedImage.dataUri(image)).append('\'');
        document.usesXlink();
        document.unstyled("image", attributes.toString(), clipId);
    }

    // ---- styles -------------------------------------------------------------------------------------------------

    /** The declarations filling with the paint, or null if they paint nothing. */
    private String fillStyle() {
        if (fillStyle == null) {
            fillStyle = SvgStyle.paint(document, "fill", getPaint(), alpha());
        }
        return fillStyle.isEmpty() ? null : fillStyle;
    }

    /** The declarations outlining with the paint and stroke, or null if they paint nothing. */
    private String strokeStyle() {
        if (strokeStyle == null) {
            String paintStyle = SvgStyle.paint(document, "stroke", getPaint(), alpha());
            strokeStyle = paintStyle.isEmpty() ? "" : paintStyle + SvgStyle.stroke((BasicStroke) getStroke(),
                    normalizesStrokes());
        }
        return strokeStyle.isEmpty() ? null : strokeStyle;
    }

    /** The declarations writing text in the paint and font, or null if they paint nothing. */
    private String textStyle() {
        if (textStyle == null) {
            String paintStyle = SvgStyle.paint(document, "fill", getPaint(), alpha());
            textStyle = paintStyle.isEmpty() ? "" : paintStyle + SvgStyle.font(getFont());
        }
        return textStyle.isEmpty() ? null : textStyle;
    }

    // ---- transforms ---------------------------------------------------------------------------------------------

    private String transformAttribute() {
        if (transformAttribute == null) {
            transformAttribute = transformAttribute(transformInEffect());
        }
        return transformAttribute;
    }

    /** The {@code transform} attribute of {@code tx}, empty for the identity. */
    private static String transformAttribute(AffineTransform tx) {
        if (tx.isIdentity()) {
            return "";
        }
        if (tx.getType() == AffineTransform.TYPE_TRANSLATION) {
            return " transform='translate(" + Hundredths.format(tx.getTranslateX()) + ','
                    + Hundredths.format(tx.getTranslateY()) + ")'";
        }
        return " transform='" + SvgStyle.matrix(tx) + '\'';
    }

    // ---- clip ---------------------------------------------------------------------------------------------------

    /** True if the clip leaves nothing to draw; else {@link #clipId} is the clip path to draw with (null for none). */
    @Override
    protected boolean clippedOut() {
        boolean out = super.clippedOut();
        if (!clipKnown) {
            clipId = canvasClip() == null || out ? null : document.clipPath(canvasClip());
            clipKnown = true;
        }
        return out;
    }
}
