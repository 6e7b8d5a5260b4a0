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

    /** One laid-out line or figure of a cell, of its {@code item}th item. */
    private record Placed(String text, TextStyle style, String marker, TextStyle markerStyle, float indent,
            String link, Figure figure, float gapBefore, java.awt.Color badge, int item) {

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
        Tags tags = flow.tags();
        boolean layoutOnly = !table.header() && !table.borders();
        Tags.Element structure = tags.reserve(layoutOnly ? "Div" : "Table");
        RowTags headerTags = header == null ? null
                : new RowTags(tags, structure, table, headerItems(table), headerFills(table), true, layoutOnly);
        boolean headerTagged = false;
        for (PdfTable.Row row : table.rows()) {
            List<List<Placed>> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                cells.add(layout(row.cells().get(c), widths[c] - 2 * pad));
            }
            RowTags rowTags = new RowTags(tags, structure, table, row.cells().stream().map(PdfTable.Cell::items).toList(),
                    fills(row), false, layoutOnly);
            int[] next = new int[widths.length];
            boolean first = true;
            while (true) {
                if (header != null && !headerDrawn) {
                    flow.ensure(headerHeight + minRowHeight(cells) + 2 * pad);
                    // the header is read once, where the table starts; its copies on further pages are artifacts
                    drawRow(table, header, new int[widths.length], headerLimit, widths, headerFills(table), true,
                            headerTags, headerTagged);
                    headerDrawn = true;
                    headerTagged = true;
                    rowsOnPage = 0;
                }
                float needed = rowHeight(cells, next) + 2 * pad;
                if (needed <= flow.remaining()) {
                    drawRow(table, cells, next, Float.MAX_VALUE, widths, fills(row), false, rowTags, false);
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
                drawRow(table, cells, next, Math.max(available, 0), widths, fills(row), false, rowTags, false);
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
        List<List<PdfTable.Item>> items = headerItems(table);
        for (int c = 0; c < widths.length; c++) {
            cells.add(layout(PdfTable.Cell.of(items.get(c)), widths[c] - 2 * PdfStyle.CELL_PADDING));
        }
        return cells;
    }

    /** What each cell of the header row holds: the column's title, and its subtitle under it. */
    private List<List<PdfTable.Item>> headerItems(PdfTable table) {
        List<List<PdfTable.Item>> cells = new ArrayList<>();
        for (PdfTable.Column column : table.columns()) {
            List<PdfTable.Item> items = new ArrayList<>();
            items.add(PdfTable.Item.text(column.title() == null ? "" : column.title(), flow.smallStrong()));
            if (column.subtitle() != null) {
                items.add(PdfTable.Item.text(column.subtitle(), flow.small()));
            }
            cells.add(items);
        }
        return cells;
    }

    /**
     * The structure of one row: its TR, a TH or TD per cell, and in each cell the element of each item: the cell
     * itself for a lone text, else a paragraph, a list item (bulleted items make a list), or a figure; a link in it.
     */
    private static final class RowTags {
        final Tags.Element[] cells;
        final List<Tags.Element[]> markers = new ArrayList<>();
        final List<Tags.Element[]> texts = new ArrayList<>();
        /** How many lines of each cell were drawn once: those drawn again (a repeated row header) are artifacts. */
        final int[] drawn;

        RowTags(Tags tags, Tags.Element table, PdfTable pdfTable, List<List<PdfTable.Item>> items, Color[] fills,
                boolean header, boolean layoutOnly) {
            Tags.Element row = tags.reserve(table, layoutOnly ? "Div" : "TR");
            cells = new Tags.Element[items.size()];
            drawn = new int[items.size()];
            for (int c = 0; c < items.size(); c++) {
                List<PdfTable.Item> cellItems = items.get(c);
                boolean heads = !layoutOnly && (header || (c == 0 && pdfTable.rowHeaders()) || labels(fills[c]));
                Tags.Element cell = tags.reserve(row, layoutOnly ? "Div" : heads ? "TH" : "TD");
                if (heads) {
                    cell.scope(header ? "Column" : "Row");
                }
                cells[c] = cell;
                Tags.Element[] marker = new Tags.Element[cellItems.size()];
                Tags.Element[] text = new Tags.Element[cellItems.size()];
                Tags.Element list = null;
                for (int i = 0; i < cellItems.size(); i++) {
                    PdfTable.Item item = cellItems.get(i);
                    if (item.figure() != null) {
                        text[i] = tags.reserve(cell, "Figure");
                        list = null;
                        continue;
                    }
                    Tags.Element holder;
                    if (BULLET.equals(item.marker())) {
                        list = list != null ? list : tags.reserve(cell, "L");
                        Tags.Element listItem = tags.reserve(list, "LI");
                        marker[i] = tags.reserve(listItem, "Lbl");
                        holder = tags.reserve(listItem, "LBody");
                    } else {
                        list = null;
                        holder = cellItems.size() == 1 && !layoutOnly ? cell : tags.reserve(cell, "P");
                        marker[i] = item.marker() != null && item.link() != null ? tags.reserve(holder, "Span") : holder;
                    }
                    text[i] = item.link() != null ? tags.reserve(holder, "Link") : holder;
                }
                markers.add(marker);
                texts.add(text);
            }
        }
    }

    private static final String BULLET = "\u2022";

    /** Whether a cell on {@code fill} names what follows it in its row, as the labels of a sheet's facts do. */
    private static boolean labels(Color fill) {
        return PdfStyle.ROW_HEADER_FILL.equals(fill) || PdfStyle.HEADER_FILL.equals(fill);
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
        for (int index = 0; index < cell.items().size(); index++) {
            PdfTable.Item item = cell.items().get(index);
            float gap = placed.isEmpty() ? 0 : ITEM_GAP;
            if (item.figure() != null) {
                placed.add(new Placed(null, null, null, null, 0, null, item.figure(), gap, null, index));
                continue;
            }
            String marker = item.marker() == null ? null : flow.fonts().clean(item.marker());
            float markerWidth = marker == null ? 0 : item.badge() != null ? badgeWidth(marker, item.markerStyle())
                    : item.markerStyle().width(marker);
            float indent = marker == null ? 0 : markerWidth + item.style().width(" ");
            List<String> lines = flow.wrap(item.text(), item.style(), Math.max(width - indent, 8));
            for (int i = 0; i < lines.size(); i++) {
                placed.add(new Placed(lines.get(i), item.style(), i == 0 ? marker : null, item.markerStyle(), indent,
                        item.link(), null, i == 0 ? gap : 0, item.badge(), index));
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
            Color[] fills, boolean isHeader, RowTags tags, boolean repeated) throws IOException {
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
                boolean again = repeated || i < tags.drawn[c];
                float cellX = x;
                float top = lineTop;
                int column = c;
                Canvas.Drawing drawing = () -> drawLine(line, tags.markers.get(column)[line.item()],
                        tags.texts.get(column)[line.item()], again, cellX + pad, top);
                if (again) {
                    flow.canvas().artifact(drawing);
                } else {
                    drawing.draw();
                }
                lineTop -= line.figure() != null ? line.figure().height() + 2 : line.style().leading();
            }
            tags.drawn[c] = Math.max(tags.drawn[c], end[c]);
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

    /**
     * Draws one line of a cell with its top at {@code top}: its marker into {@code marker}, its text (or figure) into
     * {@code text}, both artifacts when the line is {@code again} drawn.
     */
    private void drawLine(Placed line, Tags.Element marker, Tags.Element text, boolean again, float x, float top)
            throws IOException {
        Canvas canvas = flow.canvas();
        Tags tags = flow.tags();
        if (line.figure() != null) {
            if (again) {
                line.figure().draw(canvas, x, top - line.figure().height() - 1);
            } else {
                canvas.figure(line.figure(), text, x, top - line.figure().height() - 1);
            }
            return;
        }
        float baseline = top - baselineDrop(line.style());
        if (line.marker() != null) {
            tags.resume(marker);
            if (line.badge() != null) {
                TextStyle letter = line.markerStyle();
                float badgeWidth = badgeWidth(line.marker(), letter);
                float badgeHeight = letter.size() * 1.3f;
                // the badge is centred on the capitals of the text beside it, the letter on the badge
                float lift = Math.max(0, line.style().size() - letter.size()) * 0.36f;
                canvas.pill(line.badge(), x, baseline + lift - letter.size() * 0.3f, badgeWidth, badgeHeight);
                canvas.text(line.marker(), letter, x + (badgeWidth - letter.width(line.marker())) / 2, baseline + lift);
            } else {
                canvas.text(line.marker(), line.markerStyle(), x, baseline);
            }
            tags.end();
        }
        tags.resume(text);
        canvas.text(line.text(), line.style(), x + line.indent(), baseline);
        if (line.link() != null && !line.text().isEmpty()) {
            float textWidth = line.style().width(line.text());
            flow.navigation().link(flow.page(), new PDRectangle(x, baseline - line.style().size() * 0.25f,
                    line.indent() + textWidth, line.style().size() * 1.2f), line.link(), line.text());
        }
        tags.end();
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
