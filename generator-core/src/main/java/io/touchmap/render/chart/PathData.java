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
            path.next();
        }
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
        out.append('Z');
        x = startX;
        y = startY;
    }
}
