package io.touchmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SvgGraphicsTest {

    private static final String OPEN = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 50'>";
    private static final String OPEN_XLINK = "<svg xmlns='http://www.w3.org/2000/svg'"
            + " xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 100 50'>";
    private static final Color BLUE = new Color(0x0a, 0x55, 0x9c);

    private final SvgDocument document = new SvgDocument(100, 50);
    private final SvgGraphics g = new SvgGraphics(document);

    @Test
    void aFilledRectangleIsARectWhoseStyleIsAClassOfTheChartsStyleSheet() {
        g.setPaint(BLUE);
        g.fill(new Rectangle2D.Double(1, 2.5, 3, 4.125));
        g.fill(new Rectangle(0, 0, 100, 50));
        assertEquals(OPEN + "<style>.s0{fill:#0a559c}</style>"
                + "<rect x='1' y='2.5' width='3' height='4.13' class='s0'/><rect width='100' height='50' class='s0'/></svg>",
                document.svg());
    }

    @Test
    void anOutlinedRectangleIsARectWithoutFill() {
        g.setPaint(Color.BLACK);
        g.draw(new Rectangle(58, 8, 566, 241));
        assertEquals(OPEN + "<style>.s0{fill:none;stroke:#000;stroke-linecap:square;stroke-miterlimit:10}</style>"
                + "<rect x='58' y='8' width='566' height='241' class='s0'/></svg>", document.svg());
    }

    @Test
    void aLineIsAPathWithTheWidthCapsAndJoinsOfItsStroke() {
        g.setPaint(BLUE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(105.17, 170.96, 148.05, 64.54));
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL));
        g.draw(new Line2D.Double(1, 1, 1, 9));
        assertEquals(OPEN + "<style>.s0{fill:none;stroke:#0a559c;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}"
                + ".s1{fill:none;stroke:#0a559c;stroke-width:0.5;stroke-linejoin:bevel}</style>"
                + "<path d='M105.17,170.96l42.88-106.42' class='s0'/><path d='M1,1v8' class='s1'/></svg>", document.svg());
    }

    @Test
    void theMiterLimitIsWrittenForPathsWithCornersOnly() {
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f));
        g.draw(new Line2D.Double(0, 10, 100, 10));
        g.drawPolyline(new int[] {0, 50, 100}, new int[] {40, 20, 40}, 3);
        g.draw(new Rectangle(10, 10, 5, 5));
        assertEquals(OPEN + "<style>.s0{fill:none;stroke:#000;stroke-linecap:square}"
                + ".s1{fill:none;stroke:#000;stroke-linecap:square;stroke-miterlimit:10}</style>"
                + "<path d='M0,10h100' class='s0'/><path d='M0,40l50-20l50,20' class='s1'/>"
                + "<rect x='10' y='10' width='5' height='5' class='s1'/></svg>", document.svg());
    }

    @Test
    void aDashedStrokeGivesADashArrayAndItsPhaseAnOffset() {
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.draw(new Line2D.Double(0, 10, 100, 10));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, new float[] {2f, 2.5f}, 1f));
        g.draw(new Line2D.Double(0, 20, 100, 20));
        assertEquals(OPEN + "<style>.s0{fill:none;stroke:#000;stroke-width:1.5;stroke-dasharray:6,4}"
                + ".s1{fill:none;stroke:#000;stroke-dasharray:2,2.5;stroke-dashoffset:1}</style>"
                + "<path d='M0,10h100' class='s0'/><path d='M0,20h100' class='s1'/></svg>", document.svg());
    }

    @Test
    void strokesNormalisedByTheStrokeControlHintHaveCrispEdges() {
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f));
        g.draw(new Line2D.Double(0, 10, 100, 10));
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.draw(new Line2D.Double(0, 20, 100, 20));
        assertEquals(OPEN + "<style>.s0{fill:none;stroke:#000;stroke-width:0.5;shape-rendering:crispEdges}"
                + ".s1{fill:none;stroke:#000;stroke-width:0.5}</style>"
                + "<path d='M0,10h100' class='s0'/><path d='M0,20h100' class='s1'/></svg>", document.svg());
    }

    @Test
    void crispLinesDrawnOneAfterTheOtherAlikeAreOnePathDashedOrNotButAntiAliasedOnesAreNot() {
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f));
        g.draw(new Line2D.Double(0, 10, 100, 10));
        g.draw(new Line2D.Double(20.5, 10, 20.5, 12));
        g.draw(new Line2D.Double(40.5, 10, 40.5, 12));
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, new float[] {2f, 2f}, 0f));
        g.draw(new Line2D.Double(0, 20, 100, 20));
        g.draw(new Line2D.Double(0, 30, 100, 30));
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f));
        g.draw(new Line2D.Double(0, 40, 100, 40));
        g.draw(new Line2D.Double(0, 45, 100, 45));
        assertEquals(OPEN + "<style>.s0{fill:none;stroke:#000;stroke-width:0.5;shape-rendering:crispEdges}"
                + ".s1{fill:none;stroke:#000;stroke-width:0.5;stroke-dasharray:2,2;shape-rendering:crispEdges}"
                + ".s2{fill:none;stroke:#000;stroke-width:0.5}</style>"
                + "<path d='M0,10h100M20.5,10v2M40.5,10v2' class='s0'/>"
                + "<path d='M0,20h100M0,30h100' class='s1'/>"
                + "<path d='M0,40h100' class='s2'/><path d='M0,45h100' class='s2'/></svg>", document.svg());
    }

    @Test
    void aZeroLengthLineIsLeftOutWhereTheNextLineStartsOnItAndCoversItsCaps() {
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 4f));
        // JFreeChart's tick marks: an inner one of length 0, then the outer one from the same point
        g.draw(new Line2D.Double(70, 49, 70, 49));
        g.draw(new Line2D.Double(70, 49, 70, 51));
        g.draw(new Line2D.Double(90, 49, 90, 49));
        g.draw(new Line2D.Double(90, 49, 92, 51));
        g.draw(new Line2D.Double(95, 49, 95, 49));
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f));
        g.draw(new Line2D.Double(10, 40, 10, 40));
        g.draw(new Line2D.Double(10, 40, 12, 42));
        assertEquals(OPEN + "<style>.s0{fill:none;stroke:#000;stroke-width:0.5;stroke-linecap:square;shape-rendering:crispEdges}"
                + ".s1{fill:none;stroke:#000;stroke-width:0.5;shape-rendering:crispEdges}</style>"
                + "<path d='M70,49v2M90,49h0M90,49l2,2M95,49h0' class='s0'/>"
                + "<path d='M10,40l2,2' class='s1'/></svg>", document.svg());
    }

    @Test
    void roundCappedLinesDrawnOneAfterTheOtherAlikeAreOnePathThatCarriesOnWhereTheLastEnded() {
        g.setPaint(BLUE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(10, 40, 30, 20));
        g.draw(new Line2D.Double(30, 20, 50, 35));
        g.draw(new Line2D.Double(60, 35, 70, 10));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(10, 45, 30, 45));
        g.draw(new Line2D.Double(30, 45, 50, 45));
        assertEquals(OPEN + "<style>.s0{fill:none;stroke:#0a559c;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}"
                + ".s1{fill:none;stroke:#0a559c;stroke-width:2;stroke-linejoin:round}</style>"
                + "<path d='M10,40l20-20l20,15M60,35l10-25' class='s0'/>"
                + "<path d='M10,45h20' class='s1'/><path d='M30,45h20' class='s1'/></svg>", document.svg());
    }

    @Test
    void circlesFilledInOneColourAreRoundDotsAsWideAsTheyAndTheirOutlineThatShareAPath() {
        Shape marker = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
        g.setPaint(BLUE);
        for (double x : new double[] {20, 40.5}) {
            // as JFreeChart places a series' shape: a path, no longer an ellipse
            Shape placed = AffineTransform.getTranslateInstance(x, 25).createTransformedShape(marker);
            g.fill(placed);
            g.draw(placed);
        }
        g.fill(new Ellipse2D.Double(60, 20, 12, 12));
        assertEquals(OPEN + "<style>.s0{fill:none;stroke:#0a559c;stroke-width:8;stroke-linecap:round}"
                + ".s1{fill:none;stroke:#0a559c;stroke-width:12;stroke-linecap:round}</style>"
                + "<path d='M20,25h0M40.5,25h0' class='s0'/><path d='M66,26h0' class='s1'/></svg>", document.svg());
    }

    @Test
    void outlinedOnlyOrTranslucentCirclesAndOtherEllipsesStayPaths() {
        g.setPaint(BLUE);
        g.draw(new Ellipse2D.Double(10, 10, 7, 7));
        g.fill(new Ellipse2D.Double(30, 10, 10, 5));
        g.setPaint(new Color(0x0a, 0x55, 0x9c, 128));
        g.fill(new Ellipse2D.Double(50, 10, 7, 7));
        String svg = document.svg();
        assertEquals(3, svg.split("<path d='M[0-9.]+,[0-9.]+c", -1).length - 1, svg);
        assertTrue(!svg.contains("h0"), svg);
    }

    @Test
    void aShapeFilledThenOutlinedIsOneElementThatDoesBoth() {
        Ellipse2D marker = new Ellipse2D.Double(10, 10, 7, 7);
        g.setPaint(BLUE);
        g.fill(marker);
        g.setPaint(Color.BLACK);
        g.draw(marker);
        assertEquals(OPEN + "<style>.s0{fill:#0a559c;stroke:#000;stroke-linecap:square;stroke-miterlimit:10}</style>"
                + "<path d='M17,13.5c0,1.93-1.57,3.5-3.5,3.5c-1.93,0-3.5-1.57-3.5-3.5c0-1.93,1.57-3.5,3.5-3.5"
                + "c1.93,0,3.5,1.57,3.5,3.5Z' class='s0'/></svg>", document.svg());
    }

    @Test
    void aShapeFilledThenAnotherOutlinedStayTwoElements() {
        g.fill(new Rectangle(0, 0, 5, 5));
        g.draw(new Rectangle(0, 0, 5, 6));
        assertEquals(OPEN + "<style>.s0{fill:#000}.s1{fill:none;stroke:#000;stroke-linecap:square;stroke-miterlimit:10}"
                + "</style><rect width='5' height='5' class='s0'/><rect width='5' height='6' class='s1'/></svg>", document.svg());
    }

    @Test
    void anEvenOddPathKeepsItsFillRule() {
        Path2D.Double ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring.append(new Rectangle(0, 0, 10, 10), false);
        ring.append(new Rectangle(2, 2, 6, 6), false);
        g.fill(ring);
        assertEquals(OPEN + "<style>.s0{fill:#000}</style>"
                + "<path fill-rule='evenodd' d='M0,0h10v10h-10v-10Zm2,2h6v6h-6v-6Z' class='s0'/></svg>", document.svg());
    }

    @Test
    void aClipCoveringTheCanvasIsLeftOutAndASmallerOneIsSharedByTheElementsItClips() {
        g.clip(new Rectangle(0, 0, 100, 50));
        g.fill(new Rectangle(0, 0, 100, 50));
        Graphics2D plot = (Graphics2D) g.create();
        plot.clip(new Rectangle2D.Double(10, 5, 80, 40));
        plot.drawString("a", 10f, 20f);
        plot.drawString("b", 10f, 30f);
        plot.dispose();
        g.fill(new Rectangle(0, 0, 5, 5));
        assertEquals(OPEN + "<style>.s0{fill:#000}.s1{fill:#000;font-family:sans-serif;font-size:12px}</style>"
                + "<defs><clipPath id='c0'><path d='M10,5h80v40h-80Z'/></clipPath></defs>"
                + "<rect width='100' height='50' class='s0'/><g clip-path='url(#c0)'><text x='10' y='20' class='s1'>a</text>"
                + "<text x='10' y='30' class='s1'>b</text></g><rect width='5' height='5' class='s0'/></svg>", document.svg());
    }

    @Test
    void aClipPutBackAfterAnotherIsDefinedOnceAndReferredToAgain() {
        g.clip(new Rectangle(10, 5, 80, 40));
        g.fill(new Rectangle(0, 0, 1, 1));
        Shape saved = g.getClip();
        g.clip(new Rectangle(20, 10, 10, 10));
        g.fill(new Rectangle(0, 0, 2, 2));
        g.setClip(saved);
        g.fill(new Rectangle(0, 0, 3, 3));
        assertEquals(OPEN + "<style>.s0{fill:#000}</style><defs><clipPath id='c0'><path d='M10,5h80v40h-80Z'/></clipPath>"
                + "<clipPath id='c1'><path d='M20,10h10v10h-10Z'/></clipPath></defs>"
                + "<g clip-path='url(#c0)'><rect width='1' height='1' class='s0'/></g>"
                + "<g clip-path='url(#c1)'><rect width='2' height='2' class='s0'/></g>"
                + "<g clip-path='url(#c0)'><rect width='3' height='3' class='s0'/></g></svg>", document.svg());
    }

    @Test
    void aClipIsKeptInTheCanvasCoordinatesWhateverTheTransformDrawnWith() {
        g.translate(10, 5);
        g.clip(new Rectangle(0, 0, 80, 40));
        assertEquals(new Rectangle2D.Double(0, 0, 80, 40), g.getClip());
        g.translate(-10, -5);
        assertEquals(new Rectangle2D.Double(10, 5, 80, 40), g.getClip());
        g.rotate(Math.PI / 2);
        g.fill(new Rectangle(0, -50, 50, 50));
        assertEquals(OPEN + "<style>.s0{fill:#000}</style><defs><clipPath id='c0'><path d='M10,5h80v40h-80Z'/></clipPath>"
                + "</defs><g clip-path='url(#c0)'><rect transform='matrix(0,1,-1,0,0,0)' y='-50' width='50' height='50'"
                + " class='s0'/></g></svg>", document.svg());
    }

    @Test
    void nothingIsWrittenWhereTheClipLeavesNothingToDraw() {
        g.clip(new Rectangle(0, 0, 10, 10));
        g.clip(new Rectangle(20, 20, 10, 10));
        g.fill(new Rectangle(0, 0, 100, 50));
        g.drawString("hidden", 1f, 1f);
        g.setClip(null);
        assertNull(g.getClip());
        assertEquals(OPEN + "</svg>", document.svg());
    }

    @Test
    void textIsATextElementInTheFontsGenericFamilySizeAndWeight() {
        g.setPaint(new Color(0x1f, 0x23, 0x28));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString("Target 60 %", 61f, 30.214f);
        g.setFont(new Font(Font.SERIF, Font.ITALIC, 11).deriveFont(10.5f));
        g.drawString("note", 1, 2);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        g.drawString("", 1, 2);
        assertEquals(OPEN + "<style>.s0{fill:#1f2328;font-family:sans-serif;font-size:13px;font-weight:bold}"
                + ".s1{fill:#1f2328;font-family:serif;font-size:10.5px;font-style:italic}</style>"
                + "<text x='61' y='30.21' class='s0'>Target 60 %</text><text x='1' y='2' class='s1'>note</text></svg>",
                document.svg());
    }

    @Test
    void textIsEscapedAndWhatXmlCannotCarryIsShownAsAReplacementCharacter() {
        g.drawString("<script>alert(\"x&y\")</script> 'q' \u0007 \ud800", 0f, 10f);
        assertEquals(OPEN + "<style>.s0{fill:#000;font-family:sans-serif;font-size:12px}</style><text x='0' y='10' class='s0'>"
                + "&lt;script&gt;alert(\"x&amp;y\")&lt;/script&gt; 'q' \ufffd \ufffd</text></svg>", document.svg());
    }

    @Test
    void rotatedTextCarriesItsTransform() {
        g.rotate(-Math.PI / 2, 20, 30);
        g.drawString("points", 20f, 30f);
        g.setTransform(AffineTransform.getTranslateInstance(5, 0.5));
        g.drawString("moved", 0f, 0f);
        assertEquals(OPEN + "<style>.s0{fill:#000;font-family:sans-serif;font-size:12px}</style>"
                + "<text transform='matrix(0,-1,1,0,-10,50)' x='20' y='30' class='s0'>points</text>"
                + "<text transform='translate(5,0.5)' x='0' y='0' class='s0'>moved</text></svg>", document.svg());
    }

    @Test
    void textIsMeasuredWithFractionalMetrics() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D reference = image.createGraphics();
        reference.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        assertEquals(reference.getFontMetrics(font).getStringBounds("2026-01", reference),
                g.getFontMetrics(font).getStringBounds("2026-01", g));
        assertTrue(g.getFontRenderContext().usesFractionalMetrics());
        reference.dispose();
    }

    @Test
    void theAlphaOfTheColourAndOfTheCompositeGiveTheOpacity() {
        g.setPaint(new Color(0xff, 0xd3, 0x3d, 0x59));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.8f));
        g.fill(new Rectangle(0, 0, 10, 10));
        g.setPaint(BLUE);
        g.draw(new Line2D.Double(0, 0, 10, 10));
        g.drawString("band", 1f, 2f);
        assertEquals(OPEN + "<style>.s0{fill:#ffd33d;fill-opacity:0.279}"
                + ".s1{fill:none;stroke:#0a559c;stroke-opacity:0.8;stroke-linecap:square}"
                + ".s2{fill:#0a559c;fill-opacity:0.8;font-family:sans-serif;font-size:12px}</style>"
                + "<rect width='10' height='10' class='s0'/><path d='M0,0l10,10' class='s1'/>"
                + "<text x='1' y='2' class='s2'>band</text></svg>", document.svg());
    }

    @Test
    void whatIsFullyTransparentIsNotWritten() {
        g.setPaint(new Color(255, 255, 255, 0));
        g.fill(new Rectangle(0, 0, 10, 10));
        g.draw(new Rectangle(0, 0, 10, 10));
        g.setPaint(Color.BLACK);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0f));
        g.drawString("invisible", 1f, 2f);
        assertEquals(OPEN + "</svg>", document.svg());
    }

    @Test
    void aGradientIsALinearGradientDefinedOnceAndFilledByReference() {
        GradientPaint gradient = new GradientPaint(0, 0, Color.RED, 10, 0, new Color(0, 0, 255, 128));
        g.setPaint(gradient);
        g.fill(new Rectangle(0, 0, 10, 10));
        g.setPaint(Color.BLACK);
        g.setPaint(new GradientPaint(0, 0, Color.RED, 10, 0, new Color(0, 0, 255, 128)));
        g.fill(new Rectangle(0, 20, 10, 10));
        g.setPaint(new GradientPaint(0, 0, Color.RED, 0, 10, Color.WHITE, true));
        g.fill(new Rectangle(20, 0, 10, 10));
        assertEquals(OPEN + "<style>.s0{fill:url(#g0)}.s1{fill:url(#g1)}</style><defs>"
                + "<linearGradient id='g0' gradientUnits='userSpaceOnUse' x1='0' y1='0' x2='10' y2='0'>"
                + "<stop offset='0' stop-color='#f00'/><stop offset='1' stop-color='#00f' stop-opacity='0.502'/></linearGradient>"
                + "<linearGradient id='g1' gradientUnits='userSpaceOnUse' x1='0' y1='0' x2='0' y2='10' spreadMethod='reflect'>"
                + "<stop offset='0' stop-color='#f00'/><stop offset='1' stop-color='#fff'/></linearGradient></defs>"
                + "<rect width='10' height='10' class='s0'/><rect y='20' width='10' height='10' class='s0'/>"
                + "<rect x='20' width='10' height='10' class='s1'/></svg>", document.svg());
    }

    @Test
    void multipleStopGradientsKeepTheirStopsCycleAndShape() {
        g.setPaint(new LinearGradientPaint(0, 0, 0, 20, new float[] {0f, 0.25f, 1f},
                new Color[] {Color.WHITE, BLUE, Color.BLACK}, MultipleGradientPaint.CycleMethod.REPEAT));
        g.fill(new Rectangle(0, 0, 10, 20));
        g.setPaint(new RadialGradientPaint(5, 5, 5, new float[] {0f, 1f}, new Color[] {Color.WHITE, BLUE}));
        g.fill(new Rectangle(20, 0, 10, 10));
        assertEquals(OPEN + "<style>.s0{fill:url(#g0)}.s1{fill:url(#g1)}</style><defs>"
                + "<linearGradient id='g0' gradientUnits='userSpaceOnUse' x1='0' y1='0' x2='0' y2='20' spreadMethod='repeat'>"
                + "<stop offset='0' stop-color='#fff'/><stop offset='0.25' stop-color='#0a559c'/><stop offset='1' stop-color='#000'/>"
                + "</linearGradient><radialGradient id='g1' gradientUnits='userSpaceOnUse' cx='5' cy='5' r='5' fx='5' fy='5'>"
                + "<stop offset='0' stop-color='#fff'/><stop offset='1' stop-color='#0a559c'/></radialGradient></defs>"
                + "<rect width='10' height='20' class='s0'/><rect x='20' width='10' height='10' class='s1'/></svg>", document.svg());
    }

    @Test
    void aTextureIsAPatternOfItsImageOverItsAnchorRectangle() throws Exception {
        BufferedImage hatch = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 4; i++) {
            hatch.setRGB(i, 3 - i, 0xff9a6700);
        }
        g.setPaint(new TexturePaint(hatch, new Rectangle2D.Double(1, 2, 8, 8)));
        g.fill(new Rectangle(0, 0, 50, 20));
        String svg = document.svg();
        Matcher pattern = Pattern.compile("<defs><pattern id='p0' patternUnits='userSpaceOnUse' x='1' y='2' width='8'"
                + " height='8'><image width='8' height='8' preserveAspectRatio='none'"
                + " xlink:href='data:image/png;base64,([A-Za-z0-9+/=]+)'/></pattern></defs>").matcher(svg);
        assertTrue(pattern.find(), svg);
        assertEquals(OPEN_XLINK + "<style>.s0{fill:url(#p0)}</style>" + pattern.group()
                + "<rect width='50' height='20' class='s0'/></svg>", svg);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(pattern.group(1))));
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertEquals(hatch.getRGB(x, y), decoded.getRGB(x, y), x + "," + y);
            }
        }
    }

    @Test
    void anImageIsEmbeddedAsPngWhereItIsDrawn() throws Exception {
        BufferedImage dots = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        dots.setRGB(1, 0, 0x0a559c);
        g.drawImage(dots, 3, 4, null);
        String svg = document.svg();
        Matcher image = Pattern.compile("<image x='3' y='4' width='2' height='1' preserveAspectRatio='none'"
                + " xlink:href='data:image/png;base64,([A-Za-z0-9+/=]+)'/>").matcher(svg);
        assertTrue(image.find(), svg);
        assertEquals(OPEN_XLINK + image.group() + "</svg>", svg);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.group(1))));
        assertEquals(0xff000000, decoded.getRGB(0, 0));
        assertEquals(0xff0a559c, decoded.getRGB(1, 0));
    }

    @Test
    void aStrokeOtherThanABasicStrokeIsDrawnAsTheOutlineItMakes() {
        g.setStroke(shape -> new Rectangle(0, 0, 2, 2));
        g.draw(new Line2D.Double(0, 0, 10, 10));
        assertEquals(OPEN + "<style>.s0{fill:#000}</style><rect width='2' height='2' class='s0'/></svg>", document.svg());
    }

    @Test
    void graphicsCreatedFromAnotherDrawIntoTheSameChartWithAStateOfTheirOwn() {
        g.setPaint(BLUE);
        Graphics2D child = (Graphics2D) g.create();
        child.setPaint(Color.BLACK);
        child.translate(10, 0);
        child.fill(new Rectangle(0, 0, 1, 1));
        child.dispose();
        g.fill(new Rectangle(0, 0, 1, 1));
        assertEquals(OPEN + "<style>.s0{fill:#000}.s1{fill:#0a559c}</style>"
                + "<rect transform='translate(10,0)' width='1' height='1' class='s0'/><rect width='1' height='1' class='s1'/></svg>",
                document.svg());
    }

    @Test
    void theSameDrawingGivesTheSameBytes() {
        assertEquals(drawing(), drawing());
    }

    private static String drawing() {
        SvgDocument document = new SvgDocument(100, 50);
        SvgGraphics g = new SvgGraphics(document);
        g.clip(new Rectangle(5, 5, 50, 20));
        g.setPaint(new GradientPaint(0, 0, Color.RED, 10, 0, Color.BLUE));
        g.fill(new Ellipse2D.Double(1, 2, 30, 40));
        g.setPaint(BLUE);
        g.rotate(0.3);
        g.drawString("x", 1f, 2f);
        return document.svg();
    }
}
