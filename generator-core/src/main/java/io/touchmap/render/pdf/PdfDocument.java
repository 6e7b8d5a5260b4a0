package io.touchmap.render.pdf;

import io.touchmap.LoadResult;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.internal.text.Labels;
import io.touchmap.model.TouchpointMap;
import io.touchmap.output.ReportOutput;
import io.touchmap.render.PageSize;
import io.touchmap.internal.work.WorkPool;
import io.touchmap.render.ReportSettings;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The PDF export of a touchpoint map: a printable, navigable document for stakeholders.
 *
 * <p>One line renders a loaded, valid map into a report output as {@code <map-id>.pdf}, with the map's warnings in
 * an appendix and the language and date of the report settings:
 *
 * <pre>{@code
 * PdfRender pdf = PdfDocument.of(result, settings).writeTo(output);
 * pdf.warnings().forEach(log::warn);   // text the embedded font cannot print, one line per element
 * }</pre>
 *
 * <p>or, piece by piece, {@code PdfDocument.of(map).warnings(warnings, mapDirectory).language("fr")
 * .date(LocalDate.of(2026, 11, 1)).writeTo(outputStream)}.
 *
 * <p>The document holds a cover, a table of contents whose lines link to their pages, the worst-first summary, the map
 * on one landscape page of the chosen size ({@link #pageSize}, A3 unless told), the emotion curve, a page per
 * persona, one sheet per touchpoint with its KPI charts (vector
 * graphics) under its stage's column of the map, the value proposition, the competitors and the validation warnings; bookmarks for every section, stage and touchpoint; document information
 * and XMP metadata. Text is set in DejaVu Sans, embedded as a subset. The KPI charts are drawn on worker threads
 * ({@link #threads}) while the pages are laid out. The same map, warnings, language and date
 * always give the same bytes; the clock is never read. Pages go to a scratch file as they are written, so big maps
 * do not need a big heap.
 *
 * <p>Instances are immutable: each {@code with}-style method returns a new one.
 */
public final class PdfDocument {

    /** The sections after the cover and the contents, in the document's order; a map holds those that apply to it. */
    static final List<PdfSection> SECTIONS = List.of(new SummaryPage(), new MapPages(), new EmotionPage(), new PersonaPages(),
            new TouchpointSheets(), new ValuePropositionPages(), new CompetitorPages(), new WarningsAppendix());

    /**
     * The most touchpoints a tagged document holds (PDF/UA-1, PDF/A-2a). A structure element is an object of the
     * file, some 250 of them per touchpoint sheet, and PDFBox holds every object while it saves: past this, the PDF
     * is written untagged, so that a map of 10,000 touchpoints still renders in a heap of 1 GiB.
     */
    static final int TAGGED_TOUCHPOINTS = 2_000;

    /** Main memory PDFBox may use for page content before it spills to a temporary scratch file. */
    private static final long MAIN_MEMORY_BYTES = 4L * 1024 * 1024;

    private final TouchpointMap map;
    private final List<Diagnostic> warnings;
    private final Path base;
    private final String language;
    private final LocalDate date;
    private final PageSize pageSize;
    private final int threads;

    private PdfDocument(TouchpointMap map, List<Diagnostic> warnings, Path base, String language, LocalDate date,
            PageSize pageSize, int threads) {
        this.map = map;
        this.warnings = warnings;
        this.base = base;
        this.language = language;
        this.date = date;
        this.pageSize = pageSize;
        this.threads = threads;
    }

    /** The PDF of {@code map}, in the map's language, dated with the map's date (if any), without warnings. */
    public static PdfDocument of(TouchpointMap map) {
        Objects.requireNonNull(map, "map");
        return new PdfDocument(map, List.of(), null, map.info().locale(), map.info().date(), PageSize.DEFAULT,
                WorkPool.defaultThreads());
    }

    /**
     * The PDF of a loaded map with its warnings in the appendix (paths relative to the map directory), in the
     * language, with the date and with the map page size of {@code settings} (language and date each falling back to
     * the map's own).
     */
    public static PdfDocument of(LoadResult result, ReportSettings settings) {
        return of(result.map()).warnings(result.warnings(), result.directory())
                .language(settings.language()).date(settings.date()).pageSize(settings.pageSize())
                .threads(settings.parallelism());
    }

    /**
     * The same document with an appendix listing {@code warnings}; their file paths are printed relative to
     * {@code base} (the map directory).
     */
    public PdfDocument warnings(List<Diagnostic> warnings, Path base) {
        return new PdfDocument(map, List.copyOf(warnings), base, language, date, pageSize, threads);
    }

    /** The same document with its labels in {@code language} ({@code en} or {@code fr}; null keeps the map's). */
    public PdfDocument language(String language) {
        return new PdfDocument(map, warnings, base, language == null ? map.info().locale() : language, date, pageSize, threads);
    }

    /**
     * The same document dated {@code date}, typically the day of {@code project.build.outputTimestamp}; null keeps
     * the map's own date. A document with no date at all prints none and carries no creation date.
     */
    public PdfDocument date(LocalDate date) {
        return new PdfDocument(map, warnings, base, language, date == null ? map.info().date() : date, pageSize, threads);
    }

    /**
     * The same document with its map on one landscape page of {@code pageSize} (null for {@link PageSize#DEFAULT},
     * A3); every other page stays A4 portrait.
     */
    public PdfDocument pageSize(PageSize pageSize) {
        return new PdfDocument(map, warnings, base, language, date, pageSize == null ? PageSize.DEFAULT : pageSize, threads);
    }

    /**
     * The same document with its charts drawn on at most {@code threads} threads, the calling thread included (one
     * per processor unless told); the bytes written are the same whatever the number.
     */
    public PdfDocument threads(int threads) {
        return new PdfDocument(map, warnings, base, language, date, pageSize, Math.max(1, threads));
    }

    /** The name the document is written under: {@code <map-id>.pdf}. */
    public String fileName() {
        return map.info().id() + ".pdf";
    }

    /** Writes the document as {@link #fileName()} into {@code output}. */
    public PdfRender writeTo(ReportOutput output) throws IOException {
        try (OutputStream out = output.create(fileName())) {
            return writeTo(out);
        }
    }

    /** Writes the document to {@code out}, which stays open. */
    public PdfRender writeTo(OutputStream out) throws IOException {
        Labels labels = Labels.forLanguage(language);
        try (PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache)) {
            PdfFonts fonts = PdfFonts.load(document, map.info().theme().typeface());
            Navigation navigation = new Navigation(map.touchpoints().size() <= TAGGED_TOUCHPOINTS);
            int pages;
            try (ChartPool charts = new ChartPool(document, fonts, map.info().theme().typeface(), threads);
                    PageFlow flow = new PageFlow(document, fonts, navigation, PdfStyle.Palette.of(map.info().theme()))) {
                RenderContext context = new RenderContext(map, labels, flow, date, warnings, base, pageSize, charts);
                CoverPage.write(context);
                PageDecoration decoration = new PageDecoration(context);
                flow.decorate(decoration);
                List<PdfSection> sections = SECTIONS.stream().filter(section -> section.appliesTo(map)).toList();
                ContentsPages contents = new ContentsPages(context, sections);
                contents.reserve();
                for (PdfSection section : sections) {
                    PdfSection.open(section, context);
                }
                charts.finish();
                flow.close();
                contents.fill();
                pages = document.getNumberOfPages();
                decoration.finish(pages);
            }
            navigation.finish(document);
            navigation.tags().finish(document);
            PdfMetadata.write(document, map.info(), map.stages(), labels, date, navigation.tags().kept());
            // PDFBox closes the stream it saves to; the caller's stream is the caller's to close.
            OutputStream kept = new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            CrossReferenceWriter.save(document, fonts, new BufferedOutputStream(kept, 1 << 16));
            return new PdfRender(fileName(), pages, GlyphWarnings.of(map, fonts));
        }
    }
}
