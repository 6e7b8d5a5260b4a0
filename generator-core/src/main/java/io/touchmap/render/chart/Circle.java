package io.touchmap.render.chart;

import java.awt.geom.PathIterator;

/**
 * A circle as Java2D draws one (a move, four cubic quarters and a close), found in a path so that a chart's marker can
 * be written as a round dot: centre and radius in whole hundredths of a unit, as both the SVG and the PDF charts write
 * their numbers.
 *
 * @param x the centre's x, in hundredths
 * @param y the centre's y, in hundredths
 * @param radius the radius, in hundredths
 */
public record Circle(long x, long y, long radius) {

    /** The magic number of Java2D's circles: a quarter circle of radius r has its control points r × this away. */
    private static final double KAPPA = 0.5522847498307933;

    // Written out, as a record would generate them: a record's own are linked through java.lang.invoke at their
    // first call, milliseconds each in the short JVM of a build.
    @Override
    public boolean equals(Object other) {
        return other instanceof Circle circle && x == circle.x && y == circle.y && radius == circle.radius;
    }

    @Override
    public int hashCode() {
        return (31 * Long.hashCode(x) + Long.hashCode(y)) * 31 + Long.hashCode(radius);
    }

    /** The circle the segments of {@code path} draw, or null if they draw some other shape. */
    public static Circle of(PathIterator path) {
        Quarters quarters = new Quarters();
        float[] coordinates = new float[6];
        long[] values = new long[6];
        for (; !path.isDone(); path.next()) {
            int type = path.currentSegment(coordinates);
            for (int i = 0; i < 6; i++) {
                values[i] = Hundredths.of(coordinates[i]);
            }
            if (!quarters.add(type, values)) {
                return null;
            }
        }
        return quarters.circle();
    }

    /** A path's segments gathered as they are read, to tell whether they draw a circle. */
    static final class Quarters {
        /** The move's point, then each quarter's two control points and end, in hundredths. */
        private final long[] points = new long[26];
        private int segments;
        private boolean quartered = true;

        /**
         * Adds a segment of {@code type} whose points, in hundredths, start {@code values}; false once the path is
         * known not to be a circle.
         */
        boolean add(int type, long[] values) {
            if (quartered) {
                quartered = segments == 0 ? type == PathIterator.SEG_MOVETO
                        : segments < 5 ? type == PathIterator.SEG_CUBICTO : segments == 5 && type == PathIterator.SEG_CLOSE;
                if (quartered && segments < 5) {
                    System.arraycopy(values, 0, points, segments == 0 ? 0 : 2 + 6 * (segments - 1), segments == 0 ? 2 : 6);
                }
            }
            segments++;
            return quartered;
        }

        /** The circle the segments added draw, or null. */
        Circle circle() {
            return quartered && segments == 6 ? of(points) : null;
        }
    }

    /**
     * The circle drawn by the four cubic quarters whose points, in hundredths, {@code points} holds (the start, then
     * each quarter's control points and end), or null if they draw some other shape: each quarter must run between two
     * ends of the circle's axes with its control points on the tangents, as Java2D draws circles.
     */
    private static Circle of(long[] points) {
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
        return new Circle(Math.round(centreX), Math.round(centreY), Math.round(radius));
    }

    private static boolean near(double value, double expected, double tolerance) {
        return Math.abs(value - expected) <= tolerance;
    }
}
