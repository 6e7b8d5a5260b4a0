package io.touchmap.render;

import io.touchmap.output.DirectoryOutput;
import io.touchmap.output.ReportOutput;
import io.touchmap.LoadResult;
import io.touchmap.render.html.HtmlSite;
import io.touchmap.render.pdf.PdfDocument;
import io.touchmap.render.pdf.PdfRender;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a valid map in the formats asked for into one directory, all or nothing: the files go to a temporary
 * directory that replaces the target only once every format is written.
 */
public final class Report {

    /** An output format of the report. */
    public enum Format {
        HTML, PDF;

        /** The format named {@code name}, in any case, such as {@code html}. */
        public static Format parse(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(name.strip())) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "'; expected html or pdf");
        }
    }

    /**
     * What was written.
     *
     * @param directory the directory holding the report
     * @param htmlPages the HTML pages written, by path in the directory
     * @param files every file written, by path in the directory
     * @param pdf the PDF written, or null when PDF was not asked for
     */
    public record Written(Path directory, List<String> htmlPages, List<String> files, PdfRender pdf) {

        public Written {
            htmlPages = List.copyOf(htmlPages);
            files = List.copyOf(files);
        }

        /** What the render has to say beyond its files, such as text the PDF font cannot show. */
        public List<String> warnings() {
            return pdf == null ? List.of() : pdf.warnings();
        }
    }

    private Report() {
    }

    /**
     * Starts getting the first render of this JVM ready, on a background thread, and returns at once: called before
     * loading a map, it lets the fonts, templates and chart and PDF libraries load while the map is read. Optional:
     * a render works the same without it, and calling it again does nothing.
     */
    public static void prepare() {
        Warmup.start();
    }

    /**
     * Renders {@code result} as {@code formats} into {@code directory}, replacing what it held.
     *
     * @throws IllegalArgumentException when the map has errors or no format is asked for
     * @throws IOException when the directory cannot be written; it is then left as it was
     */
    public static Written write(LoadResult result, Set<Format> formats, ReportSettings settings, Path directory) throws IOException {
        return write(result, formats, settings, directory, null);
    }

    /**
     * Renders as {@link #write(LoadResult, Set, ReportSettings, Path)} does, and records {@code stamp} (when not null)
     * in the output, so that a later build with the same inputs can tell the output is up to date.
     */
    public static Written write(LoadResult result, Set<Format> formats, ReportSettings settings, Path directory, RenderStamp stamp)
            throws IOException {
        checkRenderable(result, formats);
        try (DirectoryOutput output = DirectoryOutput.replacing(directory)) {
            Written written = render(result, formats, settings, output, output.target());
            if (stamp != null) {
                stamp.writeTo(output);
            }
            output.commit();
            return written;
        }
    }

    /** Refuses what cannot be rendered: no format, or a map with errors. */
    static void checkRenderable(LoadResult result, Set<Format> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format asked for; expected html or pdf");
        }
        if (result.hasErrors()) {
            throw new IllegalArgumentException("the map in " + result.directory() + " has errors and cannot be rendered: "
                    + result.summary());
        }
    }

    /** Renders {@code result} as {@code formats} into {@code output}, whose files will be in {@code directory}. */
    static Written render(LoadResult result, Set<Format> formats, ReportSettings settings, ReportOutput output, Path directory)
            throws IOException {
        List<Format> order = List.copyOf(EnumSet.copyOf(formats));
        HtmlSite.Rendered[] site = new HtmlSite.Rendered[1];
        PdfRender[] pdf = new PdfRender[1];
        // The PDF is written by one thread from start to end; the site's pages share the others. Both formats are
        // rendered at the same time, so the PDF's time hides most of the site's, or the other way round.
        RenderPool.run(order.size(), settings.parallelism(), i -> {
            if (order.get(i) == Format.HTML) {
                site[0] = HtmlSite.render(result, settings, output);
            } else {
                pdf[0] = PdfDocument.of(result, settings).writeTo(output);
            }
        });
        List<String> pages = new ArrayList<>();
        List<String> files = new ArrayList<>();
        if (site[0] != null) {
            pages.addAll(site[0].pages());
            files.addAll(site[0].files());
        }
        if (pdf[0] != null) {
            files.add(pdf[0].fileName());
        }
        return new Written(directory, pages, files, pdf[0]);
    }

    /** The formats named in {@code names}, such as {@code html,pdf}; blank entries are ignored. */
    public static Set<Format> formats(List<String> names) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                for (String part : name.split(",")) {
                    if (!part.isBlank()) {
                        formats.add(Format.parse(part.toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return formats;
    }
}
