package io.touchmap.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdfparser.xref.NormalXReference;
import org.apache.pdfbox.pdfparser.xref.XReferenceEntry;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's writer with compressed objects, whose cross-reference stream also lists itself, as the PDF specification
 * asks (ISO 32000-1, 7.5.8.3): PDFBox 3 numbers the stream one past its last entry, so that {@code qpdf --check}
 * warns that the document's object count is off by two. The stream is the last object written, right after the
 * body, so its number and offset are known when its entries are gathered.
 */
final class CrossReferenceWriter extends COSWriter {

    /**
     * Objects packed into one compressed object stream: PDFBox's default is 100. A tagged document has tens of
     * thousands of small structure elements; in streams of 1,000 they compress better (the 500-sheet PDF 2.3 %
     * smaller, as fast to write).
     */
    private static final int OBJECTS_PER_STREAM = 1_000;

    /** True while PDFBox records an entry, when the entries are read to add one, not to be written. */
    private boolean adding;
    /** The number the cross-reference stream gets, once its own entry is added; -1 before. */
    private long selfNumber = -1;

    private CrossReferenceWriter(OutputStream out) {
        super(out, new CompressParameters(OBJECTS_PER_STREAM));
    }

    /**
     * Writes {@code document} to {@code out} with object streams and a cross-reference stream, and closes
     * {@code out}; {@code fonts} are subset first (what {@link PDDocument#save} would do).
     */
    static void save(PDDocument document, PdfFonts fonts, OutputStream out) throws IOException {
        fonts.subset();
        document.getDocument().setIsXRefStream(true);
        try (out) {
            new CrossReferenceWriter(out).write(document);
        }
    }

    @Override
    protected void addXRefEntry(XReferenceEntry entry) {
        if (selfNumber >= 0 && entry.getReferencedKey().getNumber() != selfNumber
                && entry instanceof NormalXReference) {
            throw new IllegalStateException("the cross-reference stream was numbered "
                    + entry.getReferencedKey().getNumber() + ", not " + selfNumber + " as its own entry says");
        }
        adding = true;
        try {
            super.addXRefEntry(entry);
        } finally {
            adding = false;
        }
    }

    @Override
    protected List<XReferenceEntry> getXRefEntries() {
        List<XReferenceEntry> entries = super.getXRefEntries();
        if (!adding && selfNumber < 0) {
            // Read to fill the cross-reference stream, which is written next, here, numbered one past the body.
            long highest = 0;
            for (XReferenceEntry entry : entries) {
                highest = Math.max(highest, entry.getReferencedKey().getNumber());
            }
            selfNumber = highest + 1;
            entries.add(new NormalXReference(getStandardOutput().getPos(), new COSObjectKey(selfNumber, 0), COSNull.NULL));
        }
        return entries;
    }
}
