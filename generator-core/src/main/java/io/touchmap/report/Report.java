package io.touchmap.report;

import io.touchmap.LoadResult;
import io.touchmap.output.DirectoryOutput;
import io.touchmap.output.ReportOutput;
import io.touchmap.render.MapFormat;
import io.touchmap.internal.work.WorkPool;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.Written;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Renders a valid map in the formats asked for into one directory, all or nothing: the files go to a temporary
 * directory that replaces the target only once every format is written.
 *
 * <pre>{@code
 * Report.write(Touchmap.load(dir), Formats.DEFAULT.map(), ReportSettings.DEFAULT, Path.of("target/touchmap"));
 * }</pre>
 */
public final class Report {

    /**
     * What was written for one map.
     *
     * @param directory the directory holding the map's report
     * @param formats what each format wrote, in the order of the formats
     */
    public record Rendered(Path directory, List<Written> formats) {

        public Rendered {
            formats = List.copyOf(formats);
        }

        /** Every file written, by path in the directory, format after format. */
        public List<String> files() {
            return formats.stream().flatMap(format -> format.files().stream()).toList();
        }

        /** What the formats have to say beyond their files, such as text the PDF font cannot show. */
        public List<String> warnings() {
            return formats.stream().flatMap(format -> format.warnings().stream()).toList();
        }
    }

    private Report() {
    }

    /**
     * Renders {@code result} as {@code formats} into {@code directory}, replacing what it held.
     *
     * @throws IllegalArgumentException when the map has errors or no format is asked for
     * @throws IOException when the directory cannot be written; it is then left as it was
     */
    public static Rendered write(LoadResult result, List<MapFormat> formats, ReportSettings settings, Path directory) throws IOException {
        return write(result, formats, settings, directory, null);
    }

    /**
     * Renders as {@link #write(LoadResult, List, ReportSettings, Path)} does, and records {@code stamp} (when not null)
     * in the output, so that a later build with the same inputs can tell the output is up to date.
     */
    static Rendered write(LoadResult result, List<MapFormat> formats, ReportSettings settings, Path directory, RenderStamp stamp)
            throws IOException {
        checkRenderable(result, formats);
        try (DirectoryOutput output = DirectoryOutput.replacing(directory)) {
            Rendered rendered = render(result, formats, settings, output, output.target());
            if (stamp != null) {
                stamp.writeTo(output);
            }
            output.commit();
            return rendered;
        }
    }

    /** Refuses what cannot be rendered: no format, or a map with errors. */
    static void checkRenderable(LoadResult result, List<MapFormat> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format asked for; expected " + String.join(" or ",
                    Formats.DEFAULT.map().stream().map(MapFormat::name).toList()));
        }
        if (result.hasErrors()) {
            throw new IllegalArgumentException("the map in " + result.directory() + " has errors and cannot be rendered: "
                    + result.summary());
        }
    }

    /** Renders {@code result} as {@code formats} into {@code output}, whose files will be in {@code directory}. */
    static Rendered render(LoadResult result, List<MapFormat> formats, ReportSettings settings, ReportOutput output, Path directory)
            throws IOException {
        Written[] written = new Written[formats.size()];
        // Each format renders on its own thread where the settings allow: the PDF is written by one thread from start
        // to end while the site's pages share the others, so the PDF's time hides most of the site's.
        WorkPool.run(formats.size(), settings.parallelism(), i -> written[i] = formats.get(i).render(result, settings, output));
        return new Rendered(directory, Arrays.asList(written));
    }
}
