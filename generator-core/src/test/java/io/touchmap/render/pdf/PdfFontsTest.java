package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    private static PDDocument document;
    private static PdfFonts fonts;

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
    void latinAccentsLigaturesCurrencyAndGuillemetsArePrintedAsWritten() {
        String french = "Œuvre, cœur, déjà-vu, 1,20 €, « guillemets », naïveté, Ærø, Łódź, Škoda, ğ";
        assertEquals(french, fonts.clean(french));
        assertEquals(Set.of(), fonts.unprintable(List.of(french)));
    }

    @Test
    void decomposedAccentsAreComposedIntoTheFontsSingleGlyphs() {
        assertEquals("D\u00E9j\u00E0", fonts.clean("De\u0301ja\u0300"));
    }

    @Test
    void charactersTheFontLacksBecomeTheReplacementGlyph() {
        assertEquals("\uFFFD\uFFFD Tokyo", fonts.clean("東京 Tokyo"));
        assertEquals(Set.of(0x6771, 0x4EAC), fonts.unprintable(List.of("東京 Tokyo")));
    }

    @Test
    void arabicIsReplacedBecauseItsLettersNeedJoiningTheFontCannotDo() {
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD 42", fonts.clean("شراء 42"));
    }

    @Test
    void invisibleFormattingIsDroppedAndTabsBecomeSpaces() {
        assertEquals("ab c\nd", fonts.clean("a\u200Bb\tc\nd\uFE0F"));
    }

    @Test
    void hebrewIsDrawnRightToLeftInsideALeftToRightLine() {
        assertEquals("Shop \u05EA\u05D5\u05E0\u05D7 now", PdfFonts.visual("Shop \u05D7\u05E0\u05D5\u05EA now"));
        // Brackets inside a right-to-left run are mirrored, so they still open and close the right way.
        assertEquals("(\u05D1\u05D0)", PdfFonts.visual("(\u05D0\u05D1)"));
        assertEquals("plain text", PdfFonts.visual("plain text"));
    }

    @Test
    void linesWrapAtSpacesAndBreakWordsLongerThanTheLine() {
        TextStyle style = new TextStyle(fonts.regular(), 10, PdfStyle.TEXT);
        float width = style.width("abcdefghij");
        assertEquals(List.of("abc def", "ghij", "abcdefghij", "klm"), PageFlow.wrapClean("abc def ghij abcdefghijklm", style, width));
        assertEquals(List.of("one", "", "two"), PageFlow.wrapClean("one\n\ntwo", style, width));
    }
}
