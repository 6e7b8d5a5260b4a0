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

    /** The magic number of Java2D's circles: a quarter circle of radius r has its control points r × this away. */
    private static final double KAPPA = 0.5522847498307933;

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
    /** The circle this path draws, as centre x, centre y and radius in hundredths, or null if it is not one. */
    private long[] circle;

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
        // A circle as Java2D draws one: a move, four quarters and a close. Its points, in hundredths: the move's,
        // then each quarter's two control points and end.
        long[] quarters = new long[26];
        int segments = 0;
        boolean quartered = true;
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
            if (quartered) {
                quartered = segments == 0 ? type == PathIterator.SEG_MOVETO
                        : segments < 5 ? type == PathIterator.SEG_CUBICTO : segments == 5 && type == PathIterator.SEG_CLOSE;
                if (quartered && segments < 5) {
                    System.arraycopy(data.values, 0, quarters, segments == 0 ? 0 : 2 + 6 * (segments - 1), segments == 0 ? 2 : 6);
                }
            }
            segments++;
            path.next();
        }
        if (quartered && segments == 6) {
            data.circle = circle(quarters);
        }
        return data;
    }

    /**
     * The centre and radius of the circle drawn by the four cubic quarters whose points {@code points} holds (the
     * start, then each quarter's control points and end), or null if they draw some other shape: each quarter must
     * run between two ends of the circle's axes with its control points on the tangents, as Java2D draws circles.
     */
    private static long[] circle(long[] points) {
        long left = Long.MAX_VALUE;
        long right = Long.MIN_VALUE;
        long top = Long.MAX_VALUE;
        long bottom = Long.MIN_VALUE;
        for (int end = 0; end < 26; end += 6) {
            left = Math.min(left, points[end]);
            right = Math.max(right, points[end]);
            top = Math.min(top, points[end + 1]);
            bottom = Math.max(bottom, points[end + 1]);
        }
        long width = right - left;
        if (width <= 0 || Math.abs(width - (bottom - top)) > 1) {
            return null;
        }
        double radius = width / 2.0;
        double centreX = (left + right) / 2.0;
        double centreY = (top + bottom) / 2.0;
        double handle = radius * KAPPA;
        double tolerance = 1.5 + radius / 100;
        for (int quarter = 0; quarter < 4; quarter++) {
            int start = 6 * quarter;
            int end = start + 6;
            for (int point : new int[] {start, end}) {
                double dx = Math.abs(points[point] - centreX);
                double dy = Math.abs(points[point + 1] - centreY);
                if (!(near(dx, radius, tolerance) && near(dy, 0, tolerance) || near(dx, 0, tolerance) && near(dy, radius, tolerance))) {
                    return null;
                }
            }
            // each control point lies on the tangent at its end, a handle's length away
            if (!near(Math.hypot(points[end - 4] - points[start], points[end - 3] - points[start + 1]), handle, tolerance)
                    || !near(Math.hypot(points[end - 2] - points[end], points[end - 1] - points[end + 1]), handle, tolerance)) {
                return null;
            }
        }
        return new long[] {Math.round(centreX), Math.round(centreY), Math.round(radius)};
    }

    private static boolean near(double value, double expected, double tolerance) {
        return Math.abs(value - expected) <= tolerance;
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
        centre.point('M', circle[0], circle[1]);
        centre.point('L', circle[0], circle[1]);
        return centre;
    }

    /** The radius, in hundredths, of the circle this path draws, or -1 if it is not a circle. */
    long radius() {
        return circle == null ? -1 : circle[2];
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
