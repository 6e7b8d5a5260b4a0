package io.touchmap.render.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The document's logical structure, for screen readers and PDF/UA: the structure elements (headings, paragraphs,
 * lists, tables, figures, links) in reading order, each holding the marked content it was drawn with. The page
 * classes open and close elements through {@link PageFlow}, {@link TableLayout} and {@link Canvas}; {@link Canvas}
 * ties each piece of content it draws to the element open at the time, or marks it as an artifact (decoration).
 * The structure tree and its parent tree are written once, by {@link #finish}, so the page classes never handle a
 * PDFBox structure object.
 */
final class Tags {

    /** A structure element: its type, its attributes, and its kids in reading order. */
    static final class Element {
        private String type;
        private final Element parent;
        private final ArrayList<Object> kids = new ArrayList<>();
        private String alt;
        private COSDictionary attributes;
        /** The element as {@link #finish} wrote it. */
        private COSDictionary written;

        private Element(String type, Element parent) {
            this.type = type;
            this.parent = parent;
        }

        String type() {
            return type;
        }

        /** The element's alternative text: what a figure shows, in words. */
        Element alt(String text) {
            this.alt = text;
            return this;
        }

        /** A table header cell's scope: {@code Column} or {@code Row}. */
        Element scope(String scope) {
            attribute("Table", "Scope", COSName.getPDFName(scope));
            return this;
        }

        /** How many columns a table cell spans. */
        Element columns(int span) {
            attribute("Table", "ColSpan", COSInteger.get(span));
            return this;
        }

        /** Where a figure is on its page. */
        Element box(float x, float y, float width, float height) {
            COSArray box = new COSArray();
            for (float value : new float[] {x, y, x + width, y + height}) {
                box.add(new COSFloat(Math.round(value * 100) / 100f));
            }
            attribute("Layout", "BBox", box);
            return this;
        }

        private void attribute(String owner, String key, COSBase value) {
            if (attributes == null) {
                attributes = new COSDictionary();
                attributes.setDirect(true);
                attributes.setName(COSName.O, owner);
            }
            attributes.setItem(key, value);
        }

        private boolean isEmpty() {
            return kids.isEmpty();
        }
    }

    /** Marked content on a page, its number there. */
    private record Content(PDPage page, int mcid) {
    }

    /** An annotation of a page, such as a link. */
    private record Annotation(PDPage page, PDAnnotation annotation) {
    }

    private final Element root = new Element("Document", null);
    private final Deque<Element> open = new ArrayDeque<>();
    /** For each page, the element of each of its marked-content numbers, in order. */
    private final Map<COSDictionary, List<Element>> marked = new IdentityHashMap<>();
    /** The element of each annotation; PDFBox wraps a dictionary anew each time it is read, so the keys are those. */
    private final Map<COSDictionary, Element> annotated = new IdentityHashMap<>();
    /** The headings' levels as drawn, from the outermost open one: a heading's level is its depth among them. */
    private final Deque<Integer> headings = new ArrayDeque<>();
    /** False for a document too big to tag: elements are opened and closed, but nothing is kept or written. */
    private final boolean kept;

    /** The structure of a document; {@code kept} false keeps none of it (see {@link PdfDocument#TAGGED_TOUCHPOINTS}). */
    Tags(boolean kept) {
        this.kept = kept;
        open.push(root);
    }

    /** Whether the document is tagged: its structure is kept and written. */
    boolean kept() {
        return kept;
    }

    /** The element content is now tied to. */
    Element current() {
        return open.peek();
    }

    /** Opens an element of {@code type} in the current one; content and elements go into it until {@link #end}. */
    Element begin(String type) {
        Element element = new Element(type, current());
        if (kept) {
            current().kids.add(element);
        }
        open.push(element);
        return element;
    }

    /** Adds an element of {@code type} in the current one, to be filled later through {@link #resume}. */
    Element reserve(String type) {
        return reserve(current(), type);
    }

    /** Adds an element of {@code type} in {@code parent}, to be filled later through {@link #resume}. */
    Element reserve(Element parent, String type) {
        Element element = new Element(type, parent);
        if (kept) {
            parent.kids.add(element);
        }
        return element;
    }

    /** Opens again an element made earlier, such as a table cell continued on the next page. */
    void resume(Element element) {
        open.push(element);
    }

    /** Closes the element opened last. */
    void end() {
        if (open.size() == 1) {
            throw new IllegalStateException("no structure element is open");
        }
        open.pop();
    }

    /**
     * Opens a heading drawn at {@code level} (1 to 3): tagged H1 for the outermost, and one deeper for each heading
     * drawn larger that is still open, so that the levels of the tags never skip one.
     */
    Element heading(int level) {
        while (!headings.isEmpty() && headings.peek() >= level) {
            headings.pop();
        }
        headings.push(level);
        return begin("H" + headings.size());
    }

    /** The next marked-content number of {@code page}, for content tied to {@code element}. */
    int mark(PDPage page, Element element) {
        List<Element> numbers = marked.computeIfAbsent(page.getCOSObject(), p -> new ArrayList<>());
        numbers.add(element);
        element.kids.add(new Content(page, numbers.size() - 1));
        return numbers.size() - 1;
    }

    /** Puts {@code annotation} into the current element when it is a link, else into a new link element in it. */
    void annotation(PDPage page, PDAnnotation annotation) {
        if (!kept) {
            return;
        }
        Element element = current();
        if (!element.type.equals("Link")) {
            element = new Element("Link", element);
            current().kids.add(element);
        }
        element.kids.add(new Annotation(page, annotation));
        annotated.put(annotation.getCOSObject(), element);
    }

    /** Takes {@code annotation} out of the structure: a link that leads nowhere is not drawn. */
    void remove(PDAnnotation annotation) {
        Element element = annotated.remove(annotation.getCOSObject());
        if (element != null) {
            element.kids.removeIf(kid -> kid instanceof Annotation a && a.annotation().getCOSObject() == annotation.getCOSObject());
            if (element.kids.stream().noneMatch(kid -> kid instanceof Annotation)) {
                element.type = "Span";
            }
        }
    }

    /**
     * Writes the structure tree into {@code document}: the elements, the parent tree that leads from each piece of
     * marked content and each annotation back to its element, and the marks that say the document is tagged.
     */
    void finish(PDDocument document) {
        if (!kept) {
            return;
        }
        COSDictionary treeRoot = new COSDictionary();
        treeRoot.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        prune(root);
        COSDictionary top = write(root, treeRoot);
        treeRoot.setItem(COSName.K, top);

        COSArray numbers = new COSArray();
        int key = 0;
        for (PDPage page : document.getPages()) {
            List<Element> elements = marked.get(page.getCOSObject());
            if (elements != null) {
                COSArray parents = new COSArray();
                for (Element element : elements) {
                    parents.add(element.written);
                }
                page.getCOSObject().setInt(COSName.STRUCT_PARENTS, key);
                numbers.add(COSInteger.get(key++));
                numbers.add(parents);
            }
        }
        for (PDPage page : document.getPages()) {
            try {
                List<PDAnnotation> annotations = page.getAnnotations();
                if (!annotations.isEmpty()) {
                    page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
                }
                for (PDAnnotation annotation : annotations) {
                    Element element = annotated.get(annotation.getCOSObject());
                    if (element != null) {
                        annotation.setStructParent(key);
                        numbers.add(COSInteger.get(key++));
                        numbers.add(element.written);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        treeRoot.setItem(COSName.PARENT_TREE, parentTree);
        treeRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, key);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, treeRoot);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setBoolean(COSName.getPDFName("Marked"), true);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.MARK_INFO, markInfo);
    }

    /** Drops the elements that hold nothing, but table cells, which keep a table's rows whole. */
    private static void prune(Element element) {
        element.kids.removeIf(kid -> kid instanceof Element child && prunedEmpty(child));
    }

    private static boolean prunedEmpty(Element element) {
        prune(element);
        return element.isEmpty() && !element.type.equals("TD") && !element.type.equals("TH");
    }

    /**
     * Writes {@code element} and its kids, then lets go of what it held: a big map's tree is in memory once, as the
     * document's objects, not twice.
     */
    private static COSDictionary write(Element element, COSDictionary parent) {
        COSDictionary dictionary = new COSDictionary();
        element.written = dictionary;
        // the type of a structure element is optional, and there are thousands of them
        dictionary.setName(COSName.S, element.type);
        dictionary.setItem(COSName.P, parent);
        PDPage page = firstPage(element);
        if (page != null) {
            dictionary.setItem(COSName.PG, page);
        }
        if (element.alt != null) {
            dictionary.setItem(COSName.getPDFName("Alt"), new COSString(element.alt));
        }
        if (element.attributes != null) {
            dictionary.setItem(COSName.A, element.attributes);
        }
        COSArray kids = new COSArray();
        for (Object kid : element.kids) {
            if (kid instanceof Element child) {
                kids.add(write(child, dictionary));
            } else if (kid instanceof Content content) {
                if (content.page().getCOSObject() == page.getCOSObject()) {
                    kids.add(COSInteger.get(content.mcid()));
                } else {
                    COSDictionary reference = new COSDictionary();
                    reference.setDirect(true);
                    reference.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
                    reference.setItem(COSName.PG, content.page());
                    reference.setInt(COSName.getPDFName("MCID"), content.mcid());
                    kids.add(reference);
                }
            } else if (kid instanceof Annotation annotation) {
                COSDictionary reference = new COSDictionary();
                reference.setDirect(true);
                reference.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
                reference.setItem(COSName.PG, annotation.page());
                reference.setItem(COSName.OBJ, annotation.annotation());
                kids.add(reference);
            }
        }
        dictionary.setItem(COSName.K, kids.size() == 1 ? kids.get(0) : kids);
        element.kids.clear();
        element.kids.trimToSize();
        element.alt = null;
        element.attributes = null;
        return dictionary;
    }

    /** The page of the element's first marked content, which its content numbers refer to. */
    private static PDPage firstPage(Element element) {
        for (Object kid : element.kids) {
            if (kid instanceof Content content) {
                return content.page();
            }
        }
        return null;
    }

}
