package io.touchmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Shape;
import java.awt.geom.Path2D;
import org.junit.jupiter.api.Test;

class PathDataTest {

    private static String of(Shape shape) {
        return PathData.of(shape).text();
    }

    @Test
    void afterTheFirstPointSegmentsAreRelativeWithLevelAndPlumbLinesShortened() {
        Path2D.Double outline = new Path2D.Double();
        outline.moveTo(58, 8);
        outline.lineTo(58, 218);
        outline.lineTo(624, 218);
        outline.lineTo(624, 8);
        outline.closePath();
        assertEquals("M58,8v210h566v-210Z", of(outline));
    }

    @Test
    void curvesAreRelativeToThePointBeforeThemAndNegativeNumbersNeedNoComma() {
        Path2D.Double curve = new Path2D.Double();
        curve.moveTo(494.58, 56.94);
        curve.curveTo(494.58, 58.87, 493.01, 60.44, 491.08, 60.44);
        curve.closePath();
        assertEquals("M494.58,56.94c0,1.93-1.57,3.5-3.5,3.5Z", of(curve));
    }

    @Test
    void aMoveAfterACloseIsRelativeToWhereTheClosedSubpathStarted() {
        Path2D.Double twoParts = new Path2D.Double();
        twoParts.moveTo(1, 1);
        twoParts.lineTo(3, 1);
        twoParts.closePath();
        twoParts.moveTo(5, 1);
        twoParts.quadTo(6, 2, 7, 1);
        assertEquals("M1,1h2Zm4,0q1,1,2,0", of(twoParts));
    }

    @Test
    void differencesAreTakenBetweenWholeHundredthsSoPointsDoNotDrift() {
        Path2D.Double steps = new Path2D.Double();
        steps.moveTo(0.004, 0);
        for (int i = 1; i <= 3; i++) {
            steps.lineTo(i * 1.006, i);
        }
        // 1.006 -> 1.01, 2.012 -> 2.01, 3.018 -> 3.02: each step is the difference of the rounded points.
        assertEquals("M0,0l1.01,1l1,1l1.01,1", of(steps));
    }

    @Test
    void aLineOfNoLengthIsStillWrittenSoItsCapsAreDrawn() {
        assertEquals("M105.17,218h0", PathData.line(105.17, 218, 105.17, 218).text());
        assertEquals("M-0.5,2.1l1.55-4.1", PathData.line(-0.5, 2.1, 1.05, -2).text());
    }

    @Test
    void aRectangleIsDrawnClockwiseFromItsTopLeftCorner() {
        assertEquals("M58,8h566v241h-566Z", PathData.rectangle(58, 8, 566, 241).text());
    }
}
