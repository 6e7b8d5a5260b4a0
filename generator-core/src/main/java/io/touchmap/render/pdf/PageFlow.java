package io.touchmap.render.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Lays text, tables and figures down the pages one after another: wraps words, starts a new page when the current
 * one is full, keeps headings with what follows them, repeats table headers. Each page's content goes to the
 * document's scratch storage as soon as the page is full, so memory does not grow with the page count.
 */
final class PageFlow implements Closeable {

    private static final float ITEM_GAP = 2.5f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final Navigation navigation;
    private PageDecoration decoration;

    private PDRectangle format = PdfStyle.PORTRAIT;
    private PDPage page;
    private Canvas canvas;
    private int pageIndex = -1;
    private float y;
    private boolean blank = true;

    PageFlow(PDDocument document, PdfFonts fonts, Navigation navigation) {
        this.document = document;
        this.fonts = fonts;
        this.navigation = navigation;
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
        return new TextStyle(fonts.bold(), size, level == 1 ? PdfStyle.ACCENT : PdfStyle.TEXT);
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

    // Pages.

    /** Starts a new page in {@code newFormat} (portrait or landscape); later pages keep that format. */
    void newPage(PDRectangle newFormat) throws IOException {
        closeCanvas();
        format = newFormat;
        page = new PDPage(newFormat);
        document.addPage(page);
        pageIndex++;
        canvas = Canvas.on(document, page);
        if (decoration != null) {
            decoration.draw(canvas, newFormat, pageIndex + 1);
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
                while (wordWidth > width) {
                    int cut = longestPrefix(word, style, width);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    wordWidth = style.width(word);
                }
                line.append(word);
                lineWidth = wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
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
        for (String line : wrap(text.strip(), style, width() - indent)) {
            line(line, style, indent);
        }
        space(style.size() * 0.6f);
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
        for (String line : lines) {
            line(line, style, 0);
        }
        if (level == 1) {
            y -= 3;
            canvas.rule(PdfStyle.ACCENT, 1.2f, left(), y, left() + width(), y);
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
            figure.draw(canvas, x, y - figure.height());
            blank = false;
            rowHeight = Math.max(rowHeight, figure.height());
            x += figure.width() + gap;
        }
        y -= rowHeight;
        space(gap);
    }

    // Tables.

    /** One laid-out line or figure of a cell. */
    private record Placed(String text, TextStyle style, String marker, TextStyle markerStyle, float indent,
            String link, Figure figure, float gapBefore) {

        float height() {
            return gapBefore + (figure != null ? figure.height() + 2 : style.leading());
        }
    }

    /** Draws {@code table} at the current position; rows that do not fit continue on the next page. */
    void table(PdfTable table) throws IOException {
        float[] widths = columnWidths(table);
        float pad = PdfStyle.CELL_PADDING;
        List<List<Placed>> header = table.header() ? headerCells(table, widths) : null;
        // repeated on every page, a header taller than half a page (a name of thousands of characters) would leave
        // the rows no room: it is cut there
        float headerLimit = (top() - bottom()) / 2;
        float headerHeight = header == null ? 0 : Math.min(rowHeight(header, new int[widths.length]), headerLimit) + 2 * pad;
        boolean headerDrawn = false;
        int rowsOnPage = 0;
        for (PdfTable.Row row : table.rows()) {
            List<List<Placed>> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                cells.add(layout(row.cells().get(c), widths[c] - 2 * pad));
            }
            int[] next = new int[widths.length];
            boolean first = true;
            while (true) {
                if (header != null && !headerDrawn) {
                    ensure(headerHeight + minRowHeight(cells) + 2 * pad);
                    drawRow(table, header, new int[widths.length], headerLimit, widths, headerFills(table), true);
                    headerDrawn = true;
                    rowsOnPage = 0;
                }
                float needed = rowHeight(cells, next) + 2 * pad;
                if (needed <= remaining()) {
                    drawRow(table, cells, next, Float.MAX_VALUE, widths, fills(row), false);
                    rowsOnPage++;
                    break;
                }
                float fresh = top() - bottom() - headerHeight;
                boolean pageHoldsRows = rowsOnPage > 0 || (header == null && !blank);
                if (first && needed <= fresh && pageHoldsRows) {
                    newPage();
                    headerDrawn = false;
                    first = false;
                    continue;
                }
                float available = remaining() - 2 * pad;
                boolean fitsSomething = available > 0 && fitsOneLine(cells, next, available);
                if (!fitsSomething && pageHoldsRows) {
                    newPage();
                    headerDrawn = false;
                    first = false;
                    continue;
                }
                drawRow(table, cells, next, Math.max(available, 0), widths, fills(row), false);
                newPage();
                headerDrawn = false;
                rowsOnPage = 0;
                first = false;
                if (done(cells, next)) {
                    break;
                }
                if (table.rowHeaders() && next[0] >= cells.get(0).size()) {
                    // a whole row header is repeated on the next page; one cut by the page goes on from the cut, or
                    // a page that holds only part of it (below a header taller than the page) would never end the row
                    next[0] = 0;
                }
            }
        }
        space(8);
    }

    private static boolean done(List<List<Placed>> cells, int[] next) {
        for (int c = 0; c < cells.size(); c++) {
            if (next[c] < cells.get(c).size()) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsOneLine(List<List<Placed>> cells, int[] next, float available) {
        for (int c = 0; c < cells.size(); c++) {
            if (next[c] < cells.get(c).size() && cells.get(c).get(next[c]).height() <= available) {
                return true;
            }
        }
        return false;
    }

    private float[] columnWidths(PdfTable table) {
        float total = 0;
        for (PdfTable.Column column : table.columns()) {
            total += column.weight();
        }
        float[] widths = new float[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width() * table.columns().get(c).weight() / total;
        }
        return widths;
    }

    private List<List<Placed>> headerCells(PdfTable table, float[] widths) {
        List<List<Placed>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            PdfTable.Column column = table.columns().get(c);
            List<PdfTable.Item> items = new ArrayList<>();
            items.add(PdfTable.Item.text(column.title() == null ? "" : column.title(), smallStrong()));
            if (column.subtitle() != null) {
                items.add(PdfTable.Item.text(column.subtitle(), small()));
            }
            cells.add(layout(PdfTable.Cell.of(items), widths[c] - 2 * PdfStyle.CELL_PADDING));
        }
        return cells;
    }

    private static Color[] headerFills(PdfTable table) {
        Color[] fills = new Color[table.columns().size()];
        java.util.Arrays.fill(fills, PdfStyle.HEADER_FILL);
        return fills;
    }

    private static Color[] fills(PdfTable.Row row) {
        return row.cells().stream().map(PdfTable.Cell::fill).toArray(Color[]::new);
    }

    private List<Placed> layout(PdfTable.Cell cell, float width) {
        List<Placed> placed = new ArrayList<>();
        for (PdfTable.Item item : cell.items()) {
            float gap = placed.isEmpty() ? 0 : ITEM_GAP;
            if (item.figure() != null) {
                placed.add(new Placed(null, null, null, null, 0, null, item.figure(), gap));
                continue;
            }
            String marker = item.marker() == null ? null : fonts.clean(item.marker());
            float indent = marker == null ? 0 : item.markerStyle().width(marker) + item.style().width(" ");
            List<String> lines = wrap(item.text(), item.style(), Math.max(width - indent, 8));
            for (int i = 0; i < lines.size(); i++) {
                placed.add(new Placed(lines.get(i), item.style(), i == 0 ? marker : null, item.markerStyle(), indent,
                        item.link(), null, i == 0 ? gap : 0));
            }
        }
        return placed;
    }

    private static float rowHeight(List<List<Placed>> cells, int[] next) {
        float height = 0;
        for (int c = 0; c < cells.size(); c++) {
            float cellHeight = 0;
            List<Placed> lines = cells.get(c);
            for (int i = next[c]; i < lines.size(); i++) {
                cellHeight += lines.get(i).height() - (i == next[c] ? lines.get(i).gapBefore() : 0);
            }
            height = Math.max(height, cellHeight);
        }
        return height;
    }

    private static float minRowHeight(List<List<Placed>> cells) {
        float height = 0;
        for (List<Placed> lines : cells) {
            if (!lines.isEmpty()) {
                height = Math.max(height, lines.get(0).height());
            }
        }
        return height;
    }

    /**
     * Draws what fits of one row within {@code limit} points of height, from the lines {@code next} points at, and
     * moves {@code next} past what was drawn.
     */
    private void drawRow(PdfTable table, List<List<Placed>> cells, int[] next, float limit, float[] widths,
            Color[] fills, boolean isHeader) throws IOException {
        float pad = PdfStyle.CELL_PADDING;
        int[] end = new int[cells.size()];
        float height = 0;
        for (int c = 0; c < cells.size(); c++) {
            List<Placed> lines = cells.get(c);
            float used = 0;
            int i = next[c];
            while (i < lines.size()) {
                float h = lines.get(i).height() - (i == next[c] ? lines.get(i).gapBefore() : 0);
                if (used + h > limit) {
                    break;
                }
                used += h;
                i++;
            }
            end[c] = i;
            height = Math.max(height, used);
        }
        if (height == 0 && limit != Float.MAX_VALUE) {
            // Nothing fits even on a fresh page (a figure taller than the page): draw one item per cell anyway.
            for (int c = 0; c < cells.size(); c++) {
                if (next[c] < cells.get(c).size()) {
                    end[c] = next[c] + 1;
                    height = Math.max(height, cells.get(c).get(next[c]).height() - cells.get(c).get(next[c]).gapBefore());
                }
            }
        }
        height += 2 * pad;
        // First lines of different sizes share one baseline, as a reader's eye expects across a row.
        float firstDrop = 0;
        for (int c = 0; c < cells.size(); c++) {
            if (next[c] < end[c] && cells.get(c).get(next[c]).figure() == null) {
                firstDrop = Math.max(firstDrop, baselineDrop(cells.get(c).get(next[c]).style()));
            }
        }
        float x = left();
        float rowTop = y;
        for (int c = 0; c < cells.size(); c++) {
            if (fills[c] != null) {
                canvas.fill(fills[c], x, rowTop - height, widths[c], height);
            }
            float lineTop = rowTop - pad;
            if (next[c] < end[c] && cells.get(c).get(next[c]).figure() == null) {
                lineTop -= firstDrop - baselineDrop(cells.get(c).get(next[c]).style());
            }
            for (int i = next[c]; i < end[c]; i++) {
                Placed line = cells.get(c).get(i);
                if (i != next[c]) {
                    lineTop -= line.gapBefore();
                }
                if (line.figure() != null) {
                    line.figure().draw(canvas, x + pad, lineTop - line.figure().height() - 1);
                    lineTop -= line.figure().height() + 2;
                    continue;
                }
                float baseline = lineTop - baselineDrop(line.style());
                if (line.marker() != null) {
                    canvas.text(line.marker(), line.markerStyle(), x + pad, baseline);
                }
                canvas.text(line.text(), line.style(), x + pad + line.indent(), baseline);
                if (line.link() != null && !line.text().isEmpty()) {
                    float textWidth = line.style().width(line.text());
                    navigation.link(page, new PDRectangle(x + pad, baseline - line.style().size() * 0.25f,
                            line.indent() + textWidth, line.style().size() * 1.2f), line.link());
                }
                lineTop -= line.style().leading();
            }
            if (table.borders()) {
                canvas.frame(PdfStyle.RULE, 0.5f, x, rowTop - height, widths[c], height);
            }
            x += widths[c];
            next[c] = end[c];
        }
        if (!table.borders() && isHeader) {
            canvas.rule(PdfStyle.RULE, 0.5f, left(), rowTop - height, left() + width(), rowTop - height);
        }
        y = rowTop - height;
        blank = false;
    }

    /** How far below the top of its line a line's baseline sits: the text centred in its leading. */
    private static float baselineDrop(TextStyle style) {
        return style.leading() - (style.leading() - style.size()) / 2 - style.size() * 0.22f;
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
