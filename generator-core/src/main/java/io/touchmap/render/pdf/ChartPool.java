package io.touchmap.render.pdf;

import io.touchmap.model.Typeface;
import io.touchmap.internal.work.WorkPool;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

/**
 * Draws a document's charts on worker threads while its pages are laid out. A chart is placed at once as an empty
 * form of the document; a worker builds it and draws it into a document of its own, with faces of its own (a PDFBox
 * document and its fonts are not safe to share between threads); the calling thread then copies each drawing into
 * its form in document order, refers to the document's faces instead of the worker's, and keeps the glyphs the
 * chart's text uses. A chart's drawing does not depend on the thread that draws it, so the document's bytes are the
 * same whatever the number of threads; with one thread, every chart is drawn on the calling thread as it is placed.
 */
final class ChartPool implements Closeable {

    /**
     * At most this many charts wait to be copied: past it, the calling thread waits for the oldest (drawing it itself
     * when no worker has started it), so that a big map's drawings do not pile up in memory.
     */
    private static final int BACKLOG = 32;

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /** A run of text a chart sets, in the face of {@code kind}. */
    private record Shown(PdfFonts.Kind kind, String text) {
    }

    /** A chart drawn by a worker: its form, the face of each font resource, and its text. */
    private record Drawn(PDFormXObject form, Map<COSName, PdfFonts.Kind> faces, List<Shown> text) {
    }

    /** A chart placed, and its drawing, done or to do. */
    private record Pending(PDFormXObject form, FutureTask<Drawn> drawing) {
    }

    private final PDDocument document;
    private final PdfFonts fonts;
    private final Typeface typeface;
    /** The worker threads, or null when the calling thread draws every chart. */
    private final ExecutorService workers;
    private final ThreadLocal<Studio> studios = new ThreadLocal<>();
    private final List<Studio> opened = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Pending> pending = new ArrayDeque<>();

    /** The charts of {@code document}, set in {@code typeface}, drawn on {@code threads} threads counting the caller. */
    ChartPool(PDDocument document, PdfFonts fonts, Typeface typeface, int threads) {
        this.document = document;
        this.fonts = fonts;
        this.typeface = typeface;
        this.workers = threads <= 1 ? null : Executors.newFixedThreadPool(threads - 1, task -> {
            Thread thread = new Thread(task, "touchmap-chart-" + THREAD_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * A figure of {@code width} × {@code height} points showing the chart {@code chart} builds, drawn as
     * {@link ChartFigure#of} draws it, with {@code alt} as its text alternative; the figure can be placed at once, its
     * drawing is in the document by {@link #finish()}.
     */
    ChartFigure figure(Supplier<JFreeChart> chart, float width, float height, float scale, String alt)
            throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        FutureTask<Drawn> drawing = new FutureTask<>(() -> studio().draw(chart.get(), width, height, scale));
        pending.add(new Pending(form, drawing));
        if (workers == null) {
            drawing.run();
        } else {
            workers.execute(drawing);
        }
        while (!pending.isEmpty() && (pending.peek().drawing().isDone() || pending.size() > BACKLOG)) {
            copy(pending.poll());
        }
        return new ChartFigure(form, width, height, alt);
    }

    /** Copies every chart still drawing into its form, in the order they were placed; call before the save. */
    void finish() throws IOException {
        while (!pending.isEmpty()) {
            copy(pending.poll());
        }
    }

    /** Stops the workers and lets go of their documents. */
    @Override
    public void close() throws IOException {
        if (workers != null) {
            workers.shutdownNow();
            try {
                workers.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        IOException failure = null;
        synchronized (opened) {
            for (Studio studio : opened) {
                try {
                    studio.close();
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
            opened.clear();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private Studio studio() throws IOException {
        Studio studio = studios.get();
        if (studio == null) {
            studio = new Studio(typeface);
            opened.add(studio);
            studios.set(studio);
        }
        return studio;
    }

    /** Waits for a chart's drawing (drawing it here when no worker has started it) and copies it into its form. */
    private void copy(Pending chart) throws IOException {
        chart.drawing().run();
        Drawn drawn = result(chart.drawing());
        COSStream from = drawn.form().getCOSObject();
        COSStream to = chart.form().getCOSObject();
        COSDictionary resources = from.getCOSDictionary(COSName.RESOURCES);
        COSDictionary faces = resources == null ? null : resources.getCOSDictionary(COSName.FONT);
        if (faces != null) {
            for (Map.Entry<COSName, PdfFonts.Kind> face : drawn.faces().entrySet()) {
                faces.setItem(face.getKey(), fonts.font(face.getValue()));
            }
        }
        for (Shown shown : drawn.text()) {
            PDType0Font font = fonts.font(shown.kind());
            shown.text().codePoints().forEach(font::addToSubset);
        }
        for (Map.Entry<COSName, COSBase> entry : from.entrySet()) {
            if (!COSName.LENGTH.equals(entry.getKey())) {
                to.setItem(entry.getKey(), entry.getValue());
            }
        }
        try (InputStream in = from.createRawInputStream(); OutputStream out = to.createRawOutputStream()) {
            in.transferTo(out);
        }
        from.close();
    }

    private static Drawn result(FutureTask<Drawn> drawing) throws IOException {
        try {
            return drawing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            WorkPool.rethrow(e);
        } catch (ExecutionException e) {
            WorkPool.rethrow(e.getCause());
        }
        throw new IllegalStateException("a chart's drawing failed without a cause");
    }

    /** What one thread draws its charts into: a document and faces of its own. */
    private static final class Studio implements Closeable {

        private final PDDocument scratch = new PDDocument();
        private final PdfFonts fonts;

        Studio(Typeface typeface) throws IOException {
            this.fonts = PdfFonts.load(scratch, typeface);
        }

        Drawn draw(JFreeChart chart, float width, float height, float scale) throws IOException {
            List<Shown> text = new ArrayList<>();
            PDFormXObject form = ChartFigure.draw(chart, scratch, fonts, width, height, scale,
                    (font, run) -> text.add(new Shown(fonts.kindOf(font.getCOSObject()), run)));
            Map<COSName, PdfFonts.Kind> faces = new LinkedHashMap<>();
            COSDictionary resources = form.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary fontResources = resources == null ? null : resources.getCOSDictionary(COSName.FONT);
            if (fontResources != null) {
                for (COSName name : fontResources.keySet()) {
                    COSBase font = fontResources.getDictionaryObject(name);
                    PdfFonts.Kind kind = fonts.kindOf(font);
                    if (kind == null) {
                        throw new IllegalStateException("a chart set text in a font that is not one of the document's: " + name.getName());
                    }
                    faces.put(name, kind);
                }
            }
            return new Drawn(form, faces, text);
        }

        @Override
        public void close() throws IOException {
            scratch.close();
        }
    }
}
