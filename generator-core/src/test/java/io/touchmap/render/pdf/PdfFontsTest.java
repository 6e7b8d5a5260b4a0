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
    void chineseJapaneseKoreanAndEmojiArePrintedFromTheFallbackFaces() {
        assertEquals("東京 Tokyo 서울 🚀", fonts.clean("東京 Tokyo 서울 🚀"));
        assertEquals(Set.of(), fonts.unprintable(List.of("東京 Tokyo 서울 🚀")));
        List<PdfFonts.Run> runs = fonts.regular().runs("東京 Tokyo 🚀");
        assertEquals(List.of("東京", " Tokyo ", "🚀"), runs.stream().map(PdfFonts.Run::text).toList());
        assertEquals(List.of("DroidSansFallback", "DejaVuSans", "NotoEmoji-Regular"),
                runs.stream().map(r -> r.font().getName()).toList());
    }

    @Test
    void aTextIsAsWideAsPdfBoxMeasuresEachOfItsRunsTheSecondTimeToo() throws IOException {
        for (String text : List.of("Œuvre fidélité n°42 · 1 234,5 €", "東京 Tokyo 서울 🚀 café", "", "WWW iii", "Œuvre fidélité n°42")) {
            for (PdfFonts.Face face : List.of(fonts.regular(), fonts.regular().bolder(), fonts.regular().slanted())) {
                float expected = 0;
                for (PdfFonts.Run run : face.runs(text)) {
                    expected += run.font().getStringWidth(run.text());
                }
                assertEquals(expected, face.width(text), text);
                assertEquals(expected, face.width(text), text + ", measured again");
            }
        }
        assertEquals(true, fonts.regular().width("WWW") > fonts.regular().width("iii"));
    }

    @Test
    void charactersNoFaceHasBecomeTheReplacementGlyph() {
        // Devanagari needs shaping the fonts are not told; Egyptian hieroglyphs are in no bundled face.
        assertEquals("\uFFFD\uFFFD 42", fonts.clean("\u0915\u093E 42"));
        assertEquals(Set.of(0x13000), fonts.unprintable(List.of("\uD80C\uDC00 Tokyo")));
    }

    @Test
    void arabicLettersAreJoinedIntoTheirContextualForms() {
        // sheen (initial), reh (final), alef (isolated: it never joins the next letter), hamza (isolated)
        assertEquals("\uFEB7\uFEAE\uFE8D\uFE80 42", fonts.clean("\u0634\u0631\u0627\u0621 42"));
        // lam and alef are one ligature, final after a joining letter: "salam"
        assertEquals("\uFEB3\uFEFC\uFEE1", fonts.clean("\u0633\u0644\u0627\u0645"));
        // a medial letter between two joining ones; the zero-width non-joiner stops joining, then is dropped
        assertEquals("\uFE91\uFEB4\uFEE2", fonts.clean("\u0628\u0633\u0645"));
        assertEquals("\uFE8F\uFEB1", fonts.clean("\u0628\u200C\u0633"));
        assertEquals(Set.of(), fonts.unprintable(List.of("\u0634\u0631\u0627\u0621")));
    }

    @Test
    void arabicIsDrawnRightToLeftWithItsVowelsOverTheirLetters() {
        // beh with a fatha, then seen: reversed for drawing, the fatha stays after its beh, to be drawn over it
        assertEquals("\uFEB2\uFE91\u064E", PdfFonts.visual("\uFE91\u064E\uFEB2"));
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
    void linesWrapAtSpacesAndCutOnlyAWordWiderThanTheLineWithAVisibleHyphen() {
        TextStyle style = new TextStyle(fonts.regular(), 10, PdfStyle.TEXT);
        float width = style.width("abcdefghij");
        assertEquals(List.of("abc def", "ghij", "abcdefgh-", "ijklm"), PageFlow.wrapClean("abc def ghij abcdefghijklm", style, width));
        assertEquals(List.of("one", "", "two"), PageFlow.wrapClean("one\n\ntwo", style, width));
    }

    @Test
    void aQuantityWiderThanTheLineBreaksAtItsNoBreakSpacesNotInsideItsUnit() {
        TextStyle style = new TextStyle(fonts.regular(), 8.5f, PdfStyle.TEXT);
        float width = style.width("180 000 sess");
        assertEquals(List.of("180\u00A0000", "sessions"), PageFlow.wrapClean("180\u00A0000\u00A0sessions", style, width));
        // a compound breaks after its own hyphen before any cut
        assertEquals(List.of("vaisselle-", "linge"), PageFlow.wrapClean("vaisselle-linge", style, style.width("vaisselle-lin")));
    }
}
