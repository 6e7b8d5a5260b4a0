package io.touchmap.render.pdf;

/**
 * Arabic letters joined into the contextual forms the font draws: each letter becomes its isolated, final, initial
 * or medial presentation form (Unicode's Arabic Presentation Forms-A and -B, which DejaVu Sans holds), as its
 * neighbours join it; lam followed by alef becomes their ligature, as Arabic writing requires.
 *
 * <p>A table of the joining forms written out here rather than ICU4J's {@code ArabicShaping}: the letters of Arabic,
 * Persian and Urdu fit in a page, where ICU4J would add 14 MB to every build that prints a PDF. The text stays in
 * logical order; {@link PdfFonts#visual} orders it for drawing.
 */
final class ArabicShaping {

    /** Non-joining, right-joining (joins the letter before it only), dual-joining, join-causing, transparent. */
    private static final byte NONE = 0;
    private static final byte RIGHT = 1;
    private static final byte DUAL = 2;
    private static final byte CAUSING = 3;
    private static final byte TRANSPARENT = 4;

    private static final int LAM = 0x0644;
    private static final int ZWJ = 0x200D;
    private static final int TATWEEL = 0x0640;

    /**
     * Letter, joining type, isolated form; the final, initial and medial forms follow the isolated one (right-joining
     * letters have only the isolated and final forms).
     */
    private static final int[][] LETTERS = {
        {0x0621, NONE, 0xFE80},
        {0x0622, RIGHT, 0xFE81}, {0x0623, RIGHT, 0xFE83}, {0x0624, RIGHT, 0xFE85}, {0x0625, RIGHT, 0xFE87},
        {0x0626, DUAL, 0xFE89}, {0x0627, RIGHT, 0xFE8D}, {0x0628, DUAL, 0xFE8F}, {0x0629, RIGHT, 0xFE93},
        {0x062A, DUAL, 0xFE95}, {0x062B, DUAL, 0xFE99}, {0x062C, DUAL, 0xFE9D}, {0x062D, DUAL, 0xFEA1},
        {0x062E, DUAL, 0xFEA5}, {0x062F, RIGHT, 0xFEA9}, {0x0630, RIGHT, 0xFEAB}, {0x0631, RIGHT, 0xFEAD},
        {0x0632, RIGHT, 0xFEAF}, {0x0633, DUAL, 0xFEB1}, {0x0634, DUAL, 0xFEB5}, {0x0635, DUAL, 0xFEB9},
        {0x0636, DUAL, 0xFEBD}, {0x0637, DUAL, 0xFEC1}, {0x0638, DUAL, 0xFEC5}, {0x0639, DUAL, 0xFEC9},
        {0x063A, DUAL, 0xFECD}, {0x0641, DUAL, 0xFED1}, {0x0642, DUAL, 0xFED5}, {0x0643, DUAL, 0xFED9},
        {0x0644, DUAL, 0xFEDD}, {0x0645, DUAL, 0xFEE1}, {0x0646, DUAL, 0xFEE5}, {0x0647, DUAL, 0xFEE9},
        {0x0648, RIGHT, 0xFEED}, {0x0649, RIGHT, 0xFEEF}, {0x064A, DUAL, 0xFEF1},
        // Persian and Urdu
        {0x0671, RIGHT, 0xFB50}, {0x0679, DUAL, 0xFB66}, {0x067E, DUAL, 0xFB56}, {0x0686, DUAL, 0xFB7A},
        {0x0688, RIGHT, 0xFB88}, {0x0691, RIGHT, 0xFB8C}, {0x0698, RIGHT, 0xFB8A}, {0x06A4, DUAL, 0xFB6A},
        {0x06A9, DUAL, 0xFB8E}, {0x06AF, DUAL, 0xFB92}, {0x06BE, DUAL, 0xFBAA}, {0x06C1, DUAL, 0xFBA6},
        {0x06CC, DUAL, 0xFBFC}, {0x06D2, RIGHT, 0xFBAE},
    };

    /** Lam-alef ligatures, isolated form; the final form follows. */
    private static final int[][] LAM_ALEF = {{0x0622, 0xFEF5}, {0x0623, 0xFEF7}, {0x0625, 0xFEF9}, {0x0627, 0xFEFB}};

    private ArabicShaping() {
    }

    /** Whether {@code text} holds a letter this class joins. */
    static boolean needed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0621 && c <= 0x06D2 && letter(c) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code cp} is a letter this class joins into its presentation forms. */
    static boolean shapes(int cp) {
        return letter(cp) != null;
    }

    /** {@code text} with its Arabic letters in their joined forms; other characters unchanged. */
    static String shape(String text) {
        if (!needed(text)) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int[] letter = letter(cp);
            if (letter == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean joinsBefore = joinType(cp) != NONE && joinsLeft(previous(cps, i));
            int next = next(cps, i);
            if (cp == LAM && next >= 0 && lamAlef(cps[next]) != 0) {
                out.appendCodePoint(lamAlef(cps[next]) + (joinsBefore ? 1 : 0));
                // the marks between lam and alef, if any, follow the ligature
                for (int j = i + 1; j < next; j++) {
                    out.appendCodePoint(cps[j]);
                }
                i = next;
                continue;
            }
            boolean joinsAfter = (letter[1] == DUAL) && next >= 0 && joinsRight(cps[next]);
            int form;
            if (letter[1] == NONE) {
                form = 0;
            } else if (letter[1] == RIGHT) {
                form = joinsBefore ? 1 : 0;
            } else {
                form = joinsBefore ? (joinsAfter ? 3 : 1) : (joinsAfter ? 2 : 0);
            }
            out.appendCodePoint(letter[2] + form);
        }
        return out.toString();
    }

    private static int[] letter(int cp) {
        if (cp < 0x0621 || cp > 0x06D2) {
            return null;
        }
        for (int[] letter : LETTERS) {
            if (letter[0] == cp) {
                return letter;
            }
        }
        return null;
    }

    private static int lamAlef(int cp) {
        for (int[] pair : LAM_ALEF) {
            if (pair[0] == cp) {
                return pair[1];
            }
        }
        return 0;
    }

    private static byte joinType(int cp) {
        if (cp == ZWJ || cp == TATWEEL) {
            return CAUSING;
        }
        int[] letter = letter(cp);
        if (letter != null) {
            return (byte) letter[1];
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? TRANSPARENT : NONE;
    }

    /** Whether a character joins the letter after it (to its left, in Arabic's direction). */
    private static boolean joinsLeft(int cp) {
        byte type = cp < 0 ? NONE : joinType(cp);
        return type == DUAL || type == CAUSING;
    }

    /** Whether a character joins the letter before it. */
    private static boolean joinsRight(int cp) {
        byte type = joinType(cp);
        return type == DUAL || type == RIGHT || type == CAUSING;
    }

    /** The character before {@code i}, skipping marks, or -1. */
    private static int previous(int[] cps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (joinType(cps[j]) != TRANSPARENT) {
                return cps[j];
            }
        }
        return -1;
    }

    /** The index of the character after {@code i}, skipping marks, or -1. */
    private static int next(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            if (joinType(cps[j]) != TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }
}
