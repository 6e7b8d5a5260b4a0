package io.touchmap.render.chart;

import java.awt.Shape;
import java.awt.geom.PathIterator;

/**
 * The {@code d} attribute of an SVG path: the first point absolute, every later segment relative to the point before
 * it, level and plumb lines as {@code h} and {@code v}, all in {@link Hundredths}. A marker's curve spans a few units
 * while its absolute coordinates take six digits each, so relative data is much shorter; the differences are taken
 * between whole hundredths, so the points land exactly where their absolute coordinates would.
 *
 * <p>A shape's points are read as {@code float}s, as Java2D hands most paths over; lines and rectangles given by
 * their coordinates keep their {@code double}s.
 */
final class PathData {

    private final StringBuilder out = new StringBuilder(32);
    private final long[] values = new long[6];
    private long x;
    private long y;
    private long startX;
    private long startY;
    private boolean started;
    /** Segments drawn since the last move; a second one, or a close, makes a corner. */
    private int segments;
    private boolean corners;
    private long firstX;
    private long firstY;
    /** How many characters the first move takes. */
    private int firstMove;
    /** The circle this path draws, or null if it is not one. */
    private Circle circle;

    private PathData() {
    }

    /** The path data of {@code shape}. */
    static PathData of(Shape shape) {
        return of(shape.getPathIterator(null));
    }

    /** The path data of the segments of {@code path}. */
    static PathData of(PathIterator path) {
        PathData data = new PathData();
        float[] coordinates = new float[6];
        Circle.Quarters quarters = new Circle.Quarters();
        while (!path.isDone()) {
            int type = path.currentSegment(coordinates);
            switch (type) {
                case PathIterator.SEG_MOVETO -> data.segment('M', coordinates, 2);
                case PathIterator.SEG_LINETO -> data.segment('L', coordinates, 2);
                case PathIterator.SEG_QUADTO -> data.segment('Q', coordinates, 4);
                case PathIterator.SEG_CUBICTO -> data.segment('C', coordinates, 6);
                case PathIterator.SEG_CLOSE -> data.close();
                default -> throw new IllegalStateException("unknown path segment " + type);
            }
            quarters.add(type, data.values);
            path.next();
        }
        data.circle = quarters.circle();
        return data;
    }

    /** The path data of the line from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}). */
    static PathData line(double x1, double y1, double x2, double y2) {
        PathData data = new PathData();
        data.point('M', Hundredths.of(x1), Hundredths.of(y1));
        data.point('L', Hundredths.of(x2), Hundredths.of(y2));
        return data;
    }

    /**
     * The path data of the rectangle at ({@code x}, {@code y}) of {@code width} × {@code height}, drawn clockwise
     * from its top left corner as Java2D draws a rectangle.
     */
    static PathData rectangle(double x, double y, double width, double height) {
        PathData data = new PathData();
        long left = Hundredths.of(x);
        long top = Hundredths.of(y);
        long right = left + Hundredths.of(width);
        long bottom = top + Hundredths.of(height);
        data.point('M', left, top);
        data.point('L', right, top);
        data.point('L', right, bottom);
        data.point('L', left, bottom);
        data.close();
        return data;
    }

    /** True if the path has no segment, and so draws nothing. */
    boolean isEmpty() {
        return out.isEmpty();
    }

    /** The path data, starting with an absolute move. */
    String text() {
        return out.toString();
    }

    /** The path data after its first move: what draws on from its first point. */
    CharSequence afterFirstMove() {
        return out.subSequence(firstMove, out.length());
    }

    /** True if the path joins two segments anywhere, at a corner or where it closes: where a stroke's joins show. */
    boolean hasCorners() {
        return corners;
    }

    /** True if this path is one zero-length line, {@code Mx,yh0}: a point that only caps can paint. */
    boolean isPoint() {
        return circle == null && out.length() == firstMove + 2 && out.charAt(firstMove) == 'h' && out.charAt(firstMove + 1) == '0';
    }

    /** True if this path's first segment is a horizontal or vertical line. */
    boolean startsStraight() {
        return out.length() > firstMove && (out.charAt(firstMove) == 'h' || out.charAt(firstMove) == 'v');
    }

    /** True if this path starts where {@code before} ends, so that it can carry on from there without a move. */
    boolean startsWhere(PathData before) {
        return before.x == firstX && before.y == firstY;
    }

    /**
     * A zero-length line at the centre of the circle this path draws, which a round cap as wide as the circle draws
     * as that circle; null if this path is not a circle.
     */
    PathData centre() {
        if (circle == null) {
            return null;
        }
        PathData centre = new PathData();
        centre.point('M', circle.x(), circle.y());
        centre.point('L', circle.x(), circle.y());
        return centre;
    }

    /** The radius, in hundredths, of the circle this path draws, or -1 if it is not a circle. */
    long radius() {
        return circle == null ? -1 : circle.radius();
    }

    /** True if {@code other} has the same path data. */
    boolean sameAs(PathData other) {
        return other != null && out.compareTo(other.out) == 0;
    }

    private void segment(char command, float[] coordinates, int arity) {
        for (int i = 0; i < arity; i++) {
            values[i] = Hundredths.of(coordinates[i]);
        }
        write(command, arity);
    }

    private void point(char command, long px, long py) {
        values[0] = px;
        values[1] = py;
        write(command, 2);
    }

    private void write(char command, int arity) {
        long endX = values[arity - 2];
        long endY = values[arity - 1];
        if (!started) {
            out.append('M');
            appendPair(out, endX, endY);
            started = true;
            firstX = endX;
            firstY = endY;
            firstMove = out.length();
        } else if (command == 'L' && endY == y) {
            out.append('h');
            Hundredths.append(out, endX - x);
        } else if (command == 'L' && endX == x) {
            out.append('v');
            Hundredths.append(out, endY - y);
        } else {
            out.append(Character.toLowerCase(command));
            for (int i = 0; i < arity; i += 2) {
                if (i > 0 && values[i] - x >= 0) {
                    out.append(',');
                }
                appendPair(out, values[i] - x, values[i + 1] - y);
            }
        }
        x = endX;
        y = endY;
        if (command == 'M') {
            startX = x;
            startY = y;
            segments = 0;
        } else if (++segments > 1) {
            corners = true;
        }
    }

    /** Two numbers, with a comma between them unless the second's minus sign parts them. */
    private static void appendPair(StringBuilder out, long first, long second) {
        Hundredths.append(out, first);
        if (second >= 0) {
            out.append(',');
        }
        Hundredths.append(out, second);
    }

    private void close() {
        corners = true;
        out.append('Z');
        x = startX;
        y = startY;
    }
}
