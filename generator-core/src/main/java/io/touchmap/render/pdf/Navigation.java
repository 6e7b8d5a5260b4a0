package io.touchmap.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The ways around the document: anchors (where a section or sheet starts), internal links to them, which may be
 * drawn before the page they lead to exists, and the outline (bookmarks).
 */
final class Navigation {

    private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}");

    /** Where something starts: a page, its number from 0, and the height of its top on the page. */
    record Anchor(PDPage page, int pageIndex, float top) {
    }

    private record PendingLink(PDPage page, PDAnnotationLink link, String key) {
    }

    private final Tags tags;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Map<String, Anchor> anchors = new HashMap<>();
    private final List<PendingLink> links = new ArrayList<>();

    /** The navigation of a document, tagged or not ({@link Tags#kept()}). */
    Navigation(boolean tagged) {
        this.tags = new Tags(tagged);
    }

    /** The document's logical structure, which each link is part of. */
    Tags tags() {
        return tags;
    }

    /** Records where {@code key} starts; the first place recorded for a key wins. */
    void anchor(String key, Anchor anchor) {
        anchors.putIfAbsent(key, anchor);
    }

    Anchor anchor(String key) {
        return anchors.get(key);
    }

    /**
     * Adds a link over {@code area} of {@code page} to the anchor {@code key}, set once {@link #resolve} runs;
     * {@code description} (what is under it, cleaned of line breaks) is what a screen reader says of it. The link is
     * part of the structure element open, or of a new link element in it.
     */
    void link(PDPage page, PDRectangle area, String key, String description) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.setContents(FigureText.spoken(description));
        link.setPrinted(true);
        tags.annotation(page, link);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        // A few bytes of the link's own: written inside it rather than as an object of their own.
        noBorder.getCOSObject().setDirect(true);
        link.setBorderStyle(noBorder);
        page.getAnnotations().add(link);
        links.add(new PendingLink(page, link, key));
    }

    /** A bookmark under {@code parent} (or at the top when null) leading to {@code anchor}. */
    PDOutlineItem bookmark(PDOutlineItem parent, String title, Anchor anchor) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(CONTROLS.matcher(title).replaceAll(" "));
        item.setDestination(destination(anchor));
        if (parent == null) {
            outline.addLast(item);
        } else {
            parent.addLast(item);
        }
        return item;
    }

    private static PDPageXYZDestination destination(Anchor anchor) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(anchor.page());
        destination.setLeft(0);
        destination.setTop(Math.round(anchor.top()));
        return destination;
    }

    /** Points every link at its anchor; a link whose anchor was never drawn is removed rather than left dead. */
    void resolve() throws IOException {
        for (PendingLink pending : links) {
            Anchor anchor = anchors.get(pending.key());
            if (anchor != null) {
                pending.link().setDestination(destination(anchor));
            } else {
                pending.page().getAnnotations().remove(pending.link());
                tags.remove(pending.link());
            }
        }
    }

    /** Opens the top level of the outline, so a reader sees the sections and can unfold the rest. */
    void finish(PDDocument document) throws IOException {
        resolve();
        for (PDOutlineItem item : outline.children()) {
            item.closeNode();
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
    }
}
