package io.touchmap.render.pdf;

import io.touchmap.model.Typeface;
import io.touchmap.render.chart.ChartFonts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces the PDF's text is set in, embedded as subsets, and the cleaning that makes any text printable with them.
 * The family the map's theme chooses (DejaVu Sans by default, or DejaVu Serif) sets the text; DejaVu Sans (regular,
 * bold, oblique, bold oblique) sets Latin, Greek, Cyrillic, Hebrew and Arabic (its letters
 * joined by {@link ArabicShaping}); Droid Sans Fallback sets Chinese, Japanese and Korean, and Noto Emoji the emoji,
 * each loaded only when a text needs it. The font is chosen character by character: a run of text a face lacks is
 * set in the first face that has it. Characters no face has become a replacement glyph, and {@link GlyphWarnings}
 * reports each element whose text loses characters.
 */
final class PdfFonts {

    /** Characters below this are measured once per font and document ({@link #width(Run)}). */
    private static final int ADVANCES = 0x3000;

    /** Printed in place of a character no face has. */
    static final int REPLACEMENT = 0xFFFD;

    private static final String FOLDER = "/io/touchmap/render/pdf/fonts/";

    /** A font file of the bundle. */
    enum Kind {
        REGULAR("DejaVuSans.ttf"),
        BOLD("DejaVuSans-Bold.ttf"),
        OBLIQUE("DejaVuSans-Oblique.ttf"),
        BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf"),
        CJK("DroidSansFallback.ttf"),
        EMOJI("NotoEmoji-Regular.ttf"),
        SERIF("DejaVuSerif.ttf"),
        SERIF_BOLD("DejaVuSerif-Bold.ttf"),
        SERIF_ITALIC("DejaVuSerif-Italic.ttf"),
        SERIF_BOLD_ITALIC("DejaVuSerif-BoldItalic.ttf");

        private final String file;

        Kind(String file) {
            this.file = file;
        }

        /** The file's name, in the bundle's folder. */
        String file() {
            return file;
        }
    }

    /** The files, read on first use and kept for every later document. */
    private static final Map<Kind, byte[]> BYTES = new ConcurrentHashMap<>();
    /** Which characters each file has, read on first use. */
    private static final Map<Kind, Coverage> GLYPHS = new ConcurrentHashMap<>();
    /**
     * A file read for its characters and not yet loaded into a document: the next document to load the face takes it
     * rather than reading the file again, and a document's file gives the characters when it is read first.
     */
    private static final Map<Kind, TrueTypeFont> UNUSED = new ConcurrentHashMap<>();

    /**
     * The characters a file has: looked up in a table below U+3000 (every script DejaVu sets, so that measuring
     * Latin text costs no more than before fallbacks existed), in the file's character map above.
     */
    private record Coverage(boolean[] low, CmapLookup map) {

        private static final int LOW = 0x3000;

        static Coverage of(CmapLookup map) {
            boolean[] low = new boolean[LOW];
            for (int cp = 0; cp < LOW; cp++) {
                low[cp] = map.getGlyphId(cp) != 0;
            }
            return new Coverage(low, map);
        }

        boolean has(int cp) {
            return cp < LOW ? low[cp] : map.getGlyphId(cp) != 0;
        }
    }

    /** The four faces of each family a map's theme can choose: regular, bold, slanted, bold slanted. */
    private static final Map<Typeface, Kind[]> FAMILIES = Map.of(
            Typeface.DEJAVU_SANS, new Kind[] {Kind.REGULAR, Kind.BOLD, Kind.OBLIQUE, Kind.BOLD_OBLIQUE},
            Typeface.DEJAVU_SERIF, new Kind[] {Kind.SERIF, Kind.SERIF_BOLD, Kind.SERIF_ITALIC, Kind.SERIF_BOLD_ITALIC});

    private final PDDocument document;
    /** The family's regular, bold, slanted and bold slanted faces. */
    private final Kind[] family;
    private final Map<Kind, PDType0Font> loaded = new EnumMap<>(Kind.class);
    private final Map<Kind, Face> faces = new EnumMap<>(Kind.class);
    /** Each loaded font's width of each character below {@link #ADVANCES} measured so far, NaN before. */
    private final Map<PDType0Font, float[]> advances = new HashMap<>();

    private PdfFonts(PDDocument document, Typeface typeface) {
        this.document = document;
        this.family = FAMILIES.get(typeface);
        for (Kind kind : Kind.values()) {
            faces.put(kind, new Face(kind));
        }
    }

    /** The faces of DejaVu Sans for {@code document}; each is loaded into it when first used, and only its glyphs used are kept. */
    static PdfFonts load(PDDocument document) throws IOException {
        return load(document, Typeface.DEJAVU_SANS);
    }

    /** The faces of {@code typeface} for {@code document}, with the fallbacks of every family. */
    static PdfFonts load(PDDocument document, Typeface typeface) throws IOException {
        PdfFonts fonts = new PdfFonts(document, typeface);
        // the upright faces set every document's text: loaded now, so that a broken bundle fails at once
        fonts.font(fonts.family[0]);
        fonts.font(fonts.family[1]);
        return fonts;
    }

    /** Reads the regular and bold faces of DejaVu Sans, and Java's copies of them for the charts, ahead of a render. */
    static void prepare() {
        coverage(Kind.REGULAR);
        coverage(Kind.BOLD);
        ChartFonts.of(false, 12);
    }

    /** The file of a face, for measuring chart text with the same glyphs. */
    static byte[] bytes(Kind kind) {
        return BYTES.computeIfAbsent(kind, k -> withoutGlyphSubstitution(resource(k.file)));
    }

    private static boolean has(Kind kind, int cp) {
        return coverage(kind).has(cp);
    }

    private static Coverage coverage(Kind kind) {
        Coverage coverage = GLYPHS.get(kind);
        if (coverage == null) {
            coverage = GLYPHS.computeIfAbsent(kind, k -> {
                TrueTypeFont file = read(k);
                UNUSED.put(k, file);
                return Coverage.of(cmap(file));
            });
        }
        return coverage;
    }

    /** The face {@code kind} in this document, loaded on first use. */
    PDType0Font font(Kind kind) {
        PDType0Font font = loaded.get(kind);
        if (font == null) {
            TrueTypeFont unused = UNUSED.remove(kind);
            TrueTypeFont file = unused != null ? unused : read(kind);
            GLYPHS.computeIfAbsent(kind, k -> Coverage.of(cmap(file)));
            try {
                font = PDType0Font.load(document, file, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the font " + FOLDER + kind.file, e);
            }
            loaded.put(kind, font);
        }
        return font;
    }

    private static TrueTypeFont read(Kind kind) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes(kind)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + FOLDER + kind.file, e);
        }
    }

    /** The character map of {@code file}: read once, it is looked up without changing, by any thread. */
    private static CmapLookup cmap(TrueTypeFont file) {
        try {
            return file.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the character map of a bundled font", e);
        }
    }

    /**
     * The width of {@code run} at size 1000: PDFBox's {@link PDType0Font#getStringWidth}, which encodes the text and
     * reads each code back to sum the codes' widths in order, summed here in the same order from each character's
     * width, looked up once per font and character below U+3000 (a report measures the same few hundred characters
     * hundreds of thousands of times). Other characters are measured by PDFBox, run by run.
     */
    private float width(Run run) throws IOException {
        String text = run.text();
        float[] widths = advances.computeIfAbsent(run.font(), f -> {
            float[] unknown = new float[ADVANCES];
            Arrays.fill(unknown, Float.NaN);
            return unknown;
        });
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ADVANCES) {
                return run.font().getStringWidth(text);
            }
            float advance = widths[c];
            if (Float.isNaN(advance)) {
                advance = run.font().getStringWidth(String.valueOf(c));
                widths[c] = advance;
            }
            width += advance;
        }
        return width;
    }

    /** The file of the face whose font dictionary is {@code font}, if it is one of this document's; null otherwise. */
    Kind kindOf(COSBase font) {
        for (Map.Entry<Kind, PDType0Font> face : loaded.entrySet()) {
            if (face.getValue().getCOSObject() == font) {
                return face.getKey();
            }
        }
        return null;
    }

    /** Keeps only the glyphs used of each face loaded, before the document is saved. */
    void subset() throws IOException {
        for (PDType0Font font : loaded.values()) {
            font.subset();
        }
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

    Face regular() {
        return faces.get(family[0]);
    }

    Face bold() {
        return faces.get(family[1]);
    }

    Face oblique() {
        return faces.get(family[2]);
    }

    Face boldOblique() {
        return faces.get(family[3]);
    }

    /** A run of text set in one font. */
    record Run(PDType0Font font, String text) {
    }

    /**
     * A face to set text in: one of a family's four, whose missing characters are set in the upright face of the same
     * weight, then (for DejaVu Serif) in DejaVu Sans of the same weight and slant, then the regular face of DejaVu Sans,
     * then Droid Sans Fallback, then Noto Emoji.
     */
    final class Face {

        private final Kind kind;
        private final Kind[] chain;
        /** The face's own characters, read on first use. */
        private Coverage own;

        private Face(Kind kind) {
            this.kind = kind;
            this.chain = switch (kind) {
                case REGULAR -> new Kind[] {Kind.REGULAR, Kind.CJK, Kind.EMOJI};
                case BOLD -> new Kind[] {Kind.BOLD, Kind.REGULAR, Kind.CJK, Kind.EMOJI};
                case OBLIQUE -> new Kind[] {Kind.OBLIQUE, Kind.REGULAR, Kind.CJK, Kind.EMOJI};
                case BOLD_OBLIQUE -> new Kind[] {Kind.BOLD_OBLIQUE, Kind.BOLD, Kind.REGULAR, Kind.CJK, Kind.EMOJI};
                case SERIF -> new Kind[] {Kind.SERIF, Kind.REGULAR, Kind.CJK, Kind.EMOJI};
                case SERIF_BOLD -> new Kind[] {Kind.SERIF_BOLD, Kind.SERIF, Kind.BOLD, Kind.REGULAR, Kind.CJK, Kind.EMOJI};
                case SERIF_ITALIC -> new Kind[] {Kind.SERIF_ITALIC, Kind.SERIF, Kind.OBLIQUE, Kind.REGULAR, Kind.CJK, Kind.EMOJI};
                case SERIF_BOLD_ITALIC -> new Kind[] {Kind.SERIF_BOLD_ITALIC, Kind.SERIF_BOLD, Kind.BOLD_OBLIQUE, Kind.BOLD,
                        Kind.REGULAR, Kind.CJK, Kind.EMOJI};
                default -> new Kind[] {kind};
            };
        }

        /** The face's own font, the one its text is set in when the face has every character. */
        PDType0Font font() {
            return PdfFonts.this.font(kind);
        }

        /** This face in bold (for strong emphasis). */
        Face bolder() {
            return switch (kind) {
                case REGULAR -> faces.get(Kind.BOLD);
                case OBLIQUE -> faces.get(Kind.BOLD_OBLIQUE);
                case SERIF -> faces.get(Kind.SERIF_BOLD);
                case SERIF_ITALIC -> faces.get(Kind.SERIF_BOLD_ITALIC);
                default -> this;
            };
        }

        /** This face slanted (for emphasis). */
        Face slanted() {
            return switch (kind) {
                case REGULAR -> faces.get(Kind.OBLIQUE);
                case BOLD -> faces.get(Kind.BOLD_OBLIQUE);
                case SERIF -> faces.get(Kind.SERIF_ITALIC);
                case SERIF_BOLD -> faces.get(Kind.SERIF_BOLD_ITALIC);
                default -> this;
            };
        }

        /** The file this face's own text is set in. */
        Kind kind() {
            return kind;
        }

        /** The width of cleaned {@code text} at size 1000, in the fonts its characters are set in. */
        float width(String text) throws IOException {
            List<Run> runs = runs(text);
            float width = 0;
            for (Run run : runs) {
                width += PdfFonts.this.width(run);
            }
            return width;
        }

        /** Cleaned {@code text} cut into runs, each set in the first font of the face's chain that has its characters. */
        List<Run> runs(String text) {
            Kind current = null;
            int start = 0;
            List<Run> runs = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                Kind kind = setIn(cp);
                if (current != null && kind != current) {
                    if (runs == null) {
                        runs = new ArrayList<>();
                    }
                    runs.add(new Run(PdfFonts.this.font(current), text.substring(start, i)));
                    start = i;
                }
                current = kind;
                i += Character.charCount(cp);
            }
            if (runs == null) {
                return List.of(new Run(current == null ? font() : PdfFonts.this.font(current), text));
            }
            runs.add(new Run(PdfFonts.this.font(current), text.substring(start)));
            return runs;
        }

        /** The font {@code cp} is set in: the first of the chain that has it, else the face's own (U+FFFD). */
        private Kind setIn(int cp) {
            if (own == null) {
                own = coverage(kind);
            }
            if (own.has(cp)) {
                return kind;
            }
            for (Kind candidate : chain) {
                if (has(candidate, cp)) {
                    return candidate;
                }
            }
            return kind;
        }
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
        // Arabic letters in the forms their neighbours give them, before the joiners that steer them are dropped.
        text = ArabicShaping.shape(text);
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

    /**
     * Whether a face has a glyph for {@code cp} that can be printed as it is: in DejaVu's regular and bold faces, or
     * in a fallback. The fallbacks are read only for characters DejaVu lacks.
     */
    private static boolean printable(int cp) {
        if (needsShaping(cp)) {
            return false;
        }
        return has(Kind.REGULAR, cp) && has(Kind.BOLD, cp) || has(Kind.CJK, cp) || has(Kind.EMOJI, cp);
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

    /**
     * Scripts whose letters change shape with their neighbours, in a way the fonts are not told: printed letter by
     * letter they would mislead. Arabic letters {@link ArabicShaping} joins, and those already in a presentation
     * form, print; other Arabic letters do not.
     */
    private static boolean needsShaping(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.ARABIC) {
            boolean presentationForm = (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
            return Character.isLetter(cp) && !presentationForm && !ArabicShaping.shapes(cp);
        }
        return switch (script) {
            case SYRIAC, THAANA, NKO, MANDAIC, MONGOLIAN, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA,
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

    /**
     * A right-to-left run reversed for drawing, its brackets mirrored; a letter keeps its marks (Hebrew points,
     * Arabic vowels) after it, since a mark's glyph is drawn over the glyph before it.
     */
    private static String mirrored(String run) {
        StringBuilder reversed = new StringBuilder(run.length());
        int[] cps = run.codePoints().toArray();
        int end = cps.length;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && isMark(cps[start])) {
                start--;
            }
            reversed.appendCodePoint(mirror(cps[start]));
            for (int i = start + 1; i < end; i++) {
                reversed.appendCodePoint(cps[i]);
            }
            end = start;
        }
        return reversed.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static int mirror(int cp) {
        return switch (cp) {
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
            default -> cp;
        };
    }
}
