package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's hand-written number check accepts exactly what the grammar the JSON Schema repeats accepts. */
class NumberGrammarTest {

    @Test
    void handWrittenNumberCheckAgreesWithTheGrammarOnEveryShortText() {
        // every text of up to four characters over the alphabet numbers are made of, and a few longer ones
        char[] alphabet = {'0', '7', '-', '+', '.', 'e', 'E', ' ', 'x', '١'};
        List<String> texts = new ArrayList<>(List.of("", "4.5", "-0.25", "+12", "1e10", "2.5E-3", ".5", "5.", "1_000", "0x1A",
                "12345678901234567890.123456789", "1e", "1e+", "--1", "4,5", "NaN", "Infinity", " 1", "1 "));
        List<String> shorter = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 4; length++) {
            List<String> longer = new ArrayList<>();
            for (String text : shorter) {
                for (char c : alphabet) {
                    longer.add(text + c);
                }
            }
            texts.addAll(longer);
            shorter = longer;
        }
        int accepted = 0;
        for (String text : texts) {
            boolean expected = YamlObject.NUMBER.matcher(text).matches();
            assertEquals(expected, YamlObject.isNumber(text), () -> "'" + text + "'");
            accepted += expected ? 1 : 0;
        }
        assertEquals(11_129, texts.size());
        assertEquals(true, accepted > 100, "numbers among the texts: " + accepted);
    }
}
