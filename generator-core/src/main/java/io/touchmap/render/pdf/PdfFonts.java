package io.touchmap.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces every text of the PDF is set in (DejaVu Sans and DejaVu Sans Bold, embedded as subsets), and the
 * cleaning that makes any text printable with them: characters the font cannot print become a replacement glyph,
 * and {@link GlyphWarnings} reports each element whose text loses characters.
 */
final class PdfFonts {

    /** Printed in place of a character the font lacks. */
    static final int REPLACEMENT = 0xFFFD;

    private static final String FOLDER = "/io/touchmap/render/pdf/fonts/";
    private static final byte[] REGULAR_BYTES = withoutGlyphSubstitution(resource("DejaVuSans.ttf"));
    private static final byte[] BOLD_BYTES = withoutGlyphSubstitution(resource("DejaVuSans-Bold.ttf"));

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final CmapLookup regularGlyphs;
    private final CmapLookup boldGlyphs;

    private PdfFonts(PDType0Font regular, PDType0Font bold, CmapLookup regularGlyphs, CmapLookup boldGlyphs) {
        this.regular = regular;
        this.bold = bold;
        this.regularGlyphs = regularGlyphs;
        this.boldGlyphs = boldGlyphs;
    }

    /** Loads both faces into {@code document}; only the glyphs used end up embedded. */
    static PdfFonts load(PDDocument document) throws IOException {
        TrueTypeFont regular = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR_BYTES));
        TrueTypeFont bold = new TTFParser().parse(new RandomAccessReadBuffer(BOLD_BYTES));
        return new PdfFonts(PDType0Font.load(document, regular, true), PDType0Font.load(document, bold, true),
                regular.getUnicodeCmapLookup(), bold.getUnicodeCmapLookup());
    }

    /** The regular face's file, for measuring chart text with the same glyphs. */
    static byte[] regularBytes() {
        return REGULAR_BYTES;
    }

    /** The bold face's file, for measuring chart text with the same glyphs. */
    static byte[] boldBytes() {
        return BOLD_BYTES;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + FOLDER + name, e);
        }
    }

    /**
     * The font file with its glyph substitution table hidden (its tag renamed, so parsers skip it): PDFBox would
     * otherwise print "ff" or "fi" as ligature glyphs, which text extraction and search then read as U+FB00 or
     * U+FB01 instead of the letters the map was written with.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (copy[record] == 'G' && copy[record + 1] == 'S' && copy[record + 2] == 'U' && copy[record + 3] == 'B') {
                copy[record] = 'g';
                copy[record + 1] = 's';
                copy[record + 2] = 'u';
                copy[record + 3] = 'b';
            }
        }
        return copy;
    }

    PDType0Font regular() {
        return regular;
    }

    PDType0Font bold() {
        return bold;
    }

    /**
     * {@code text} made printable: composed (NFC), line breaks kept, other control and invisible formatting
     * characters dropped, characters the font lacks (or that need letter shaping it cannot do, such as Arabic)
     * replaced by U+FFFD.
     */
    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Composed forms: the font has "é" as one glyph, and PDFBox cannot place a combining accent over a letter.
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int replacement = replacementFor(cp);
            if (replacement != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && replacement >= 0) {
                out.appendCodePoint(replacement);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** The code point to print for {@code cp}: itself, a replacement, or -1 to drop it. */
    private int replacementFor(int cp) {
        if (cp == '\n') {
            return cp;
        }
        if (cp == '\t' || cp == '\r') {
            return ' ';
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || isVariationSelector(cp)) {
            return -1;
        }
        return printable(cp) ? cp : REPLACEMENT;
    }

    /** Whether both faces have a glyph for {@code cp} that can be printed as it is. */
    private boolean printable(int cp) {
        return !needsShaping(cp) && regularGlyphs.getGlyphId(cp) != 0 && boldGlyphs.getGlyphId(cp) != 0;
    }

    /**
     * The distinct characters of {@code texts} that are printed as U+FFFD, in the order met; line breaks, control
     * and invisible formatting characters, which are dropped silently, are not counted.
     */
    Set<Integer> unprintable(Iterable<String> texts) {
        Set<Integer> missing = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                text.codePoints().filter(cp -> replacementFor(cp) == REPLACEMENT && cp != REPLACEMENT).forEach(missing::add);
            }
        }
        return missing;
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Scripts whose letters change shape with their neighbours: printed letter by letter they would mislead. */
    private static boolean needsShaping(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case ARABIC, SYRIAC, THAANA, NKO, MANDAIC, MONGOLIAN, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA,
                    TAMIL, TELUGU, KANNADA, MALAYALAM, SINHALA, THAI, LAO, TIBETAN, MYANMAR, KHMER -> true;
            default -> false;
        };
    }

    /**
     * One line of cleaned text in the order its characters are drawn: right-to-left runs (Hebrew…) reversed and
     * their brackets mirrored, so the line reads right when printed left to right.
     */
    static String visual(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return line;
        }
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = (levels[i] & 1) == 1 ? mirrored(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String mirrored(String run) {
        StringBuilder reversed = new StringBuilder(run.length());
        int[] cps = run.codePoints().toArray();
        for (int i = cps.length - 1; i >= 0; i--) {
            reversed.appendCodePoint(switch (cps[i]) {
                case '(' -> ')';
                case ')' -> '(';
                case '[' -> ']';
                case ']' -> '[';
                case '{' -> '}';
                case '}' -> '{';
                case '<' -> '>';
                case '>' -> '<';
                case '«' -> '»';
                case '»' -> '«';
                default -> cps[i];
            });
        }
        return reversed.toString();
    }
}
