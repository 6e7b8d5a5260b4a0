package io.touchmap.render;

import java.util.List;
import java.util.Objects;

/**
 * What one format wrote: its files, the one a reader opens first, a line for the build log, and what the format has
 * to say beyond its files (such as text its font cannot print).
 *
 * @param format the name of the format that wrote the files, such as {@code html}
 * @param files every file written, by path in the output
 * @param mainFile the file a reader opens first, by path in the output, such as {@code index.html}
 * @param summary one line for the log, such as {@code wrote 8 HTML pages (10 files); open {0}}, where {@code {0}}
 *     stands for {@code mainFile} as the reader finds it; see {@link #summary(String)}
 * @param warnings problems the render met that do not stop it, one line each
 */
public record Written(String format, List<String> files, String mainFile, String summary, List<String> warnings) {

    public Written {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mainFile, "mainFile");
        Objects.requireNonNull(summary, "summary");
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** The summary, with the main file shown as {@code shownMainFile}, such as {@code target/touchmap/index.html}. */
    public String summary(String shownMainFile) {
        return summary.replace("{0}", shownMainFile);
    }
}
