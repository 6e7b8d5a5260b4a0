package io.touchmap.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * The running header (the map's title and organisation, over a rule) and footer ("page X of Y") of every page but
 * the cover. Each page draws them as it is created; the page count Y, unknown until the end, is one small form
 * that every footer shows and that is written last, so no page has to be reopened.
 */
final class PageDecoration {

    private static final String PAGE = "{page}";
    private static final String COUNT = "{count}";

    private final PdfFonts fonts;
    private final TextStyle style;
    private final String title;
    private final String organisation;
    private final String before;
    private final String after;
    private final PDDocument document;
    private final PDFormXObject pageCount;
    private final java.awt.Color rule;

    PageDecoration(RenderContext context) {
        this.document = context.flow().document();
        this.fonts = context.fonts();
        this.style = context.flow().small();
        this.rule = context.flow().palette().headerRule();
        this.title = fonts.clean(context.map().info().displayTitle()).replace('\n', ' ');
        this.organisation = fonts.clean(context.map().info().organisation() == null ? ""
                : context.map().info().organisation()).replace('\n', ' ');
        // Each page draws its own number, but the count is known only at the end: the label is cut where it goes.
        String label = context.labels().format("pdf.page", PAGE, COUNT);
        int split = label.indexOf(COUNT);
        this.before = label.substring(0, split);
        this.after = label.substring(split + COUNT.length());
        this.pageCount = new PDFormXObject(document);
        pageCount.setBBox(new PDRectangle(0, -style.size(), style.size() * 6, style.size() * 3));
        PDResources resources = new PDResources();
        pageCount.setResources(resources);
    }

    /** Draws the header and the footer of page {@code number} (from 1). */
    void draw(Canvas canvas, PDRectangle box, int number) throws IOException {
        float left = PdfStyle.MARGIN;
        float right = box.getWidth() - PdfStyle.MARGIN;
        float headerBaseline = box.getHeight() - PdfStyle.HEADER_BASELINE;
        float organisationWidth = organisation.isEmpty() ? 0 : Math.min(style.width(organisation), (right - left) * 0.35f);
        canvas.text(ContentsPages.fitted(title, style, right - left - organisationWidth - 24), style, left, headerBaseline);
        canvas.textRight(ContentsPages.fitted(organisation, style, organisationWidth), style, right, headerBaseline);
        canvas.rule(rule, rule.equals(PdfStyle.RULE) ? 0.5f : 1f, left, headerBaseline - 5, right, headerBaseline - 5);
        String prefix = fonts.clean(before.replace(PAGE, String.valueOf(number)));
        canvas.text(prefix, style, left, PdfStyle.FOOTER_BASELINE);
        canvas.form(pageCount, left + style.width(prefix), PdfStyle.FOOTER_BASELINE);
    }

    /**
     * Writes the page count into the form every footer shows. The stream is opened with the document, as a page's
     * is, so that the subset font it uses is known to the document (a form's own stream would log a warning).
     */
    void finish(int pages) throws IOException {
        PDAppearanceStream form = new PDAppearanceStream(pageCount.getCOSObject());
        try (PDPageContentStream stream = new PDPageContentStream(document, form)) {
            Canvas.show(stream, fonts.clean(pages + after), style, 0, 0);
        }
    }
}
