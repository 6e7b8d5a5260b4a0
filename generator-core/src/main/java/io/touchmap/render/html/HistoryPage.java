package io.touchmap.render.html;

import static io.touchmap.render.html.SiteContext.text;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.touchmap.internal.json.JsonWriter;
import io.touchmap.internal.text.Labels;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.MapHistory;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.HistoryKpi;
import io.touchmap.render.html.Views.HistoryVersion;
import io.touchmap.render.html.Views.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code history.html}: the map's past versions, each with the headline of what it changed from the one before, and
 * each KPI's status over the versions as a small inline SVG strip (no script). Written only when a history was read;
 * the same facts go to {@value #JSON}.
 */
final class HistoryPage implements SitePage {

    private static final String TEMPLATE = "history.ftlh";

    /** The machine-readable history, beside the page. */
    static final String JSON = "history.json";

    /** The version of {@value #JSON}'s shape. */
    static final int JSON_VERSION = 1;

    private static final int SQUARE = 10;
    private static final int GAP = 2;

    @Override
    public List<String> templates() {
        return List.of(TEMPLATE);
    }

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        if (site.history().isEmpty()) {
            return List.of();
        }
        return List.of(() -> PageFile.prepare("history.html", TEMPLATE,
                site.page(site.labels().get("site.history.title"), "", "history"), charts -> view(site)));
    }

    private static Views.HistoryView view(SiteContext site) {
        Labels labels = site.labels();
        MapHistory history = site.history();
        List<HistoryVersion> versions = new ArrayList<>();
        for (MapHistory.Version version : history.versions()) {
            versions.add(new HistoryVersion(text(version.name()), version.commit().substring(0, Math.min(12, version.commit().length())),
                    labels.date(version.date()), version.shownHeadline() == null ? labels.get("site.history.first") : version.shownHeadline(),
                    version.valid()));
        }
        List<HistoryKpi> kpis = new ArrayList<>();
        for (MapHistory.KpiLine kpi : history.kpis()) {
            List<Status> statuses = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (MapHistory.Version version : history.versions()) {
                KpiStatus status = version.statuses().get(kpi.id());
                statuses.add(status == null ? null : site.status(status));
                words.add(text(version.name()) + " " + (status == null ? labels.get("site.history.absent") : labels.of(status)));
            }
            kpis.add(new HistoryKpi(text(kpi.name()), strip(history, kpi.id()), String.join(", ", words), statuses));
        }
        String missing = history.shallow() ? labels.get(history.versions().isEmpty() ? "site.history.shallowNone" : "site.history.shallow") : null;
        return new Views.HistoryView(versions, kpis, history.versions().stream().map(v -> text(v.name())).toList(), missing);
    }

    /** One square per version, coloured by the KPI's status there; a version without the KPI is an outline. */
    private static TemplateHTMLOutputModel strip(MapHistory history, String kpi) {
        int count = history.versions().size();
        int width = count * (SQUARE + GAP);
        StringBuilder svg = new StringBuilder("<svg class=\"history-strip\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width).append("\" height=\"").append(SQUARE).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(SQUARE).append("\" aria-hidden=\"true\" focusable=\"false\">");
        for (int i = 0; i < count; i++) {
            KpiStatus status = history.versions().get(i).statuses().get(kpi);
            svg.append("<rect x=\"").append(i * (SQUARE + GAP)).append("\" y=\"0\" width=\"").append(SQUARE).append("\" height=\"")
                    .append(SQUARE).append("\" class=\"").append(status == null ? "absent" : "status-" + status.keyword()).append("\"/>");
        }
        svg.append("</svg>");
        try {
            // only numbers and fixed class names go into the SVG: nothing of the map
            return HTMLOutputFormat.INSTANCE.fromMarkup(svg.toString());
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot wrap the status strip", e);
        }
    }

    /** {@value #JSON}: the versions with their headlines in English, and each KPI's status per version. */
    static String json(MapHistory history) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("version").value(JSON_VERSION);
        json.name("source").value(history.byTags() ? "tags" : "commits");
        json.name("shallow").value(history.shallow());
        json.name("versions").beginArray();
        for (MapHistory.Version version : history.versions()) {
            json.beginObject().name("name").value(version.name()).name("commit").value(version.commit())
                    .name("date").value(version.date().toString()).name("headline").value(version.headline())
                    .name("valid").value(version.valid()).endObject();
        }
        json.endArray();
        json.name("kpis").beginArray();
        for (MapHistory.KpiLine kpi : history.kpis()) {
            json.beginObject().name("id").value(kpi.id()).name("name").value(kpi.name()).name("statuses").beginArray();
            for (MapHistory.Version version : history.versions()) {
                KpiStatus status = version.statuses().get(kpi.id());
                json.value(status == null ? null : status.keyword());
            }
            json.endArray().endObject();
        }
        json.endArray();
        return json.endObject().toString();
    }
}
