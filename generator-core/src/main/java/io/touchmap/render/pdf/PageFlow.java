package io.touchmap.render.pdf;

import io.touchmap.internal.text.Markdown;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Lays text, tables and figures down the pages one after another: wraps words, starts a new page when the current
 * one is full, keeps headings with what follows them; tables are laid out by {@link TableLayout}. Each page's content
 * goes to the document's scratch storage as soon as the page is full, so memory does not grow with the page count.
 */
final class PageFlow implements Closeable {

    /** No-break spaces that end a line, which are not printed. */
    private static final Pattern TRAILING_NO_BREAK_SPACES = Pattern.compile("[\u00A0\u202F\u2007]+$");

    private final PDDocument document;
    private final PdfFonts fonts;
    private final Navigation navigation;
    private final PdfStyle.Palette palette;
    private final Tags tags;
    private PageDecoration decoration;

    private PDRectangle format = PdfStyle.PORTRAIT;
    private PDPage page;
    private Canvas canvas;
    private int pageIndex = -1;
    private float y;
    private boolean blank = true;

    PageFlow(PDDocument document, PdfFonts fonts, Navigation navigation) {
        this(document, fonts, navigation, PdfStyle.Palette.DEFAULT);
    }

    PageFlow(PDDocument document, PdfFonts fonts, Navigation navigation, PdfStyle.Palette palette) {
        this.document = document;
        this.fonts = fonts;
        this.navigation = navigation;
        this.palette = palette;
        this.tags = navigation.tags();
    }

    /** The colours of the map's theme. */
    PdfStyle.Palette palette() {
        return palette;
    }

    // Styles.

    TextStyle body() {
        return new TextStyle(fonts.regular(), PdfStyle.BODY_SIZE, PdfStyle.TEXT);
    }

    TextStyle strong() {
        return new TextStyle(fonts.bold(), PdfStyle.BODY_SIZE, PdfStyle.TEXT);
    }

    TextStyle small() {
        return new TextStyle(fonts.regular(), PdfStyle.SMALL_SIZE, PdfStyle.MUTED);
    }

    TextStyle smallStrong() {
        return new TextStyle(fonts.bold(), PdfStyle.SMALL_SIZE, PdfStyle.TEXT);
    }

    TextStyle heading(int level) {
        float size = switch (level) {
            case 1 -> PdfStyle.H1_SIZE;
            case 2 -> PdfStyle.H2_SIZE;
            default -> PdfStyle.H3_SIZE;
        };
        return new TextStyle(fonts.bold(), size, level == 1 ? palette.accent() : PdfStyle.TEXT);
    }

    PdfFonts fonts() {
        return fonts;
    }

    PDDocument document() {
        return document;
    }

    Navigation navigation() {
        return navigation;
    }

    /** The document's logical structure, which what is drawn is tied to. */
    Tags tags() {
        return tags;
    }

    // Pages.

    /** Starts a new page in {@code newFormat} (portrait or landscape); later pages keep that format. */
    void newPage(PDRectangle newFormat) throws IOException {
        closeCanvas();
        format = newFormat;
        page = new PDPage(newFormat);
        document.addPage(page);
        pageIndex++;
        canvas = Canvas.on(document, page, tags);
        if (decoration != null) {
            Canvas drawn = canvas;
            canvas.artifact(() -> decoration.draw(drawn, newFormat, pageIndex + 1));
        }
        y = top();
        blank = true;
    }

    void newPage() throws IOException {
        newPage(format);
    }

    /** Adds a page left empty for now (the contents), to be drawn on once the page numbers are known. */
    PDPage reservePage() throws IOException {
        newPage(PdfStyle.PORTRAIT);
        blank = false;
        return page;
    }

    /** From now on, every new page gets the running header and the page number of {@code decoration}. */
    void decorate(PageDecoration decoration) {
        this.decoration = decoration;
    }

    PDPage page() {
        return page;
    }

    int pageIndex() {
        return pageIndex;
    }

    Canvas canvas() {
        return canvas;
    }

    float left() {
        return PdfStyle.MARGIN;
    }

    float width() {
        return format.getWidth() - 2 * PdfStyle.MARGIN;
    }

    float top() {
        return format.getHeight() - PdfStyle.BODY_TOP;
    }

    float bottom() {
        return PdfStyle.BODY_BOTTOM;
    }

    float y() {
        return y;
    }

    /** Whether nothing has been drawn on the page yet. */
    boolean blank() {
        return blank;
    }

    float remaining() {
        return y - bottom();
    }

    /** Moves down by {@code height}, unless at the top of a page where space would only push content down. */
    void space(float height) {
        if (!blank) {
            y -= Math.min(height, remaining());
        }
    }

    /** Moves down by {@code height} even at the top of a page, within the page's body. */
    void moveDown(float height) {
        y -= Math.min(height, remaining());
    }

    /** Starts a new page unless {@code height} fits below the current position. */
    void ensure(float height) throws IOException {
        if (remaining() < height && !blank) {
            newPage();
        }
    }

    /** Records that the current position is where {@code key} starts. */
    Navigation.Anchor anchor(String key) {
        Navigation.Anchor anchor = new Navigation.Anchor(page, pageIndex, y + 4);
        if (key != null) {
            navigation.anchor(key, anchor);
        }
        return anchor;
    }

    // Text.

    /** {@code text} cleaned for the font and cut into lines of at most {@code width} points. */
    List<String> wrap(String text, TextStyle style, float width) {
        return wrapClean(fonts.clean(text), style, width);
    }

    /**
     * Cleaned {@code text} cut into lines of at most {@code width} points, at spaces. A word is never cut unless it
     * alone is wider than the line: then it is broken at its no-break spaces (between a number and its unit), else
     * after its own hyphens, else cut with a hyphen at the end of each line but its last.
     */
    static List<String> wrapClean(String text, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        float space = style.width(" ");
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = style.width(word);
                if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (wordWidth > width) {
                    List<String> pieces = breakWord(word, style, width);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    word = pieces.get(pieces.size() - 1);
                    wordWidth = style.width(word);
                }
                line.append(word);
                lineWidth = wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A word wider than {@code width} as lines that fit, the last one possibly with room to spare. */
    private static List<String> breakWord(String word, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        for (String part : pack(split(word, PageFlow::isNoBreakSpace), "", style, width)) {
            // a no-break space that ends a line is not printed
            part = TRAILING_NO_BREAK_SPACES.matcher(part).replaceAll("");
            if (style.width(part) <= width) {
                lines.add(part);
                continue;
            }
            for (String piece : pack(split(part, cp -> cp == '-' || cp == '\u2010' || cp == '/'), "", style, width)) {
                while (style.width(piece) > width) {
                    int cut = longestPrefix(piece, style, width - style.width("-"));
                    lines.add(piece.substring(0, cut) + "-");
                    piece = piece.substring(cut);
                }
                lines.add(piece);
            }
        }
        return lines;
    }

    /** {@code word} split at the characters {@code at} accepts, which stay with the part before them. */
    private static List<String> split(String word, IntPredicate at) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (at.test(cp) && next < word.length()) {
                parts.add(word.substring(start, next));
                start = next;
            }
            i = next;
        }
        parts.add(word.substring(start));
        return parts;
    }

    /** Consecutive parts joined into lines as long as they fit {@code width}; a part too wide stays alone. */
    private static List<String> pack(List<String> parts, String joiner, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (line.length() > 0 && style.width(line + joiner + part) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? joiner : "").append(part);
        }
        lines.add(line.toString());
        return lines;
    }

    private static boolean isNoBreakSpace(int cp) {
        return cp == '\u00A0' || cp == '\u202F' || cp == '\u2007';
    }

    /** The length of the longest prefix of {@code word} that fits {@code width}, at least one character. */
    private static int longestPrefix(String word, TextStyle style, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (style.width(word.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** A paragraph: wrapped to the text width, continued on the next page when it does not fit. */
    void paragraph(String text, TextStyle style) throws IOException {
        paragraph(text, style, 0);
    }

    void paragraph(String text, TextStyle style, float indent) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        tags.begin("P");
        lines(text, style, indent);
        tags.end();
    }

    /**
     * A paragraph set as a heading drawn at {@code level} (the cover's title, a block's title followed by a quiet
     * sentence): tagged as a heading, with no bookmark and no rule.
     */
    void title(int level, String text, TextStyle style) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        tags.heading(level);
        lines(text, style, 0);
        tags.end();
    }

    private void lines(String text, TextStyle style, float indent) throws IOException {
        for (String line : wrap(text.strip(), style, width() - indent)) {
            line(line, style, indent);
        }
        space(style.size() * 0.6f);
    }

    /**
     * A paragraph of Markdown spans: emphasis in the oblique face, strong emphasis in bold, wrapped as one text. A
     * paragraph without emphasis is set as {@link #paragraph(String, TextStyle)} sets it.
     */
    void paragraph(List<Markdown.Span> spans, TextStyle style) throws IOException {
        if (spans.stream().noneMatch(span -> span.emphasis() || span.strong())) {
            paragraph(spans.stream().map(Markdown.Span::text).collect(java.util.stream.Collectors.joining()), style);
            return;
        }
        // Words made of styled pieces: a word may change face in its middle ("*re*commande").
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        float lineWidth = 0;
        float space = style.width(" ");
        List<Piece> pieces = new ArrayList<>();
        for (Markdown.Span span : spans) {
            TextStyle face = span.emphasis() ? style.slanted() : style;
            face = span.strong() ? face.bolder() : face;
            pieces.add(new Piece(fonts.clean(span.text()), face));
        }
        pieces.add(new Piece("\n", style));
        for (Piece piece : pieces) {
            String text = piece.text();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                boolean end = i == text.length();
                char c = end ? 0 : text.charAt(i);
                if (!end && c != ' ' && c != '\n') {
                    continue;
                }
                if (i > start) {
                    word.add(new Piece(text.substring(start, i), piece.style()));
                }
                start = i + 1;
                if (end) {
                    break;
                }
                if (!word.isEmpty()) {
                    float wordWidth = Piece.width(word);
                    if (!line.isEmpty() && lineWidth + space + wordWidth > width()) {
                        lines.add(line);
                        line = new ArrayList<>();
                        lineWidth = 0;
                    }
                    if (!line.isEmpty()) {
                        line.add(new Piece(" ", style));
                        lineWidth += space;
                    }
                    if (wordWidth > width() && word.size() == 1) {
                        // a word wider than the line, in one face: broken as plain text would be
                        List<String> broken = wrapClean(word.get(0).text(), word.get(0).style(), width());
                        for (int b = 0; b < broken.size() - 1; b++) {
                            line.add(new Piece(broken.get(b), word.get(0).style()));
                            lines.add(line);
                            line = new ArrayList<>();
                        }
                        word = List.of(new Piece(broken.get(broken.size() - 1), word.get(0).style()));
                        wordWidth = Piece.width(word);
                    }
                    line.addAll(word);
                    lineWidth += wordWidth;
                    word = new ArrayList<>();
                }
                if (c == '\n') {
                    lines.add(line);
                    line = new ArrayList<>();
                    lineWidth = 0;
                }
            }
        }
        tags.begin("P");
        for (List<Piece> printed : lines) {
            ensure(style.leading());
            y -= style.leading();
            float x = left();
            for (Piece piece : printed) {
                canvas.text(piece.text(), piece.style(), x, y + style.leading() - style.size());
                x += piece.style().width(piece.text());
            }
            blank = false;
        }
        tags.end();
        space(style.size() * 0.6f);
    }

    /** Cleaned text in one style, part of a line that mixes styles. */
    private record Piece(String text, TextStyle style) {
        static float width(List<Piece> pieces) {
            float width = 0;
            for (Piece piece : pieces) {
                width += piece.style().width(piece.text());
            }
            return width;
        }
    }

    /** One line of cleaned text at the current position. */
    void line(String cleaned, TextStyle style, float indent) throws IOException {
        ensure(style.leading());
        y -= style.leading();
        canvas.text(cleaned, style, left() + indent, y + style.leading() - style.size());
        blank = false;
    }

    /**
     * A heading, kept on the same page as at least {@link PdfStyle#KEEP_WITH_HEADING} points of what follows; with
     * a bookmark under {@code parent} when {@code bookmark} is true.
     */
    Heading heading(int level, String text, String anchorKey, PDOutlineItem parent, boolean bookmark)
            throws IOException {
        TextStyle style = heading(level);
        List<String> lines = wrap(text, style, width());
        float before = level == 1 ? 0 : style.size() * 0.9f;
        ensure(before + lines.size() * style.leading() + PdfStyle.KEEP_WITH_HEADING);
        space(before);
        Navigation.Anchor anchor = anchor(anchorKey);
        tags.heading(level);
        for (String line : lines) {
            line(line, style, 0);
        }
        tags.end();
        if (level == 1) {
            y -= 3;
            canvas.rule(palette.accent(), 1.2f, left(), y, left() + width(), y);
        }
        space(style.size() * 0.55f);
        PDOutlineItem item = bookmark ? navigation.bookmark(parent, text, anchor) : null;
        return new Heading(anchor, item);
    }

    /** Where a heading was drawn and its bookmark, if it has one. */
    record Heading(Navigation.Anchor anchor, PDOutlineItem bookmark) {
    }

    /** A run of text in one style, for lines that mix styles such as a legend. */
    record Run(String text, TextStyle style) {
    }

    /** Runs of text on one line, such as a legend; a run that would pass the right margin goes to the next line. */
    void runs(List<Run> runs) throws IOException {
        TextStyle first = runs.get(0).style();
        tags.begin("P");
        ensure(first.leading());
        y -= first.leading();
        float x = left();
        for (Run run : runs) {
            String text = fonts.clean(run.text());
            float w = run.style().width(text);
            if (x > left() && x + w > left() + width()) {
                ensure(first.leading());
                y -= first.leading();
                x = left();
            }
            canvas.text(text, run.style(), x, y + first.leading() - first.size());
            x += w;
        }
        tags.end();
        blank = false;
        space(first.size() * 0.6f);
    }

    /** Figures side by side, as many as fit the width, in rows. */
    void figures(List<Figure> figures, float gap) throws IOException {
        float x = left();
        float rowHeight = 0;
        for (Figure figure : figures) {
            if (x > left() && x + figure.width() > left() + width() + 0.5f) {
                y -= rowHeight + gap;
                x = left();
                rowHeight = 0;
            }
            if (x == left()) {
                ensure(figure.height());
            }
            canvas.figure(figure, tags.reserve("Figure"), x, y - figure.height());
            blank = false;
            rowHeight = Math.max(rowHeight, figure.height());
            x += figure.width() + gap;
        }
        y -= rowHeight;
        space(gap);
    }

    // Tables.

    /** Draws {@code table} at the current position; rows that do not fit continue on the next page. */
    void table(PdfTable table) throws IOException {
        new TableLayout(this).draw(table);
    }

    /** Records that something was drawn down to {@code bottom} on the current page: what follows goes below it. */
    void drawnDownTo(float bottom) {
        y = bottom;
        blank = false;
    }

    private void closeCanvas() throws IOException {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeCanvas();
    }
}
