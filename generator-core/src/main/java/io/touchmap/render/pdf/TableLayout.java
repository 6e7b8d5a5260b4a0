package io.touchmap.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays a {@link PdfTable} down the pages of a {@link PageFlow}: columns by their weights, cells wrapped to their
 * width, rows as tall as their tallest cell. A row that does not fit goes to the next page whole when a fresh page
 * would hold it, else is split between pages line by line; the header is repeated on every page the table runs over,
 * and the row header too when a row continues.
 */
final class TableLayout {

    private static final float ITEM_GAP = 2.5f;

    private final PageFlow flow;

    TableLayout(PageFlow flow) {
        this.flow = flow;
    }

    /** One laid-out line or figure of a cell. */
    private record Placed(String text, TextStyle style, String marker, TextStyle markerStyle, float indent,
            String link, Figure figure, float gapBefore, java.awt.Color badge) {

        float height() {
            return gapBefore + (figure != null ? figure.height() + 2 : style.leading());
        }
    }

    /** The height {@code table} takes when drawn whole on one page, with the space after it. */
    float height(PdfTable table) {
        float[] widths = columnWidths(table);
        float pad = PdfStyle.CELL_PADDING;
        float height = table.header() ? rowHeight(headerCells(table, widths), new int[widths.length]) + 2 * pad : 0;
        for (PdfTable.Row row : table.rows()) {
            List<List<Placed>> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                cells.add(layout(row.cells().get(c), widths[c] - 2 * pad));
            }
            height += rowHeight(cells, new int[widths.length]) + 2 * pad;
        }
        return height + 8;
    }

    /** Draws {@code table} at the current position; rows that do not fit continue on the next page. */
    void draw(PdfTable table) throws IOException {
        float[] widths = columnWidths(table);
        float pad = PdfStyle.CELL_PADDING;
        List<List<Placed>> header = table.header() ? headerCells(table, widths) : null;
        // repeated on every page, a header taller than half a page (a name of thousands of characters) would leave
        // the rows no room: it is cut there
        float headerLimit = (flow.top() - flow.bottom()) / 2;
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
                    flow.ensure(headerHeight + minRowHeight(cells) + 2 * pad);
                    drawRow(table, header, new int[widths.length], headerLimit, widths, headerFills(table), true);
                    headerDrawn = true;
                    rowsOnPage = 0;
                }
                float needed = rowHeight(cells, next) + 2 * pad;
                if (needed <= flow.remaining()) {
                    drawRow(table, cells, next, Float.MAX_VALUE, widths, fills(row), false);
                    rowsOnPage++;
                    break;
                }
                float fresh = flow.top() - flow.bottom() - headerHeight;
                boolean pageHoldsRows = rowsOnPage > 0 || (header == null && !flow.blank());
                if (first && needed <= fresh && pageHoldsRows) {
                    flow.newPage();
                    headerDrawn = false;
                    first = false;
                    continue;
                }
                float available = flow.remaining() - 2 * pad;
                boolean fitsSomething = available > 0 && fitsOneLine(cells, next, available);
                if (!fitsSomething && pageHoldsRows) {
                    flow.newPage();
                    headerDrawn = false;
                    first = false;
                    continue;
                }
                drawRow(table, cells, next, Math.max(available, 0), widths, fills(row), false);
                flow.newPage();
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
        flow.space(8);
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
            widths[c] = flow.width() * table.columns().get(c).weight() / total;
        }
        return widths;
    }

    private List<List<Placed>> headerCells(PdfTable table, float[] widths) {
        List<List<Placed>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            PdfTable.Column column = table.columns().get(c);
            List<PdfTable.Item> items = new ArrayList<>();
            items.add(PdfTable.Item.text(column.title() == null ? "" : column.title(), flow.smallStrong()));
            if (column.subtitle() != null) {
                items.add(PdfTable.Item.text(column.subtitle(), flow.small()));
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
                placed.add(new Placed(null, null, null, null, 0, null, item.figure(), gap, null));
                continue;
            }
            String marker = item.marker() == null ? null : flow.fonts().clean(item.marker());
            float markerWidth = marker == null ? 0 : item.badge() != null ? badgeWidth(marker, item.markerStyle())
                    : item.markerStyle().width(marker);
            float indent = marker == null ? 0 : markerWidth + item.style().width(" ");
            List<String> lines = flow.wrap(item.text(), item.style(), Math.max(width - indent, 8));
            for (int i = 0; i < lines.size(); i++) {
                placed.add(new Placed(lines.get(i), item.style(), i == 0 ? marker : null, item.markerStyle(), indent,
                        item.link(), null, i == 0 ? gap : 0, item.badge()));
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
        float x = flow.left();
        float rowTop = flow.y();
        for (int c = 0; c < cells.size(); c++) {
            if (fills[c] != null) {
                flow.canvas().fill(fills[c], x, rowTop - height, widths[c], height);
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
                    line.figure().draw(flow.canvas(), x + pad, lineTop - line.figure().height() - 1);
                    lineTop -= line.figure().height() + 2;
                    continue;
                }
                float baseline = lineTop - baselineDrop(line.style());
                if (line.marker() != null && line.badge() != null) {
                    TextStyle letter = line.markerStyle();
                    float badgeWidth = badgeWidth(line.marker(), letter);
                    float badgeHeight = letter.size() * 1.3f;
                    // the badge is centred on the capitals of the text beside it, the letter on the badge
                    float lift = Math.max(0, line.style().size() - letter.size()) * 0.36f;
                    flow.canvas().pill(line.badge(), x + pad, baseline + lift - letter.size() * 0.3f, badgeWidth, badgeHeight);
                    flow.canvas().text(line.marker(), letter, x + pad + (badgeWidth - letter.width(line.marker())) / 2, baseline + lift);
                } else if (line.marker() != null) {
                    flow.canvas().text(line.marker(), line.markerStyle(), x + pad, baseline);
                }
                flow.canvas().text(line.text(), line.style(), x + pad + line.indent(), baseline);
                if (line.link() != null && !line.text().isEmpty()) {
                    float textWidth = line.style().width(line.text());
                    flow.navigation().link(flow.page(), new PDRectangle(x + pad, baseline - line.style().size() * 0.25f,
                            line.indent() + textWidth, line.style().size() * 1.2f), line.link());
                }
                lineTop -= line.style().leading();
            }
            if (table.borders()) {
                flow.canvas().frame(PdfStyle.RULE, 0.5f, x, rowTop - height, widths[c], height);
            }
            x += widths[c];
            next[c] = end[c];
        }
        if (!table.borders() && isHeader) {
            flow.canvas().rule(PdfStyle.RULE, 0.5f, flow.left(), rowTop - height, flow.left() + flow.width(), rowTop - height);
        }
        flow.drawnDownTo(rowTop - height);
    }

    /** The width of a badge around {@code letter}: a circle for one letter, a pill for more. */
    private static float badgeWidth(String letter, TextStyle style) {
        return Math.max(style.size() * 1.3f, style.width(letter) + style.size() * 0.7f);
    }

    /** How far below the top of its line a line's baseline sits: the text centred in its leading. */
    private static float baselineDrop(TextStyle style) {
        return style.leading() - (style.leading() - style.size()) / 2 - style.size() * 0.22f;
    }
}
