package io.touchmap.render.html;

import freemarker.template.TemplateException;
import io.touchmap.LoadResult;
import io.touchmap.internal.text.Printable;
import io.touchmap.model.MapInfo;
import io.touchmap.internal.text.Labels;
import io.touchmap.output.ReportOutput;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.html.Views.CollectionEntry;
import io.touchmap.render.html.Views.CollectionView;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index page of several maps rendered as one site: one row per map with its title, organisation and size,
 * linking the map's own site and PDF. It has the head, the safety (escaped text, no script, a strict content
 * security policy) and the stylesheet of the maps' pages.
 */
public final class CollectionIndex {

    /** The index page's path. */
    public static final String PAGE = "index.html";

    /** The index page's template. */
    static final String TEMPLATE = "collection.ftlh";

    /**
     * One map of the collection and where its outputs are, relative to the collection's root.
     *
     * @param site the path of the map's {@code index.html}, or null when no site was written
     * @param pdf the path of the map's PDF, or null when none was written
     */
    public record Member(LoadResult result, String site, String pdf) {
    }

    private CollectionIndex() {
    }

    /**
     * Writes the index page and the stylesheet into {@code output}, labelled in the language of {@code settings}, else
     * in the language all the maps share, else in English; dated with the date of {@code settings}, if any.
     *
     * @return the files written
     */
    public static List<String> render(List<Member> members, ReportSettings settings, ReportOutput output) throws IOException {
        Labels labels = Labels.forLanguage(language(members, settings));
        String generatedOn = settings.date() == null ? null
                : labels.date(settings.date());
        List<CollectionEntry> entries = members.stream().map(member -> entry(member, labels)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("t", labels.all());
        model.put("v", new CollectionView(labels.language(), labels.format("site.collection.summary", members.size()), entries, generatedOn));
        StringWriter page = new StringWriter();
        try {
            HtmlSite.template(TEMPLATE).process(model, page);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + TEMPLATE + " failed: " + e.getMessage(), e);
        }
        output.write(PAGE, page.toString());
        output.write(HtmlSite.STYLESHEET, HtmlSite.resource(HtmlSite.STYLESHEET));
        return List.of(PAGE, HtmlSite.STYLESHEET);
    }

    private static String language(List<Member> members, ReportSettings settings) {
        if (settings.language() != null) {
            return settings.language();
        }
        List<String> languages = members.stream().map(m -> m.result().map().info().locale()).distinct().toList();
        return languages.size() == 1 ? languages.get(0) : null;
    }

    private static CollectionEntry entry(Member member, Labels labels) {
        MapInfo info = member.result().map().info();
        String title = text(info.displayTitle());
        long kpis = member.result().map().touchpoints().stream().mapToLong(t -> t.kpis().size()).sum();
        return new CollectionEntry(member.site(), title, text(info.organisation()),
                labels.number(member.result().map().touchpoints().size()), labels.number(kpis),
                labels.number(member.result().warnings().size()), member.pdf());
    }

    /** Text from a map with control and bidirectional-override characters made visible, or null when blank. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : Printable.of(value.strip());
    }
}
