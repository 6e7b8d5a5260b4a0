package io.touchmap.render.pdf;

import io.touchmap.model.TouchpointMap;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One section of the document after its cover and contents (the map, the emotion curve, the touchpoint sheets…);
 * {@link PdfDocument#SECTIONS} lists them in the document's order.
 *
 * <p>Every section is opened the same way, by {@link #open}: a new page in the section's format, its title as a
 * first-level heading with a bookmark, and a line of the contents leading there. The section then writes its body,
 * and may put lines of its own under its line of the contents. Sections hold no state: one instance serves every
 * document.
 */
interface PdfSection {

    /** The anchor of the section's first page, which its line of the contents and its bookmark lead to. */
    String key();

    /** The key of the section's title in the labels, such as {@code common.touchpoints}. */
    String titleKey();

    /** Whether the document of {@code map} holds the section at all: every section does unless it says otherwise. */
    default boolean appliesTo(TouchpointMap map) {
        return true;
    }

    /** The format of the section's first page: portrait unless the section says otherwise. */
    default PDRectangle format() {
        return PdfStyle.PORTRAIT;
    }

    /** The format of the section's first page in {@code context}: {@link #format()} unless the section says otherwise. */
    default PDRectangle format(RenderContext context) {
        return format();
    }

    /** The lines of the contents under the section's own, such as its stages and touchpoints; none by default. */
    default List<ContentsPages.Line> contents(TouchpointMap map) {
        return List.of();
    }

    /** Writes the section's body under its opening heading, whose bookmark its own bookmarks may go under. */
    void write(RenderContext context, PageFlow.Heading opening) throws IOException;

    /** Opens {@code section} on a new page, as every section opens, and writes it. */
    static void open(PdfSection section, RenderContext context) throws IOException {
        PageFlow flow = context.flow();
        flow.newPage(section.format(context));
        PageFlow.Heading opening = flow.heading(1, context.labels().get(section.titleKey()), section.key(), null, true);
        section.write(context, opening);
    }
}
