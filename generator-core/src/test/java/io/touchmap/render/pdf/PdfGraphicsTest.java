package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a chart's drawing calls write into its form: the content stream a PDF reader paints. */
class PdfGraphicsTest {

    private static final Color BLUE = new Color(10, 85, 156);
    /** The y axis turned down once, for a form 200 units high. */
    private static final String FLIP = "1 0 0 -1 0 200 cm\n";

    private static PDDocument document;
    private static PdfFonts fonts;

    private final FormContent content = new FormContent(300, 200, 1.5f);
    private final PdfGraphics g = new PdfGraphics(content, fonts);

    @BeforeAll
    static void loadFonts() throws IOException {
        document = new PDDocument();
        fonts = PdfFonts.load(document);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void rectanglesAreWrittenAsRectanglesAndAColourOnlyWhenItChanges() {
        g.setPaint(BLUE);
        g.fill(new Rectangle2D.Double(10, 20, 30.5, 40.25));
        g.translate(5, 0);
        g.fill(new Rectangle2D.Double(10, 20, 30, 40));
        g.setPaint(Color.BLACK);
        g.fill(new Rectangle2D.Double(0, 0, 1, 1));
        assertEquals(FLIP + "0.039 0.333 0.612 rg\n10 20 30.5 40.25 re\nf\n15 20 30 40 re\nf\n0 0 0 rg\n5 0 1 1 re\nf\n",
                text(content.drawing()));
    }

    @Test
    void aClipIsOpenedOnceAndClosedWhenItChangesAndTheColourIsSetAgainInsideTheNext() {
        g.setPaint(BLUE);
        g.clip(new Rectangle2D.Double(0, 0, 100, 50));
        g.draw(new Line2D.Double(0, 10, 90, 10));
        g.draw(new Line2D.Double(0, 20, 90, 20));
        g.setClip(new Rectangle2D.Double(0, 50, 100, 50));
        g.draw(new Line2D.Double(0, 60, 90, 60));
        g.setClip(null);
        g.draw(new Line2D.Double(0, 70, 90, 70));
        // Java2D's default line has square caps; PDF's butt ones.
        assertEquals(FLIP + "q\n0 0 100 50 re\nW n\n0.039 0.333 0.612 RG\n2 J\n0 10 m\n90 10 l\n0 20 m\n90 20 l\nS\nQ\n"
                + "q\n0 50 100 50 re\nW n\n0.039 0.333 0.612 RG\n2 J\n0 60 m\n90 60 l\nS\nQ\n"
                + "0.039 0.333 0.612 RG\n2 J\n0 70 m\n90 70 l\nS\n", text(content.drawing()));
    }

    @Test
    void opaqueLinesInOneStyleAreOnePathAndARoundLineCarriesOnWhereTheLastEnded() {
        g.setPaint(Color.GRAY);
        g.draw(new Line2D.Double(0, 10, 90, 10));
        g.draw(new Line2D.Double(0, 20, 90, 20));
        g.setPaint(BLUE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(10, 50, 20, 40));
        g.draw(new Line2D.Double(20, 40, 30, 45.5));
        g.draw(new Line2D.Double(30, 45.5, 40, 42));
        g.draw(new Line2D.Double(50, 50, 60, 50));
        g.fill(new Rectangle2D.Double(0, 0, 5, 5));
        g.draw(new Line2D.Double(60, 50, 70, 50));
        assertEquals(FLIP + "0.502 0.502 0.502 RG\n2 J\n0 10 m\n90 10 l\n0 20 m\n90 20 l\nS\n"
                + "0.039 0.333 0.612 RG\n2 w\n1 J\n1 j\n10 50 m\n20 40 l\n30 45.5 l\n40 42 l\n50 50 m\n60 50 l\nS\n"
                + "0.039 0.333 0.612 rg\n0 0 5 5 re\nf\n60 50 m\n70 50 l\nS\n", text(content.drawing()));
    }

    @Test
    void translucentLinesArePaintedOneByOneAsTheirOverlapsShow() {
        g.setPaint(new Color(0, 0, 0, 128));
        g.draw(new Line2D.Double(0, 10, 90, 10));
        g.draw(new Line2D.Double(0, 20, 90, 20));
        assertEquals(FLIP + "/A0 gs\n2 J\n0 10 m\n90 10 l\nS\n0 20 m\n90 20 l\nS\n", text(content.drawing()));
    }

    @Test
    void aZeroLengthLineIsLeftOutUnlessItsCapsAreRoundAsPdfPaintsNothingElseForIt() {
        g.setPaint(Color.BLACK);
        g.draw(new Line2D.Double(5, 5, 5, 5));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(6, 6, 6.001, 6));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(7, 7, 7, 7));
        assertEquals(FLIP + "3 w\n1 J\n1 j\n7 7 m\n7 7 l\nS\n", text(content.drawing()));
    }

    @Test
    void markersFilledAndOutlinedInOneColourAreDotsThatShareOnePath() {
        g.setPaint(BLUE);
        g.setStroke(new BasicStroke(1f));
        for (double x : new double[] {20, 40}) {
            // as JFreeChart draws a line chart's marker: a circle moved to its point, filled, then outlined
            Shape marker = AffineTransform.getTranslateInstance(x, 30).createTransformedShape(new Ellipse2D.Double(-4.5, -4.5, 9, 9));
            g.fill(marker);
            g.draw(marker);
        }
        g.fill(new Ellipse2D.Double(60, 25.5, 9, 9));
        assertEquals(FLIP + "0.039 0.333 0.612 RG\n10 w\n1 J\n20 30 m\n20 30 l\n40 30 m\n40 30 l\nS\n"
                + "9 w\n64.5 30 m\n64.5 30 l\nS\n", text(content.drawing()));
    }

    @Test
    void aCircleOutlinedInAnotherColourIsADotUnderItsOutlineAndATranslucentOneIsFilledAsACurve() {
        Ellipse2D.Double circle = new Ellipse2D.Double(0, 0, 10, 10);
        g.setPaint(BLUE);
        g.fill(circle);
        g.setPaint(Color.BLACK);
        g.draw(circle);
        g.setPaint(new Color(10, 85, 156, 100));
        g.fill(circle);
        String written = text(content.drawing());
        assertTrue(written.startsWith(FLIP + "0.039 0.333 0.612 RG\n10 w\n1 J\n5 5 m\n5 5 l\nS\n0 0 0 RG\n1 w\n2 J\n10 5 m\n"),
                written);
        assertTrue(written.endsWith("h\nf\n"), written);
        assertEquals(8, written.split(" c\n", -1).length - 1, written);
    }

    @Test
    void nothingIsWrittenWhereTheClipLeavesNothing() {
        g.clip(new Rectangle2D.Double(0, 0, 10, 10));
        g.clip(new Rectangle2D.Double(20, 20, 10, 10));
        g.fill(new Rectangle2D.Double(0, 0, 50, 50));
        g.drawString("hidden", 5, 5);
        assertEquals(FLIP, text(content.drawing()));
    }

    @Test
    void aShapeWithoutSegmentsPaintsNothing() {
        g.setPaint(Color.BLACK);
        g.fill(new Path2D.Double());
        g.draw(new Path2D.Double());
        assertEquals(FLIP, text(content.drawing()));
    }

    @Test
    void lineStylesAreWrittenWhenTheyChangeAndTheMiterLimitOnlyForMiterJoins() {
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(0, 0, 10, 0));
        g.setStroke(new BasicStroke(0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, new float[] {3, 1.5f}, 0));
        g.draw(new Line2D.Double(0, 5, 10, 5));
        assertEquals(FLIP + "2 w\n1 J\n1 j\n0 0 m\n10 0 l\nS\n0.75 w\n0 J\n0 j\n4 M\n[3 1.5] 0 d\n0 5 m\n10 5 l\nS\n",
                text(content.drawing()));
    }

    @Test
    void opacityIsAGraphicsStateDefinedOnceInTheFormsResources() throws IOException {
        g.setPaint(new Color(255, 0, 0, 128));
        g.fill(new Rectangle2D.Double(0, 0, 10, 10));
        g.setPaint(Color.RED);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        g.fill(new Rectangle2D.Double(0, 10, 10, 10));
        g.setComposite(AlphaComposite.SrcOver);
        g.fill(new Rectangle2D.Double(0, 20, 10, 10));
        FormContent.Drawing drawing = content.drawing();
        assertEquals(FLIP + "1 0 0 rg\n/A0 gs\n0 0 10 10 re\nf\n/A1 gs\n0 10 10 10 re\nf\n/A2 gs\n0 20 10 10 re\nf\n",
                text(drawing));
        assertEquals(List.of("ca 0.502", "ca 0.5", "ca 1"), drawing.opacities());
        PDFormXObject form = drawing.into(new PDFormXObject(document), fonts);
        COSDictionary state = form.getResources().getCOSObject().getCOSDictionary(COSName.EXT_G_STATE)
                .getCOSDictionary(COSName.getPDFName("A1"));
        assertEquals(0.5f, state.getFloat(COSName.CA_NS));
        assertTrue(state.isDirect(), "written inside the resources");
        assertEquals(List.of(0f, 0f, 300f, 200f), List.of(form.getBBox().getLowerLeftX(), form.getBBox().getLowerLeftY(),
                form.getBBox().getUpperRightX(), form.getBBox().getUpperRightY()));
        assertEquals(1 / 1.5f, form.getMatrix().getScaleX(), 1e-6);
    }

    @Test
    void aShapeUnderATurnIsDrawnInItsOwnSpaceSoThatItsLineTurnsWithIt() {
        g.rotate(Math.PI / 2);
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(0, 0, 10, 0));
        assertEquals(FLIP + "3 w\n2 J\nq\n0 1 -1 0 0 0 cm\n0 0 m\n10 0 l\nS\nQ\n", text(content.drawing()));
    }

    @Test
    void curvesAreCubicBeziersAndEvenOddShapesAreFilledByThatRule() {
        Path2D.Double ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring.append(new Ellipse2D.Double(0, 0, 20, 20), false);
        ring.append(new Ellipse2D.Double(5, 5, 10, 10), false);
        g.fill(ring);
        String written = text(content.drawing());
        assertTrue(written.endsWith("h\nf*\n"), written);
        assertEquals(8, written.split(" c\n", -1).length - 1, written);
    }

    @Test
    void textIsSetInTheEmbeddedFaceTurnedUprightAtItsBaselineAndItsGlyphsAreKept() throws IOException {
        g.setPaint(BLUE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString("Objectif", 10, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        g.drawString("件", 10, 50);
        FormContent.Drawing drawing = content.drawing();
        String bold = hex(fonts.font(PdfFonts.Kind.BOLD).encode("Objectif"));
        String cjk = hex(fonts.font(PdfFonts.Kind.CJK).encode("件"));
        assertEquals(FLIP + "0.039 0.333 0.612 rg\nBT\n1 0 0 -1 10 30 Tm\n/F0 12 Tf<" + bold + ">Tj\nET\n"
                + "BT\n1 0 0 -1 10 50 Tm\n/F1 9 Tf<" + cjk + ">Tj\nET\n", text(drawing));
        assertEquals(List.of(PdfFonts.Kind.BOLD, PdfFonts.Kind.CJK), drawing.faces());
        assertEquals(List.of(new FormContent.Shown(PdfFonts.Kind.BOLD, "Objectif"),
                new FormContent.Shown(PdfFonts.Kind.CJK, "件")), drawing.text());
    }

    @Test
    void aPaintOtherThanAColourFillsInItsColourAtTheMiddleOfTheShape() {
        g.setPaint(new GradientPaint(0, 0, Color.BLACK, 100, 0, Color.WHITE));
        g.fill(new Rectangle2D.Double(40, 0, 20, 10));
        // half way along the gradient: mid grey
        assertEquals(FLIP + "0.498 0.498 0.498 rg\n40 0 20 10 re\nf\n", text(content.drawing()));
    }

    @Test
    void anImageIsPlacedInlineOverItsRectangleFirstRowAtTheTopAndTranslucentPixelsOverWhite() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xFFFF0000);
        image.setRGB(1, 0, 0x000000FF);
        g.drawImage(image, 10, 20, 40, 30, null);
        String written = text(content.drawing());
        assertTrue(written.startsWith(FLIP + "q\n40 0 0 -30 10 50 cm\nBI /W 2 /H 1 /CS /RGB /BPC 8 /F /Fl ID\n"), written);
        assertTrue(written.endsWith("\nEI\nQ\n"), written);
        String data = written.substring(written.indexOf("ID\n") + 3, written.lastIndexOf("\nEI"));
        assertEquals("ff0000ffffff", hex(inflate(data.getBytes(StandardCharsets.ISO_8859_1))),
                "a red pixel, then a transparent one shown as the white under it");
    }

    @Test
    void textIsMeasuredWithTheEmbeddedFaceWhateverFontTheChartAsksFor() {
        Font asked = new Font("Serif", Font.PLAIN, 20);
        double width = g.getFontMetrics(asked).getStringBounds("Vigilance", g).getWidth();
        double dejaVu = advance(PdfFonts.Kind.REGULAR, "Vigilance") * 20 / 1000;
        assertEquals(dejaVu, width, 0.5, "DejaVu Sans's advance widths at 20 points");
    }

    private static double advance(PdfFonts.Kind kind, String text) {
        try {
            return fonts.font(kind).getStringWidth(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }

    private static String text(FormContent.Drawing drawing) {
        return new String(inflate(drawing.deflated()), StandardCharsets.ISO_8859_1);
    }

    private static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater();
        inflater.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            while (!inflater.finished()) {
                out.write(buffer, 0, inflater.inflate(buffer));
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }
}
