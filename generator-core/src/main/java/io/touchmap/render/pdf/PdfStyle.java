package io.touchmap.render.pdf;

import io.touchmap.model.KpiStatus;
import io.touchmap.model.Theme;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.render.chart.ChartTheme;
import java.awt.Color;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The measures and colours of the PDF: page formats, margins, type sizes, and the status markers. */
final class PdfStyle {

    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    /** Left and right margin, and the distance of the body from the page's top and bottom edges. */
    static final float MARGIN = 48;
    static final float BODY_TOP = 62;
    static final float BODY_BOTTOM = 54;
    static final float HEADER_BASELINE = 34;
    static final float FOOTER_BASELINE = 28;

    static final float BODY_SIZE = 9.5f;
    static final float SMALL_SIZE = 8f;
    static final float TITLE_SIZE = 26;
    static final float H1_SIZE = 17;
    static final float H2_SIZE = 13;
    static final float H3_SIZE = 10.5f;
    /** Line height as a multiple of the type size. */
    static final float LEADING = 1.32f;

    static final float CELL_PADDING = 4;
    /** Space to keep below a heading on its page, so that a heading never ends a page alone. */
    static final float KEEP_WITH_HEADING = 64;

    static final Color TEXT = ChartTheme.TEXT;
    static final Color MUTED = new Color(0x57, 0x60, 0x6a);
    static final Color RULE = ChartTheme.GRID;
    static final Color HEADER_FILL = new Color(0xea, 0xee, 0xf2);
    static final Color ROW_HEADER_FILL = new Color(0xf6, 0xf8, 0xfa);
    static final Color ACCENT = new Color(0x0a, 0x55, 0x9c);

    private PdfStyle() {
    }

    /**
     * The colours a map's theme chooses: the brand colour of the cover's band and of the rule under the running
     * header, and the accent colour of headings and their rules.
     */
    record Palette(Color brand, Color accent, Color headerRule) {

        /** The colours of a map without a theme. */
        static final Palette DEFAULT = new Palette(ACCENT, ACCENT, RULE);

        /** The colours of {@code theme}: each of its colours that keeps 4.5:1 against white, else the default's. */
        static Palette of(Theme theme) {
            Color brand = theme.usableBrand().map(c -> new Color(c.rgb())).orElse(null);
            Color accent = theme.usableAccent().map(c -> new Color(c.rgb())).orElse(ACCENT);
            return new Palette(brand == null ? ACCENT : brand, accent, brand == null ? RULE : brand);
        }
    }

    /** The colour of a KPI status, the same as on the site and in the charts. */
    static Color color(KpiStatus status) {
        return ChartTheme.statusColor(status);
    }

    /** The symbol printed with a KPI status, so that the status never rests on colour alone. */
    static String symbol(KpiStatus status) {
        return switch (status) {
            case ON_TARGET -> "\u2713";
            case WARNING -> "\u25B2";
            case OFF_TARGET -> "\u2717";
            case NO_TARGET -> "\u25C7";
            case NO_DATA -> "\u25CB";
        };
    }

    /**
     * The colour of a competitor's key (1 to {@link io.touchmap.render.JourneyView#COMPETITOR_COLOURS}), the same as the
     * site's {@code .dot-N}; each keeps at least 4.5:1 contrast with the white letter printed on it.
     */
    static Color competitor(int colour) {
        return switch (colour) {
            case 1 -> new Color(0x0a, 0x55, 0x9c);
            case 2 -> new Color(0x8a, 0x3f, 0xfc);
            case 3 -> new Color(0xa4, 0x0e, 0x26);
            case 4 -> new Color(0x11, 0x63, 0x29);
            case 5 -> new Color(0x7d, 0x4e, 0x00);
            default -> new Color(0x42, 0x4a, 0x53);
        };
    }

    /** The colour a touchpoint's name is printed in on the map: retired and idea touchpoints recede. */
    static Color color(TouchpointStatus status) {
        return status == TouchpointStatus.ACTIVE || status == TouchpointStatus.PLANNED ? TEXT : MUTED;
    }

    /**
     * The fill of an importance or score from 1 to 5, from pale to deep blue; {@link #onFill} gives the text colour
     * that keeps contrast on it.
     */
    static Color scale(int value) {
        return switch (Math.max(1, Math.min(5, value))) {
            case 1 -> new Color(0xe8, 0xf1, 0xfa);
            case 2 -> new Color(0xc3, 0xdb, 0xf2);
            case 3 -> new Color(0x86, 0xb6, 0xe3);
            case 4 -> new Color(0x2f, 0x7c, 0xc4);
            default -> new Color(0x0a, 0x45, 0x80);
        };
    }

    static Color onFill(int value) {
        return value >= 4 ? Color.WHITE : TEXT;
    }
}
