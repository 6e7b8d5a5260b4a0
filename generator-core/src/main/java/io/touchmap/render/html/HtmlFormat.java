package io.touchmap.render.html;

import io.touchmap.LoadResult;
import io.touchmap.output.ReportOutput;
import io.touchmap.render.MapFormat;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.Written;
import java.io.IOException;
import java.util.List;

/** The map as a static HTML site, opened at {@code index.html}: the {@code html} format. */
public final class HtmlFormat implements MapFormat {

    /** The page a reader opens first. */
    public static final String INDEX = "index.html";

    @Override
    public String name() {
        return "html";
    }

    @Override
    public Written render(LoadResult result, ReportSettings settings, ReportOutput output) throws IOException {
        HtmlSite.Rendered site = HtmlSite.render(result, settings, output);
        return new Written(name(), site.files(), INDEX,
                "wrote " + site.pages().size() + " HTML pages (" + site.files().size() + " files); open {0}", List.of());
    }
}
