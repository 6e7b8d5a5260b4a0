package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FigureTextTest {

    @Test
    void aScreenReaderIsGivenOneLineWithEachRunOfWhiteSpaceOneSpaceAndTheNoBreakSpacesKept() {
        String text = "  Ventes\tpar  mois\n\n: 72\u202F%\u00A0; fin \u000B\f\r\n";

        assertEquals("Ventes par mois : 72\u202F%\u00A0; fin", FigureText.spoken(text));
        assertEquals(Pattern.compile("\\s+").matcher(text).replaceAll(" ").strip(), FigureText.spoken(text));
        assertEquals("", FigureText.spoken(" \t\n"));
    }
}
