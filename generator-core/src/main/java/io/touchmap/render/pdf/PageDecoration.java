package io.touchmap.render.pdf;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The running header (the map's title and organisation, over a rule) and footer ("page X of Y") of every page but
 * the cover, drawn once the page count is known.
 */
final class PageDecoration {

    private PageDecoration() {
    }

    static void draw(RenderContext context, List<PDPage> pages, int pageCount) throws IOException {
        PageFlow flow = context.flow();
        PdfFonts fonts = context.fonts();
        TextStyle small = flow.small();
        String title = fonts.clean(context.map().info().title() == null ? context.map().info().id()
                : context.map().info().title());
        String organisation = fonts.clean(context.map().info().organisation() == null ? ""
                : context.map().info().organisation());
        // The page tree hands out new PDPage wrappers: pages are told apart by their dictionary.
        Set<COSDictionary> decorated = Collections.newSetFromMap(new IdentityHashMap<>());
        pages.forEach(page -> decorated.add(page.getCOSObject()));
        int index = 0;
        for (PDPage page : flow.document().getPages()) {
            index++;
            if (!decorated.contains(page.getCOSObject())) {
                continue;
            }
            PDRectangle box = page.getMediaBox();
            float left = PdfStyle.MARGIN;
            float right = box.getWidth() - PdfStyle.MARGIN;
            float headerBaseline = box.getHeight() - PdfStyle.HEADER_BASELINE;
            try (Canvas canvas = Canvas.over(flow.document(), page)) {
                float organisationWidth = organisation.isEmpty() ? 0
                        : Math.min(small.width(organisation), (right - left) * 0.35f);
                String fittedOrganisation = ContentsPages.fitted(organisation, small, organisationWidth);
                String fittedTitle = ContentsPages.fitted(title, small, right - left - organisationWidth - 24);
                canvas.text(fittedTitle, small, left, headerBaseline);
                canvas.textRight(fittedOrganisation, small, right, headerBaseline);
                canvas.rule(PdfStyle.RULE, 0.5f, left, headerBaseline - 5, right, headerBaseline - 5);
                String number = fonts.clean(context.labels().get("page", index, pageCount));
                canvas.textRight(number, small, right, PdfStyle.FOOTER_BASELINE);
            }
        }
    }
}
