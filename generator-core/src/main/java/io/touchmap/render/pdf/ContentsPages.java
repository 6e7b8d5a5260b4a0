package io.touchmap.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The table of contents: a line for each section, with the lines each section puts under its own. Its pages are
 * reserved before the body is written (the lines are known before anything is drawn, so their number is too) and
 * filled once every section knows its page; each line links to its section.
 */
final class ContentsPages {

    /** The anchor of the contents' first page, for its bookmark. */
    static final String KEY = "section:contents";

    private static final float LINE = 15;
    private static final float INDENT = 14;

    /** A line of the contents: its depth (0 for a section), its title and the anchor it leads to. */
    record Line(int level, String title, String key) {
    }

    private final RenderContext context;
    private final List<Line> entries;
    private final List<PDPage> pages = new ArrayList<>();
    /** The contents' place in the document's structure, after the cover, filled once the pages are known. */
    private Tags.Element structure;

    ContentsPages(RenderContext context, List<PdfSection> sections) {
        this.context = context;
        List<Line> lines = new ArrayList<>();
        for (PdfSection section : sections) {
            lines.add(new Line(0, context.labels().get(section.titleKey()), section.key()));
            lines.addAll(section.contents(context.map()));
        }
        this.entries = List.copyOf(lines);
    }

    /** Adds the empty contents pages and their bookmark. */
    void reserve() throws IOException {
        PageFlow flow = context.flow();
        structure = flow.tags().reserve("Sect");
        int remaining = entries.size();
        boolean first = true;
        while (first || remaining > 0) {
            PDPage page = flow.reservePage();
            if (first) {
                Navigation.Anchor anchor = flow.anchor(KEY);
                flow.navigation().bookmark(null, context.labels().get("pdf.contents"), anchor);
            }
            pages.add(page);
            remaining -= linesOn(first);
            first = false;
        }
    }

    private int linesOn(boolean first) {
        float body = PdfStyle.PORTRAIT.getHeight() - PdfStyle.BODY_TOP - PdfStyle.BODY_BOTTOM - (first ? headingHeight() : 0);
        return (int) (body / LINE);
    }

    private static float headingHeight() {
        return PdfStyle.H1_SIZE * PdfStyle.LEADING + 16;
    }

    /** Draws the contents onto the reserved pages, with page numbers and links. */
    void fill() throws IOException {
        PageFlow flow = context.flow();
        PdfFonts fonts = context.fonts();
        TextStyle section = flow.strong();
        TextStyle entry = flow.body();
        TextStyle heading = flow.heading(1);
        float left = PdfStyle.MARGIN;
        float right = PdfStyle.PORTRAIT.getWidth() - PdfStyle.MARGIN;
        int next = 0;
        Tags tags = flow.tags();
        tags.resume(structure);
        tags.heading(1);
        Tags.Element contentsTitle = tags.current();
        tags.end();
        Tags.Element list = tags.reserve("TOC");
        tags.end();
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = pages.get(p);
            try (Canvas canvas = Canvas.over(flow.document(), page, tags)) {
                float y = PdfStyle.PORTRAIT.getHeight() - PdfStyle.BODY_TOP;
                if (p == 0) {
                    y -= heading.leading();
                    tags.resume(contentsTitle);
                    canvas.text(fonts.clean(context.labels().get("pdf.contents")), heading, left,
                            y + heading.leading() - heading.size());
                    tags.end();
                    y -= 3;
                    canvas.rule(flow.palette().accent(), 1.2f, left, y, right, y);
                    y -= 13;
                }
                int count = linesOn(p == 0);
                for (int i = 0; i < count && next < entries.size(); i++, next++) {
                    Line line = entries.get(next);
                    Navigation.Anchor anchor = flow.navigation().anchor(line.key());
                    if (anchor == null) {
                        continue;
                    }
                    TextStyle style = line.level() == 0 ? section : entry;
                    String number = String.valueOf(anchor.pageIndex() + 1);
                    float numberWidth = style.width(number);
                    float x = left + line.level() * INDENT;
                    float available = right - numberWidth - 18 - x;
                    String title = fitted(fonts.clean(line.title()), style, available);
                    float baseline = y - LINE + 4;
                    tags.resume(list);
                    tags.begin("TOCI");
                    tags.begin("Link");
                    canvas.text(title, style, x, baseline);
                    float dotsFrom = x + style.width(title) + 6;
                    float dotsTo = right - numberWidth - 6;
                    if (dotsTo > dotsFrom) {
                        canvas.graphics().setLineDashPattern(new float[] {0.6f, 2.4f}, 0);
                        canvas.graphics().setLineCapStyle(1);
                        canvas.rule(PdfStyle.MUTED, 0.6f, dotsFrom, baseline + 1, dotsTo, baseline + 1);
                        canvas.graphics().setLineDashPattern(new float[0], 0);
                        canvas.graphics().setLineCapStyle(0);
                    }
                    canvas.textRight(number, style, right, baseline);
                    flow.navigation().link(page, new PDRectangle(x, baseline - 3, right - x, LINE - 2), line.key(),
                            context.labels().format("pdf.contents.link", title, number));
                    tags.end();
                    tags.end();
                    tags.end();
                    y -= LINE;
                }
            }
        }
    }

    /** {@code text} cut with an ellipsis so that it fits {@code width} on one line. */
    static String fitted(String text, TextStyle style, float width) {
        String line = text.replace('\n', ' ');
        if (style.width(line) <= width) {
            return line;
        }
        float ellipsis = style.width("\u2026");
        // The longest prefix that fits, found by halving: the width of a prefix grows with its length, and a title of
        // thousands of characters, on every page's header, is then measured a few times rather than once per character.
        int[] ends = line.codePoints().map(Character::charCount).toArray(); // where the prefix of i + 1 code points ends
        for (int i = 1; i < ends.length; i++) {
            ends[i] += ends[i - 1];
        }
        int fits = 0; // in code points; none always does
        int overflows = ends.length;
        while (overflows - fits > 1) {
            int middle = (fits + overflows) >>> 1;
            if (style.width(line.substring(0, ends[middle - 1])) + ellipsis > width) {
                overflows = middle;
            } else {
                fits = middle;
            }
        }
        return line.substring(0, fits == 0 ? 0 : ends[fits - 1]).stripTrailing() + "\u2026";
    }
}
