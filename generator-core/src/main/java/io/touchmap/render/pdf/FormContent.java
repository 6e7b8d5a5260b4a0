package io.touchmap.render.pdf;

import io.touchmap.render.chart.Circle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The content stream of a chart's form, written compact as {@link PdfGraphics} draws: the page's y axis turned down
 * once at the start so that Java2D's coordinates are written as they are, rectangles as {@code re}, a colour, line
 * style or opacity written only when it changes, a clip opened only when it changes, numbers to a hundredth of a unit
 * (a form is shrunk to fit its box, so finer than a printer's dot). Fonts are named by face, not by object, so a
 * drawing made with one document's faces can become a form of another document that has the same faces.
 *
 * <p>Opaque lines drawn one after the other in the same style are subpaths of one path, painted once (a chart's ticks,
 * gridlines and hatching); a line with round caps and joins that starts where the last one ended carries on from
 * there (a line chart drawn segment by segment becomes one line); a zero-length line is left out unless its caps are
 * round, as PDF paints nothing else for it (ISO 32000-1, 8.5.3.2); and a circle filled in one opaque colour, outlined
 * in it or not (a line chart's marker), is a zero-length line at its centre whose round cap is as wide as the circle
 * and its outline, so that a series' markers share one path too.
 */
final class FormContent {

    /** The operands of each 8-bit colour component, as PDF's 0–1 values to a thousandth: each level stays apart. */
    private static final String[] COMPONENTS = new String[256];

    static {
        for (int i = 0; i < 256; i++) {
            StringBuilder out = new StringBuilder(5);
            decimal(out, i / 255.0, 1000);
            COMPONENTS[i] = out.toString();
        }
    }

    /** PDF's dash pattern for a solid line. */
    private static final String UNDASHED = "[] 0";

    /** A run of text the chart sets, in the face of {@code kind}: its glyphs are kept when the fonts are subset. */
    record Shown(PdfFonts.Kind kind, String text) {
    }

    /**
     * A chart's drawing, ready to become a form: its content, compressed, in a box of {@code width} × {@code height}
     * units shrunk by {@code scale}; the faces it names ({@code F0}, {@code F1} in this order); the opacities it sets
     * ({@code A0}, {@code A1}: an operator {@code ca} or {@code CA} and its value); the text it sets.
     */
    record Drawing(byte[] deflated, float width, float height, float scale, List<PdfFonts.Kind> faces,
            List<String> opacities, List<Shown> text) {

        /** Writes this drawing into {@code form}, naming the faces of {@code fonts}, and keeps the glyphs it uses. */
        PDFormXObject into(PDFormXObject form, PdfFonts fonts) throws IOException {
            form.setBBox(new PDRectangle(0, 0, width, height));
            form.setMatrix(AffineTransform.getScaleInstance(1 / scale, 1 / scale));
            PDResources resources = new PDResources();
            for (int i = 0; i < faces.size(); i++) {
                resources.put(COSName.getPDFName("F" + i), fonts.font(faces.get(i)));
            }
            for (int i = 0; i < opacities.size(); i++) {
                String[] opacity = opacities.get(i).split(" ");
                PDExtendedGraphicsState state = new PDExtendedGraphicsState();
                if (opacity[0].equals("ca")) {
                    state.setNonStrokingAlphaConstant(Float.parseFloat(opacity[1]));
                } else {
                    state.setStrokingAlphaConstant(Float.parseFloat(opacity[1]));
                }
                // A few bytes, written inside the form's resources rather than as an object of their own.
                state.getCOSObject().setDirect(true);
                resources.put(COSName.getPDFName("A" + i), state);
            }
            form.setResources(resources);
            for (Shown shown : text) {
                PDType0Font font = fonts.font(shown.kind());
                shown.text().codePoints().forEach(font::addToSubset);
            }
            COSStream stream = form.getCOSObject();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(deflated);
            }
            return form;
        }
    }

    private final StringBuilder out = new StringBuilder(4096);
    private final float width;
    private final float height;
    private final float scale;
    private final Map<PdfFonts.Kind, String> faces = new LinkedHashMap<>();
    private final Map<String, String> opacities = new LinkedHashMap<>();
    private final List<Shown> text = new ArrayList<>();

    // The graphics state in effect; PDF's initial one inside each clip.
    /** The clip in effect, in the canvas's coordinates, or null for none. */
    private Shape clip;
    private final Painting fill = new Painting("rg", "ca");
    private final Painting stroke = new Painting("RG", "CA");
    private float lineWidth;
    private int cap;
    private int join;
    private float miterLimit;
    private String dash;

    /** True while the path written last is left open for more lines in its style, unpainted until it ends. */
    private boolean pathOpen;
    /** Where the open path's last line ends, in hundredths, or {@link Long#MIN_VALUE} when it ends otherwise. */
    private long endX = Long.MIN_VALUE;
    private long endY;

    // A filled circle held back a moment: if the next shape outlines it, one dot paints both.
    private Circle dot;
    private Color dotColour;
    private Shape dotClip;

    /** A form of {@code width} × {@code height} units, which its placement shrinks by {@code scale}. */
    FormContent(float width, float height, float scale) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        out.append("1 0 0 -1 0 ");
        number(height);
        out.append(" cm\n");
        initialState();
    }

    /** The drawing so far, with its content compressed; the clip open is closed. */
    Drawing drawing() {
        releaseDot(0);
        endPath();
        closeClip();
        byte[] content = out.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(content.length / 3 + 64);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(deflated)) {
            zlib.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("a chart's content could not be compressed in memory", e);
        }
        return new Drawing(deflated.toByteArray(), width, height, scale, List.copyOf(faces.keySet()),
                List.copyOf(opacities.keySet()), List.copyOf(text));
    }

    /** Fills {@code shape}, drawn through {@code transform}, in {@code colour} at {@code opacity}, inside {@code clip}. */
    void fill(Shape shape, AffineTransform transform, Shape clip, Color colour, double opacity) {
        PathIterator segments = segments(shape, transform);
        if (segments != null && segments.isDone()) {
            return;
        }
        releaseDot(0);
        if (segments != null && moves(transform) && thousandths(colour, opacity) == 1000) {
            Circle circle = Circle.of(shape.getPathIterator(transform));
            if (circle != null) {
                dot = circle;
                dotColour = colour;
                dotClip = clip;
                return;
            }
        }
        endPath();
        clip(clip);
        fill.set(colour, opacity);
        paint(shape, segments, transform, "f", "f*");
    }

    /** Outlines {@code shape}, drawn through {@code transform}, with {@code line} in {@code colour} at {@code opacity}. */
    void stroke(Shape shape, AffineTransform transform, Shape clip, Color colour, double opacity, BasicStroke line) {
        PathIterator segments = segments(shape, transform);
        if (segments != null && segments.isDone()) {
            return;
        }
        boolean moves = moves(transform);
        boolean opaque = thousandths(colour, opacity) == 1000;
        String pattern = dash(line);
        if (dot != null) {
            boolean outlines = segments != null && moves && opaque && pattern.equals(UNDASHED)
                    && Objects.equals(clip, dotClip) && (colour.getRGB() & 0xFFFFFF) == (dotColour.getRGB() & 0xFFFFFF)
                    && dot.equals(Circle.of(shape.getPathIterator(transform)));
            releaseDot(outlines ? line.getLineWidth() : 0);
            if (outlines) {
                return;
            }
        }
        if (shape instanceof Line2D l && line.getEndCap() != BasicStroke.CAP_ROUND
                && hundredths(l.getX1()) == hundredths(l.getX2()) && hundredths(l.getY1()) == hundredths(l.getY2())) {
            return;
        }
        if (!moves || !opaque) {
            endPath();
            clip(clip);
            stroke.set(colour, opacity);
            lineStyle(line.getLineWidth(), line.getEndCap(), line.getLineJoin(), line.getMiterLimit(), pattern);
            paint(shape, segments, transform, "S", "S");
            return;
        }
        boolean carriesOn = openFor(clip, colour, line.getLineWidth(), line.getEndCap(), line.getLineJoin(),
                line.getMiterLimit(), pattern) && line.getEndCap() == BasicStroke.CAP_ROUND
                && line.getLineJoin() == BasicStroke.JOIN_ROUND && pattern.equals(UNDASHED);
        double dx = transform.getTranslateX();
        double dy = transform.getTranslateY();
        if (shape instanceof Line2D l) {
            long x1 = hundredths(l.getX1() + dx);
            long y1 = hundredths(l.getY1() + dy);
            if (!carriesOn || x1 != endX || y1 != endY) {
                point(l.getX1() + dx, l.getY1() + dy, " m\n");
            }
            point(l.getX2() + dx, l.getY2() + dy, " l\n");
            endX = hundredths(l.getX2() + dx);
            endY = hundredths(l.getY2() + dy);
        } else {
            shapePath(shape, segments, dx, dy);
            endX = Long.MIN_VALUE;
        }
    }

    /**
     * Leaves the path open ready for a line in {@code clip}, {@code colour} and the line style given: true if it was
     * open in these already, so the line is its next subpath; else that path is painted and the state set for a new one.
     */
    private boolean openFor(Shape clip, Color colour, float lineWidth, int cap, int join, float miterLimit, String dash) {
        if (pathOpen && Objects.equals(clip, this.clip) && stroke.is(colour, 1) && lineWidth == this.lineWidth
                && cap == this.cap && join == this.join && (join != BasicStroke.JOIN_MITER || miterLimit == this.miterLimit)
                && dash.equals(this.dash)) {
            return true;
        }
        endPath();
        clip(clip);
        stroke.set(colour, 1);
        lineStyle(lineWidth, cap, join, miterLimit, dash);
        pathOpen = true;
        return false;
    }

    /** Paints the open path, if any. */
    private void endPath() {
        if (pathOpen) {
            out.append("S\n");
            pathOpen = false;
            endX = Long.MIN_VALUE;
        }
    }

    /**
     * Writes the filled circle held back, if any, as a zero-length line at its centre in its colour with a round cap
     * as wide as the circle and {@code outline}, the width of the line that outlines it (0 for none).
     */
    private void releaseDot(float outline) {
        if (dot == null) {
            return;
        }
        Circle circle = dot;
        dot = null;
        openFor(dotClip, dotColour, 2 * circle.radius() / 100f + outline, BasicStroke.CAP_ROUND, join, miterLimit,
                UNDASHED);
        point(circle.x() / 100.0, circle.y() / 100.0, " m\n");
        point(circle.x() / 100.0, circle.y() / 100.0, " l\n");
        endX = Long.MIN_VALUE;
    }

    /** {@code value} in whole hundredths, as {@link #number} rounds it. */
    private static long hundredths(double value) {
        return Math.round(value * 100);
    }

    /** The opacity of {@code colour} at {@code alpha}, in thousandths, as the content writes it. */
    private static int thousandths(Color colour, double alpha) {
        return (int) Math.round(Math.max(0, Math.min(1, alpha * colour.getAlpha() / 255)) * 1000);
    }

    /**
     * The segments of {@code shape} to write, moved by {@code transform} where it only moves; null for a rectangle or a
     * line, which have operators of their own. A shape of no segments paints nothing, and PDF has no empty path.
     */
    private static PathIterator segments(Shape shape, AffineTransform transform) {
        if (shape instanceof Rectangle2D || shape instanceof Line2D) {
            return null;
        }
        return shape.getPathIterator(moves(transform) ? transform : null);
    }

    /** True if {@code transform} only moves what it draws, so that coordinates can be moved as they are written. */
    private static boolean moves(AffineTransform transform) {
        return (transform.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0;
    }

    /**
     * Sets {@code runs} one after the other from ({@code x}, {@code y}) through {@code transform}, at {@code size},
     * each in its face of {@code fonts}; in {@code colour} at {@code opacity}, inside {@code clip}.
     */
    void text(List<PdfFonts.Run> runs, PdfFonts fonts, float size, AffineTransform transform, float x, float y,
            Shape clip, Color colour, double opacity) throws IOException {
        releaseDot(0);
        endPath();
        clip(clip);
        fill.set(colour, opacity);
        AffineTransform matrix = new AffineTransform(transform);
        matrix.translate(x, y);
        matrix.scale(1, -1);
        out.append("BT\n");
        matrix(matrix);
        out.append(" Tm\n");
        for (PdfFonts.Run run : runs) {
            PdfFonts.Kind kind = fonts.kindOf(run.font().getCOSObject());
            String name = faces.computeIfAbsent(kind, k -> "F" + faces.size());
            out.append('/').append(name).append(' ');
            number(size);
            out.append(" Tf<");
            for (byte b : run.font().encode(run.text())) {
                out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            out.append(">Tj\n");
            text.add(new Shown(kind, run.text()));
        }
        out.append("ET\n");
    }

    /**
     * Places an image of {@code columns} × {@code rows} opaque RGB pixels ({@code samples}, three bytes each,
     * compressed) over the unit square mapped by {@code placement}, the image's first row at its top.
     */
    void image(byte[] samples, int columns, int rows, AffineTransform placement, Shape clip) {
        releaseDot(0);
        endPath();
        clip(clip);
        out.append("q\n");
        matrix(placement);
        out.append(" cm\nBI /W ").append(columns).append(" /H ").append(rows)
                .append(" /CS /RGB /BPC 8 /F /Fl ID\n");
        for (byte b : samples) {
            out.append((char) (b & 0xFF));
        }
        out.append("\nEI\nQ\n");
    }

    /**
     * The colour and opacity that fill (or outline) in effect, set by {@code colourOperator} and by a graphics state
     * setting {@code opacityOperator}; each written only when it changes.
     */
    private final class Painting {
        private final String colourOperator;
        private final String opacityOperator;
        private int rgb;
        /** The opacity in effect, in thousandths. */
        private int opacity;

        Painting(String colourOperator, String opacityOperator) {
            this.colourOperator = colourOperator;
            this.opacityOperator = opacityOperator;
        }

        /** PDF's initial state: black, opaque. */
        void reset() {
            rgb = 0;
            opacity = 1000;
        }

        /** True if {@code colour}, its alpha times {@code alpha}, is the paint in effect. */
        boolean is(Color colour, double alpha) {
            return (colour.getRGB() & 0xFFFFFF) == rgb && thousandths(colour, alpha) == opacity;
        }

        /** Paints in {@code colour}, its alpha times {@code alpha}, from now on. */
        void set(Color colour, double alpha) {
            int wanted = colour.getRGB() & 0xFFFFFF;
            if (wanted != rgb) {
                out.append(COMPONENTS[wanted >> 16]).append(' ').append(COMPONENTS[(wanted >> 8) & 0xFF]).append(' ')
                        .append(COMPONENTS[wanted & 0xFF]).append(' ').append(colourOperator).append('\n');
                rgb = wanted;
            }
            int thousandths = thousandths(colour, alpha);
            if (thousandths != opacity) {
                opacity = thousandths;
                // The graphics state is named by its operator and operand, as Drawing#opacities lists them.
                StringBuilder state = new StringBuilder(8).append(opacityOperator).append(' ');
                decimal(state, thousandths / 1000.0, 1000);
                out.append('/').append(opacities.computeIfAbsent(state.toString(), o -> "A" + opacities.size()))
                        .append(" gs\n");
            }
        }
    }

    private void lineStyle(float lineWidth, int cap, int join, float miterLimit, String dash) {
        if (lineWidth != this.lineWidth) {
            number(lineWidth);
            out.append(" w\n");
            this.lineWidth = lineWidth;
        }
        if (cap != this.cap) {
            // Java2D numbers caps and joins as PDF does: butt, round, square; miter, round, bevel.
            out.append(cap).append(" J\n");
            this.cap = cap;
        }
        if (join != this.join) {
            out.append(join).append(" j\n");
            this.join = join;
        }
        if (join == BasicStroke.JOIN_MITER && miterLimit != this.miterLimit) {
            number(miterLimit);
            out.append(" M\n");
            this.miterLimit = miterLimit;
        }
        if (!dash.equals(this.dash)) {
            out.append(dash).append(" d\n");
            this.dash = dash;
        }
    }

    private static String dash(BasicStroke line) {
        float[] lengths = line.getDashArray();
        if (lengths == null || lengths.length == 0) {
            return UNDASHED;
        }
        StringBuilder pattern = new StringBuilder(24).append('[');
        for (int i = 0; i < lengths.length; i++) {
            if (i > 0) {
                pattern.append(' ');
            }
            decimal(pattern, lengths[i], 100);
        }
        pattern.append("] ");
        decimal(pattern, line.getDashPhase(), 100);
        return pattern.toString();
    }

    /**
     * Writes {@code shape} ({@code segments}, or a rectangle or line when null) and paints it with {@code operator}, or
     * {@code evenOdd} if its winding rule is even-odd:
     * moved by the transform where it only moves, else drawn in its own space under the transform, so that a line's
     * width turns and stretches with it.
     */
    private void paint(Shape shape, PathIterator segments, AffineTransform transform, String operator, String evenOdd) {
        boolean moves = moves(transform);
        if (!moves) {
            out.append("q\n");
            matrix(transform);
            out.append(" cm\n");
        }
        if (segments != null && segments.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            operator = evenOdd;
        }
        shapePath(shape, segments, moves ? transform.getTranslateX() : 0, moves ? transform.getTranslateY() : 0);
        out.append(operator).append('\n');
        if (!moves) {
            out.append("Q\n");
        }
    }

    /**
     * Writes the path of {@code shape}: {@code segments}, or, when null, the rectangle or line it is, moved by
     * ({@code dx}, {@code dy}).
     */
    private void shapePath(Shape shape, PathIterator segments, double dx, double dy) {
        if (shape instanceof Rectangle2D r) {
            number(r.getX() + dx);
            out.append(' ');
            number(r.getY() + dy);
            out.append(' ');
            number(r.getWidth());
            out.append(' ');
            number(r.getHeight());
            out.append(" re\n");
        } else if (shape instanceof Line2D l) {
            point(l.getX1() + dx, l.getY1() + dy, " m\n");
            point(l.getX2() + dx, l.getY2() + dy, " l\n");
        } else {
            path(segments);
        }
    }

    private void path(PathIterator segments) {
        double[] at = new double[6];
        double x = 0;
        double y = 0;
        for (; !segments.isDone(); segments.next()) {
            switch (segments.currentSegment(at)) {
                case PathIterator.SEG_MOVETO -> {
                    point(at[0], at[1], " m\n");
                    x = at[0];
                    y = at[1];
                }
                case PathIterator.SEG_LINETO -> {
                    point(at[0], at[1], " l\n");
                    x = at[0];
                    y = at[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic curve as the cubic one it is: its control point two thirds of the way.
                    point(x + 2 * (at[0] - x) / 3, y + 2 * (at[1] - y) / 3, " ");
                    point(at[2] + 2 * (at[0] - at[2]) / 3, at[3] + 2 * (at[1] - at[3]) / 3, " ");
                    point(at[2], at[3], " c\n");
                    x = at[2];
                    y = at[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    point(at[0], at[1], " ");
                    point(at[2], at[3], " ");
                    point(at[4], at[5], " c\n");
                    x = at[4];
                    y = at[5];
                }
                default -> out.append("h\n");
            }
        }
    }

    /** Makes {@code wanted} the clip in effect: the clip open is closed (PDF can only narrow one) and the new opened. */
    private void clip(Shape wanted) {
        if (Objects.equals(wanted, clip)) {
            return;
        }
        endPath();
        closeClip();
        if (wanted != null) {
            out.append("q\n");
            AffineTransform none = new AffineTransform();
            paint(wanted, segments(wanted, none), none, "W n", "W* n");
            clip = wanted;
        }
    }

    private void closeClip() {
        if (clip != null) {
            out.append("Q\n");
            clip = null;
            initialState();
        }
    }

    /** The graphics state PDF starts a content stream with, which closing a clip brings back. */
    private void initialState() {
        fill.reset();
        stroke.reset();
        lineWidth = 1;
        cap = BasicStroke.CAP_BUTT;
        join = BasicStroke.JOIN_MITER;
        miterLimit = 10;
        dash = UNDASHED;
    }

    /** Writes {@code tx}'s six numbers: its turn and slant to a ten-thousandth, or a long label would drift. */
    private void matrix(AffineTransform tx) {
        decimal(out, tx.getScaleX(), 10_000);
        out.append(' ');
        decimal(out, tx.getShearY(), 10_000);
        out.append(' ');
        decimal(out, tx.getShearX(), 10_000);
        out.append(' ');
        decimal(out, tx.getScaleY(), 10_000);
        out.append(' ');
        number(tx.getTranslateX());
        out.append(' ');
        number(tx.getTranslateY());
    }

    private void point(double x, double y, String then) {
        number(x);
        out.append(' ');
        number(y);
        out.append(then);
    }

    private void number(double value) {
        decimal(out, value, 100);
    }

    /** Appends {@code value} rounded to a {@code 1 / steps} (a power of ten), without trailing zeros or exponent. */
    static void decimal(StringBuilder out, double value, int steps) {
        long scaled = Math.round(value * steps);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / steps);
        long fraction = scaled % steps;
        if (fraction != 0) {
            out.append('.');
            for (int digit = steps / 10; fraction != 0; digit /= 10) {
                out.append((char) ('0' + fraction / digit));
                fraction %= digit;
            }
        }
    }
}
