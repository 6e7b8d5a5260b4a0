package io.touchmap.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A table to lay out: columns with relative widths, an optional header row repeated on every page the table runs
 * over, and rows whose height grows with their text.
 *
 * @param borders whether cells are ruled; a table used only to place things side by side has none
 * @param rowHeaders whether the first cell of a row names it, and is repeated when the row continues on a new page
 */
record PdfTable(List<Column> columns, boolean header, boolean borders, boolean rowHeaders, List<Row> rows) {

    PdfTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A column: its title in the header row, an optional smaller line under the title, and its share of the
     * table's width.
     */
    record Column(String title, String subtitle, float weight) {
    }

    /** A row: one cell per column. */
    record Row(List<Cell> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        static Row of(Cell... cells) {
            return new Row(List.of(cells));
        }
    }

    /** A cell: items stacked from top to bottom on a background. */
    record Cell(List<Item> items, Color fill) {

        Cell {
            items = List.copyOf(items);
        }

        static Cell of(Item... items) {
            return new Cell(List.of(items), null);
        }

        static Cell of(List<Item> items) {
            return new Cell(items, null);
        }

        static Cell text(String text, TextStyle style) {
            return of(Item.text(text, style));
        }

        Cell filled(Color color) {
            return new Cell(items, color);
        }
    }

    /**
     * One thing in a cell: a text that wraps (with an optional marker hanging in front of it, printed on a rounded
     * badge of colour {@code badge} when it has one, and an optional link to an anchor), or a figure.
     */
    record Item(String text, TextStyle style, String marker, TextStyle markerStyle, String link, Figure figure, Color badge) {

        static Item text(String text, TextStyle style) {
            return new Item(text, style, null, null, null, null, null);
        }

        static Item marked(String marker, TextStyle markerStyle, String text, TextStyle style) {
            return new Item(text, style, marker, markerStyle, null, null, null);
        }

        /** A text behind a badge: {@code letter} in white bold on {@code colour}, such as a competitor's key. */
        static Item badged(String letter, Color colour, TextStyle letterStyle, String text, TextStyle style) {
            return new Item(text, style, letter, letterStyle.withColor(Color.WHITE), null, null, colour);
        }

        static Item figure(Figure figure) {
            return new Item(null, null, null, null, null, figure, null);
        }

        Item linkedTo(String key) {
            return new Item(text, style, marker, markerStyle, key, figure, badge);
        }
    }

    /** Builds a table row by row. */
    static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private boolean header = true;
        private boolean borders = true;
        private boolean rowHeaders;

        Builder column(String title, float weight) {
            columns.add(new Column(title, null, weight));
            return this;
        }

        Builder column(String title, String subtitle, float weight) {
            columns.add(new Column(title, subtitle, weight));
            return this;
        }

        Builder noHeader() {
            header = false;
            return this;
        }

        Builder noBorders() {
            borders = false;
            return this;
        }

        Builder rowHeaders() {
            rowHeaders = true;
            return this;
        }

        Builder row(Cell... cells) {
            return row(List.of(cells));
        }

        Builder row(List<Cell> cells) {
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of "
                        + columns.size() + " columns");
            }
            rows.add(new Row(cells));
            return this;
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        PdfTable build() {
            return new PdfTable(columns, header, borders, rowHeaders, rows);
        }
    }

    static Builder builder() {
        return new Builder();
    }
}
