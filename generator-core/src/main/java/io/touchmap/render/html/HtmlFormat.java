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

    /** The charts of earlier renders, for a format that renders the same map again and again; null to draw all. */
    private final ChartMemo charts;

    /** The site format, drawing every chart of every render. */
    public HtmlFormat() {
        this(null);
    }

    private HtmlFormat(ChartMemo charts) {
        this.charts = charts;
    }

    /**
     * A site format that keeps the KPI charts it draws and, on the next render, reuses those whose KPI has not
     * changed: for the live preview, which renders the same map on every save. The files are the same bytes.
     */
    public HtmlFormat remembering() {
        return new HtmlFormat(new ChartMemo());
    }

    /** How many charts this format drew rather than reused ({@link #remembering()}); -1 when it keeps none. */
    int chartsDrawn() {
        return charts == null ? -1 : charts.drawn();
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void prepare() {
        HtmlSite.prepare();
    }

    @Override
    public Written render(LoadResult result, ReportSettings settings, ReportOutput output) throws IOException {
        HtmlSite.Rendered site = HtmlSite.render(result, settings, output, charts);
        return new Written(name(), site.files(), INDEX,
                "wrote " + site.pages().size() + " HTML pages (" + site.files().size() + " files); open {0}", List.of());
    }
}
