package io.touchmap.render.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Graphics2D} that keeps Java2D's drawing state (transform, clip, paint, stroke, composite, font, hints) and
 * turns every drawing call into one of four: outline a shape, fill a shape, write a string, place an image, each
 * made only when the clip leaves something to draw. A subclass writes these to a vector format: {@link SvgGraphics}
 * to SVG for the site, the PDF's chart graphics to a form's content stream. Both see the same calls for the same
 * chart, so a chart is drawn by the same rules in both formats.
 *
 * <p>The clip is kept in the canvas's coordinates, where the transform does not change it; a rectangle stays a
 * rectangle where the transform allows, as JFreeChart's clips are. Styled text is laid out by Java2D and drawn as
 * glyph outlines; XOR mode and {@link #copyArea} have no vector equivalent and do nothing.
 */
public abstract class VectorGraphics extends Graphics2D {

    /** A change of state a subclass may keep something worked out from: see {@link #changed}. */
    protected enum Change { PAINT, STROKE, COMPOSITE, FONT, TRANSFORM, CLIP, HINTS }

    private AffineTransform transform = new AffineTransform();
    /** The clip in the canvas's coordinates, or null for none. */
    private Shape clip;
    private Paint paint = Color.BLACK;
    private Color color = Color.BLACK;
    private Stroke stroke = new BasicStroke();
    private Composite composite = AlphaComposite.SrcOver;
    private Font font;
    private Color background = Color.BLACK;
    private RenderingHints hints = new RenderingHints(null);
    /** Graphics of a one-pixel image, only to ask fonts for metrics; made when first needed. */
    private Graphics2D metrics;

    /** Whether {@link #clippedOut} is known for the clip in effect, and what it is. */
    private boolean clipKnown;
    private boolean clippedOut;

    /** Graphics with Java2D's initial state, in the charts' own face. */
    protected VectorGraphics() {
        font = ChartFonts.of(false, 12);
    }

    /** Graphics with the state of {@code parent}, for {@link #create()}. */
    protected VectorGraphics(VectorGraphics parent) {
        this.transform = new AffineTransform(parent.transform);
        this.clip = parent.clip;
        this.paint = parent.paint;
        this.color = parent.color;
        this.stroke = parent.stroke;
        this.composite = parent.composite;
        this.font = parent.font;
        this.background = parent.background;
        this.hints = (RenderingHints) parent.hints.clone();
        this.metrics = parent.metrics;
    }

    // ---- what a subclass writes ---------------------------------------------------------------------------------

    /**
     * Outlines {@code shape}, which is not a rectangle of negative size, with the {@link BasicStroke} in effect; the
     * clip leaves something to draw.
     */
    protected abstract void strokeShape(Shape shape);

    /** Fills {@code shape}, which is not an empty rectangle (nor one of negative size); the clip leaves something to draw. */
    protected abstract void fillShape(Shape shape);

    /** Writes {@code text}, not empty, with its baseline starting at ({@code x}, {@code y}); the clip leaves something. */
    protected abstract void text(String text, float x, float y);

    /**
     * Places {@code image} stretched over the rectangle given, itself placed by {@code placement} if not null; the
     * clip has not been checked.
     */
    protected abstract void image(BufferedImage image, double x, double y, double width, double height,
            AffineTransform placement);

    /** Graphics that fonts are asked for metrics by: an image's, with fractional metrics. */
    protected final Graphics2D metricsGraphics() {
        if (metrics == null) {
            metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            metrics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        }
        return metrics;
    }

    /** Told of each change of state, for a subclass that keeps something worked out from it. */
    protected void changed(Change change) {
    }

    // ---- state a subclass reads ---------------------------------------------------------------------------------

    /** The transform in effect, not to be changed. */
    protected final AffineTransform transformInEffect() {
        return transform;
    }

    /** The clip in the canvas's coordinates, or null for none; not to be changed. */
    protected final Shape canvasClip() {
        return clip;
    }

    /** The alpha of the composite: only an {@link AlphaComposite}'s alpha is drawn, always as source over. */
    protected final double alpha() {
        return composite instanceof AlphaComposite alphaComposite ? alphaComposite.getAlpha() : 1;
    }

    /** True if the clip leaves nothing to draw. */
    protected boolean clippedOut() {
        if (!clipKnown) {
            clippedOut = clip != null && clip.getBounds2D().isEmpty();
            clipKnown = true;
        }
        return clippedOut;
    }

    /** True if strokes are to be drawn with crisp edges, as JFreeChart asks for axes and grid lines. */
    protected final boolean normalizesStrokes() {
        return RenderingHints.VALUE_STROKE_NORMALIZE.equals(hints.get(RenderingHints.KEY_STROKE_CONTROL));
    }

    @Override
    public void dispose() {
        // Nothing to release: what is drawn into outlives its graphics.
    }

    // ---- shapes -------------------------------------------------------------------------------------------------

    @Override
    public void draw(Shape shape) {
        if (!(stroke instanceof BasicStroke)) {
            fill(stroke.createStrokedShape(shape));
        } else if (!clippedOut() && !(shape instanceof Rectangle2D r && (r.getWidth() < 0 || r.getHeight() < 0))) {
            // Java2D outlines nothing for a rectangle of negative size.
            strokeShape(shape);
        }
    }

    @Override
    public void fill(Shape shape) {
        if (!clippedOut() && !(shape instanceof Rectangle2D r && r.isEmpty())) {
            fillShape(shape);
        }
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        draw(new Rectangle(x, y, width, height));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        Paint saved = paint;
        Composite savedComposite = composite;
        setPaint(background);
        setComposite(AlphaComposite.SrcOver);
        fillRect(x, y, width, height);
        setPaint(saved);
        setComposite(savedComposite);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        if (nPoints < 1) {
            return;
        }
        Path2D.Double polyline = new Path2D.Double();
        polyline.moveTo(xPoints[0], yPoints[0]);
        for (int i = 1; i < nPoints; i++) {
            polyline.lineTo(xPoints[i], yPoints[i]);
        }
        draw(polyline);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        draw(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public boolean hit(Rectangle rect, Shape shape, boolean onStroke) {
        Shape drawn = transform.createTransformedShape(onStroke ? stroke.createStrokedShape(shape) : shape);
        if (!drawn.intersects(rect)) {
            return false;
        }
        Area area = new Area(rect);
        area.intersect(new Area(drawn));
        return !area.isEmpty();
    }

    // ---- text ---------------------------------------------------------------------------------------------------

    @Override
    public void drawString(String text, int x, int y) {
        drawString(text, (float) x, (float) y);
    }

    @Override
    public void drawString(String text, float x, float y) {
        if (text == null) {
            throw new NullPointerException("no text to draw");
        }
        if (!text.isEmpty() && !clippedOut()) {
            text(text, x, y);
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    /** Text without attributes is written as text; styled text is laid out by Java2D and drawn as glyph outlines. */
    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        if (iterator.getAllAttributeKeys().isEmpty()) {
            StringBuilder text = new StringBuilder(iterator.getEndIndex() - iterator.getBeginIndex());
            for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
                text.append(c);
            }
            drawString(text.toString(), x, y);
        } else {
            new TextLayout(iterator, getFontRenderContext()).draw(this, x, y);
        }
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        fill(glyphs.getOutline(x, y));
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font font) {
        if (font != null) {
            if (!font.equals(this.font)) {
                changed(Change.FONT);
            }
            this.font = font;
        }
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return metricsGraphics().getFontMetrics(f);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return metricsGraphics().getDeviceConfiguration();
    }

    // ---- images -------------------------------------------------------------------------------------------------

    @Override
    public boolean drawImage(Image image, AffineTransform placement, ImageObserver observer) {
        BufferedImage buffered = buffered(image, observer);
        if (buffered == null) {
            return false;
        }
        image(buffered, 0, 0, buffered.getWidth(), buffered.getHeight(), placement);
        return true;
    }

    @Override
    public void drawImage(BufferedImage image, BufferedImageOp op, int x, int y) {
        BufferedImage filtered = op == null ? image : op.filter(image, null);
        image(filtered, x, y, filtered.getWidth(), filtered.getHeight(), null);
    }

    @Override
    public void drawRenderedImage(RenderedImage image, AffineTransform placement) {
        BufferedImage buffered;
        if (image instanceof BufferedImage b) {
            buffered = b;
        } else {
            buffered = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = buffered.createGraphics();
            g.drawRenderedImage(image, AffineTransform.getTranslateInstance(-image.getMinX(), -image.getMinY()));
            g.dispose();
        }
        image(buffered, 0, 0, buffered.getWidth(), buffered.getHeight(), placement);
    }

    @Override
    public void drawRenderableImage(RenderableImage image, AffineTransform placement) {
        drawRenderedImage(image.createDefaultRendering(), placement);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, ImageObserver observer) {
        BufferedImage buffered = buffered(image, observer);
        if (buffered == null) {
            return false;
        }
        image(buffered, x, y, buffered.getWidth(), buffered.getHeight(), null);
        return true;
    }

    @Override
    public boolean drawImage(Image image, int x, int y, int width, int height, ImageObserver observer) {
        BufferedImage buffered = buffered(image, observer);
        if (buffered == null) {
            return false;
        }
        image(buffered, x, y, width, height, null);
        return true;
    }

    @Override
    public boolean drawImage(Image image, int x, int y, Color background, ImageObserver observer) {
        BufferedImage buffered = buffered(image, observer);
        if (buffered == null) {
            return false;
        }
        return drawImage(image, x, y, buffered.getWidth(), buffered.getHeight(), background, observer);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, int width, int height, Color background, ImageObserver observer) {
        fillBehind(background, x, y, width, height);
        return drawImage(image, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image image, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        BufferedImage buffered = buffered(image, observer);
        if (buffered == null) {
            return false;
        }
        int left = Math.max(0, Math.min(sx1, sx2));
        int top = Math.max(0, Math.min(sy1, sy2));
        int right = Math.min(buffered.getWidth(), Math.max(sx1, sx2));
        int bottom = Math.min(buffered.getHeight(), Math.max(sy1, sy2));
        if (right <= left || bottom <= top || sx1 == sx2 || sy1 == sy2) {
            return true;
        }
        // Maps the source rectangle onto the destination one, flips included.
        AffineTransform placement = AffineTransform.getTranslateInstance(dx1, dy1);
        placement.scale((dx2 - dx1) / (double) (sx2 - sx1), (dy2 - dy1) / (double) (sy2 - sy1));
        placement.translate(-sx1, -sy1);
        image(buffered.getSubimage(left, top, right - left, bottom - top), left, top, right - left, bottom - top, placement);
        return true;
    }

    @Override
    public boolean drawImage(Image image, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color background, ImageObserver observer) {
        fillBehind(background, Math.min(dx1, dx2), Math.min(dy1, dy2), Math.abs(dx2 - dx1), Math.abs(dy2 - dy1));
        return drawImage(image, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    private void fillBehind(Color background, int x, int y, int width, int height) {
        if (background != null) {
            Paint saved = paint;
            setPaint(background);
            fillRect(x, y, width, height);
            setPaint(saved);
        }
    }

    /** {@code image} as a buffered image, or null if it is not loaded yet. */
    private static BufferedImage buffered(Image image, ImageObserver observer) {
        if (image instanceof BufferedImage buffered) {
            return buffered;
        }
        int width = image.getWidth(observer);
        int height = image.getHeight(observer);
        if (width <= 0 || height <= 0) {
            return null;
        }
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = buffered.createGraphics();
        g.drawImage(image, 0, 0, observer);
        g.dispose();
        return buffered;
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // What is drawn is not kept as pixels: there is nothing to copy.
    }

    // ---- paint, stroke, composite -------------------------------------------------------------------------------

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint == null) {
            return;
        }
        // JFreeChart sets the paint before each thing it draws, most often to the one already set.
        if (!paint.equals(this.paint)) {
            changed(Change.PAINT);
        }
        this.paint = paint;
        if (paint instanceof Color c) {
            this.color = c;
        }
    }

    @Override
    public Color getColor() {
        return color;
    }

    @Override
    public void setColor(Color color) {
        setPaint(color);
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setBackground(Color color) {
        this.background = color;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setStroke(Stroke stroke) {
        if (stroke != null) {
            if (!stroke.equals(this.stroke)) {
                changed(Change.STROKE);
            }
            this.stroke = stroke;
        }
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    /** Only an {@link AlphaComposite}'s alpha is drawn, as opacity; its rule is always drawn as source over. */
    @Override
    public void setComposite(Composite composite) {
        if (composite != null) {
            if (!composite.equals(this.composite)) {
                changed(Change.COMPOSITE);
            }
            this.composite = composite;
        }
    }

    @Override
    public void setPaintMode() {
        setComposite(AlphaComposite.SrcOver);
    }

    @Override
    public void setXORMode(Color color) {
        // Vector formats have no XOR mode: drawing goes on as in paint mode.
    }

    // ---- transforms ---------------------------------------------------------------------------------------------

    @Override
    public void translate(int x, int y) {
        translate((double) x, (double) y);
    }

    @Override
    public void translate(double x, double y) {
        transform.translate(x, y);
        changed(Change.TRANSFORM);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
        changed(Change.TRANSFORM);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
        changed(Change.TRANSFORM);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
        changed(Change.TRANSFORM);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
        changed(Change.TRANSFORM);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
        changed(Change.TRANSFORM);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = tx == null ? new AffineTransform() : new AffineTransform(tx);
        changed(Change.TRANSFORM);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    // ---- clip ---------------------------------------------------------------------------------------------------

    @Override
    public Shape getClip() {
        if (clip == null) {
            return null;
        }
        if (transform.isIdentity()) {
            return copy(clip);
        }
        try {
            return onCanvas(clip, transform.createInverse());
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape userClip = getClip();
        return userClip == null ? null : userClip.getBounds();
    }

    @Override
    public void setClip(Shape shape) {
        Shape onCanvas = shape == null ? null : onCanvas(shape, transform);
        // JFreeChart puts back the clip it saved after each thing it clips: most often the same rectangle.
        if (!Objects.equals(onCanvas, clip)) {
            clip = onCanvas;
            clipChanged();
        }
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        setClip(new Rectangle(x, y, width, height));
    }

    @Override
    public void clip(Shape shape) {
        if (shape == null) {
            // As Java2D: clipping to nothing given removes the clip.
            setClip(null);
            return;
        }
        Shape added = onCanvas(shape, transform);
        if (clip == null) {
            clip = added;
        } else if (clip instanceof Rectangle2D a && added instanceof Rectangle2D b) {
            Rectangle2D both = a.createIntersection(b);
            clip = both.isEmpty() ? new Rectangle2D.Double() : both;
        } else {
            Area area = new Area(clip);
            area.intersect(new Area(added));
            clip = area;
        }
        clipChanged();
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        clip(new Rectangle(x, y, width, height));
    }

    private void clipChanged() {
        clipKnown = false;
        changed(Change.CLIP);
    }

    /** {@code shape} mapped by {@code tx}: a rectangle stays a rectangle where it can, as JFreeChart's clips are. */
    private static Shape onCanvas(Shape shape, AffineTransform tx) {
        int type = tx.getType();
        if (type == AffineTransform.TYPE_IDENTITY) {
            return copy(shape);
        }
        if (shape instanceof Rectangle2D r && (type & (AffineTransform.TYPE_GENERAL_TRANSFORM
                | AffineTransform.TYPE_MASK_ROTATION)) == 0) {
            Point2D corner = tx.transform(new Point2D.Double(r.getMinX(), r.getMinY()), null);
            Point2D opposite = tx.transform(new Point2D.Double(r.getMaxX(), r.getMaxY()), null);
            Rectangle2D mapped = new Rectangle2D.Double();
            mapped.setFrameFromDiagonal(corner, opposite);
            return mapped;
        }
        return tx.createTransformedShape(shape);
    }

    /** A copy of {@code shape}, which its owner may change after handing it over. */
    private static Shape copy(Shape shape) {
        if (shape instanceof Rectangle2D r) {
            return new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }
        return new Path2D.Double(shape);
    }

    // ---- rendering hints ----------------------------------------------------------------------------------------

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        if (value == null) {
            hints.remove(key);
        } else {
            hints.put(key, value);
        }
        if (key == RenderingHints.KEY_STROKE_CONTROL) {
            changed(Change.HINTS);
        }
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        this.hints = new RenderingHints(null);
        this.hints.putAll(hints);
        changed(Change.HINTS);
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        this.hints.putAll(hints);
        changed(Change.HINTS);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }
}
