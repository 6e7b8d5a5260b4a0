package io.touchmap.render.html;

import io.touchmap.render.html.Views.Page;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One kind of page of the site, as one template shows it (the index, a touchpoint, a KPI…): which pages of that kind
 * a map has, and the view each one's template reads. {@link HtmlSite#PAGES} lists the kinds in the order the site
 * is written.
 *
 * <p>Each page is prepared on its own, on demand, and draws nothing until asked: pages can then be prepared and
 * written in parallel, and a big site never sits in memory as a whole.
 */
interface SitePage {

    /** The pages of this kind that the map of {@code site} has, each prepared when its supplier is called. */
    List<Supplier<PageFile>> pages(SiteContext site);

    /** The templates the pages of this kind are written with, which {@link HtmlSite#prepare()} parses ahead of a render. */
    List<String> templates();

    /**
     * One page to write: its path in the site, its template, what the template reads, and the chart files (by path)
     * that this page, and no other, draws.
     */
    record PageFile(String path, String template, Page page, Object view, Map<String, Supplier<String>> charts) {

        /** Prepares the page's view now; the charts it draws are only recorded, to be drawn when written. */
        static PageFile prepare(String path, String template, Page page, ViewBuilder builder) {
            Map<String, Supplier<String>> charts = new TreeMap<>();
            Object view = builder.view(charts);
            return new PageFile(path, template, page, view, charts);
        }
    }

    /** What a page's view is prepared from: the charts it draws are added to the map it is given. */
    interface ViewBuilder {
        Object view(Map<String, Supplier<String>> charts);
    }
}
