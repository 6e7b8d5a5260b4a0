package io.touchmap.render.html;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.touchmap.LoadResult;
import io.touchmap.model.Logo;
import io.touchmap.model.Theme;
import io.touchmap.model.TouchpointMap;
import io.touchmap.internal.text.Labels;
import io.touchmap.output.ReportOutput;
import io.touchmap.internal.work.WorkPool;
import io.touchmap.render.MapFormat;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.chart.ChartFonts;
import io.touchmap.render.SafeTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Renders a map as a static HTML site: the map grid on {@code index.html}, a page per touchpoint, KPI, stage,
 * channel and persona, the value proposition, the competitors and the validation warnings, with the charts as SVG
 * files and one stylesheet. The site needs no network and works from {@code file://}.
 *
 * <pre>{@code
 * HtmlSite.render(Touchmap.load(dir), output);
 * }</pre>
 */
public final class HtmlSite {

    /** The macros every template imports. */
    private static final String MACROS = "macros.ftlh";

    /** The stylesheet every page links to. */
    static final String STYLESHEET = "style.css";

    private static final String TEMPLATES = "/io/touchmap/render/html/";

    private static final Configuration FREEMARKER = SafeTemplates.loadingFrom(HtmlSite.class, TEMPLATES);

    /** The kinds of page of the site, one per template, in the order their pages are listed (KPIs with their touchpoint). */
    static final List<SitePage> PAGES = List.of(new IndexPage(), new TouchpointPage(), new GroupPage(), new KpiListPage(),
            new ValuePropositionPage(), new CompetitorsPage(), new WarningsPage(), new HistoryPage());

    /** Templates are parsed once per JVM and shared: FreeMarker templates are thread-safe once built. */
    private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

    private HtmlSite() {
    }

    /** What a render wrote: the HTML pages and every file, by path in the site. */
    public record Rendered(List<String> pages, List<String> files) {

        public Rendered {
            pages = List.copyOf(pages);
            files = List.copyOf(files);
        }
    }

    /** Renders the map of {@code result} in its own language into {@code output}. */
    public static Rendered render(LoadResult result, ReportOutput output) throws IOException {
        return render(result, ReportSettings.DEFAULT, output);
    }

    /** Renders {@code map}, taken as valid and without warnings, into {@code output}. */
    public static Rendered render(TouchpointMap map, ReportSettings settings, ReportOutput output) throws IOException {
        return render(new LoadResult(java.nio.file.Path.of("").toAbsolutePath(), map, List.of()), settings, output);
    }

    /**
     * Renders the map of {@code result} into {@code output}, labelled and dated as {@code settings} say; its warnings
     * are listed on their own page.
     *
     * @throws IllegalArgumentException when the map has errors: a map is rendered only once it is valid
     */
    public static Rendered render(LoadResult result, ReportSettings settings, ReportOutput output) throws IOException {
        return render(result, settings, output, null);
    }

    /** Renders as {@link #render(LoadResult, ReportSettings, ReportOutput)}, reusing the KPI charts of {@code memo} (or none). */
    static Rendered render(LoadResult result, ReportSettings settings, ReportOutput output, ChartMemo memo) throws IOException {
        if (result.hasErrors()) {
            throw new IllegalArgumentException("the map in " + result.directory() + " has errors and cannot be rendered: "
                    + result.summary());
        }
        Labels labels = settings.labels(result.map().info().locale());
        SiteContext site = new SiteContext(result, labels, settings.date(), settings.history(), memo);
        List<Supplier<SitePage.PageFile>> pages = new ArrayList<>();
        for (SitePage kind : PAGES) {
            pages.addAll(kind.pages(site));
        }
        String[] paths = new String[pages.size()];
        String[][] charts = new String[pages.size()][];
        // Each page is prepared, written with the charts it draws, and let go, on as many threads as the settings
        // allow: a big site is never held in memory whole, and its pages do not wait for one another.
        WorkPool.run(pages.size(), settings.parallelism(), i -> {
            SitePage.PageFile page = pages.get(i).get();
            try (Writer out = new OutputStreamWriter(output.create(page.path()), StandardCharsets.UTF_8)) {
                process(page, out);
            }
            for (Map.Entry<String, Supplier<String>> chart : page.charts().entrySet()) {
                output.write(chart.getKey(), chart.getValue().get());
            }
            paths[i] = page.path();
            charts[i] = page.charts().keySet().toArray(String[]::new);
        });
        output.write(STYLESHEET, resource(STYLESHEET) + themeRules(result.map().info().theme()));
        SortedSet<String> files = new TreeSet<>(List.of(paths));
        if (!settings.history().isEmpty()) {
            output.write(HistoryPage.JSON, HistoryPage.json(settings.history()));
            files.add(HistoryPage.JSON);
        }
        for (String[] drawn : charts) {
            files.addAll(List.of(drawn));
        }
        files.add(STYLESHEET);
        Optional<Logo> logo = result.map().info().theme().usableLogo();
        if (logo.isPresent()) {
            output.write(logoFile(logo.get()), logo.get().bytes());
            files.add(logoFile(logo.get()));
        }
        return new Rendered(List.of(paths), List.copyOf(files));
    }

    /**
     * Parses the templates every site is written with and reads the charts' fonts, ahead of a render (see
     * {@link MapFormat#prepare()}).
     */
    static void prepare() {
        templatesOfASite().forEach(HtmlSite::template);
        ChartFonts.of(false, 12);
    }

    /** The templates of every kind of page, and the macros they import. */
    static SortedSet<String> templatesOfASite() {
        SortedSet<String> names = new TreeSet<>(List.of(MACROS));
        for (SitePage kind : PAGES) {
            names.addAll(kind.templates());
        }
        return names;
    }

    /** The name of the logo's copy in the site, fixed so that every render of the map writes the same files. */
    static String logoFile(Logo logo) {
        return "logo." + logo.extension();
    }

    /**
     * The custom properties the map's theme sets, appended to the stylesheet (the pages' security policy allows no
     * style in the page itself): the brand colour of the header, and the accent colour of links and focus rings.
     * Empty when the theme sets no usable colour.
     */
    static String themeRules(Theme theme) {
        StringBuilder properties = new StringBuilder();
        theme.usableBrand().ifPresent(brand -> properties.append(" --brand: ").append(brand.hex()).append(';'));
        theme.usableAccent().ifPresent(accent -> properties.append(" --link: ").append(accent.hex()).append("; --focus: ")
                .append(accent.hex()).append(';'));
        return properties.isEmpty() ? "" : "\n/* The map's theme (map.theme). */\n:root {" + properties + " }\n";
    }

    private static void process(SitePage.PageFile page, Writer out) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page.page());
        model.put("t", page.page().t());
        model.put("v", page.view());
        try {
            template(page.template()).process(model, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + page.template() + " failed for " + page.path() + ": " + e.getMessage(), e);
        }
    }

    /** The compiled template {@code name}, parsed once per JVM. */
    static Template template(String name) {
        return COMPILED.computeIfAbsent(name, n -> {
            try {
                return FREEMARKER.getTemplate(n);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + TEMPLATES + n, e);
            }
        });
    }

    /** The text of the resource {@code name} beside the templates, such as the stylesheet. */
    static String resource(String name) throws IOException {
        try (InputStream in = HtmlSite.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IOException("missing resource " + TEMPLATES + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
