package io.touchmap.render.pdf;

import io.touchmap.model.Typeface;
import io.touchmap.internal.work.WorkPool;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

/**
 * Draws a document's charts on worker threads while its pages are laid out. A chart is placed at once as an empty
 * form of the document; a worker builds it and draws it with faces of its own (a PDFBox document and its fonts are
 * not safe to share between threads), into content that names faces rather than font objects; the calling thread
 * then writes each drawing into its form in document order, naming the document's faces, and keeps the glyphs the
 * chart's text uses. A chart's drawing does not depend on the thread that draws it, so the document's bytes are the
 * same whatever the number of threads; with one thread, every chart is drawn on the calling thread as it is placed.
 */
final class ChartPool implements Closeable {

    /**
     * At most this many charts wait to be written: past it, the calling thread waits for the oldest (drawing it itself
     * when no worker has started it), so that a big map's drawings do not pile up in memory.
     */
    private static final int BACKLOG = 32;

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /** A chart placed, and its drawing, done or to do. */
    private record Pending(PDFormXObject form, FutureTask<FormContent.Drawing> drawing) {
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
        FutureTask<FormContent.Drawing> drawing = new FutureTask<>(() -> studio().draw(chart.get(), width, height, scale));
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

    /** Waits for a chart's drawing (drawing it here when no worker has started it) and writes it into its form. */
    private void copy(Pending chart) throws IOException {
        chart.drawing().run();
        result(chart.drawing()).into(chart.form(), fonts);
    }

    private static FormContent.Drawing result(FutureTask<FormContent.Drawing> drawing) throws IOException {
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

    /** What one thread draws its charts with: faces of its own, in a document of its own that is never saved. */
    private static final class Studio implements Closeable {

        private final PDDocument scratch = new PDDocument();
        private final PdfFonts fonts;

        Studio(Typeface typeface) throws IOException {
            this.fonts = PdfFonts.load(scratch, typeface);
        }

        FormContent.Drawing draw(JFreeChart chart, float width, float height, float scale) throws IOException {
            return ChartFigure.draw(chart, fonts, width, height, scale);
        }

        @Override
        public void close() throws IOException {
            scratch.close();
        }
    }
}
