package io.touchmap.diff;

import io.touchmap.output.ReportOutput;
import io.touchmap.render.Written;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The diff as a self-contained HTML page, {@code diff.html}: the {@code html} format. The diff of a folder of maps
 * writes one page per map compared, {@code diff/<folder>.html}, and {@code diff.html} links them.
 */
public final class HtmlDiffFormat implements DiffFormat {

    /** The folder of the pages of each map of a collection. */
    public static final String MAP_PAGES = "diff";

    /** What a folder name may keep in a file name; anything else becomes {@code -}. */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    @Override
    public String name() {
        return "html";
    }

    @Override
    public Written render(Comparison comparison, ReportOutput output) throws IOException {
        if (!comparison.collection()) {
            output.write(DiffReport.HTML, HtmlDiff.render(comparison.reports().get(0)));
            return new Written(name(), List.of(DiffReport.HTML), DiffReport.HTML, "wrote the diff as a web page: {0}", List.of());
        }
        List<String> files = new ArrayList<>();
        for (Comparison.Compared compared : comparison.compared()) {
            String page = page(compared);
            output.write(page, HtmlDiff.render(compared.report()));
            files.add(page);
        }
        output.write(DiffReport.HTML, HtmlDiff.index(comparison, HtmlDiffFormat::page));
        files.add(DiffReport.HTML);
        return new Written(name(), files, DiffReport.HTML, "wrote the diff as web pages, one per map compared: {0}",
                List.of());
    }

    private static String page(Comparison.Compared compared) {
        String name = UNSAFE.matcher(compared.folder()).replaceAll("-");
        return MAP_PAGES + "/" + (name.isEmpty() || name.matches("\\.+") ? "map" : name) + ".html";
    }
}
