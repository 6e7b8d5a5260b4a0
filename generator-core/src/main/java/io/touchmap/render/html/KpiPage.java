package io.touchmap.render.html;

import static io.touchmap.render.html.SiteContext.description;
import static io.touchmap.render.html.SiteContext.draws;
import static io.touchmap.render.html.SiteContext.kpiPath;
import static io.touchmap.render.html.SiteContext.link;
import static io.touchmap.render.html.SiteContext.text;
import static io.touchmap.render.html.SiteContext.touchpointPath;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.Kpi;
import io.touchmap.model.Observation;
import io.touchmap.model.Staleness;
import io.touchmap.model.Touchpoint;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.Chart;
import io.touchmap.render.html.Views.Entry;
import io.touchmap.render.html.Views.KpiBlock;
import io.touchmap.render.html.Views.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code kpis/<id>.html}: a KPI with its facts, its chart (which this page draws) and every value with its status.
 * The same block of facts and chart shows each KPI on its touchpoint's page, and the site lists a touchpoint's KPI
 * pages right after the touchpoint's, so {@link TouchpointPage} asks for them.
 */
final class KpiPage {

    /** The template of a KPI's page, written among its touchpoint's pages. */
    static final String TEMPLATE = "kpi.ftlh";

    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 280;

    private KpiPage() {
    }

    /** The pages of the KPIs of {@code touchpoint}, in their order, each prepared when its supplier is called. */
    static List<Supplier<PageFile>> pages(SiteContext site, Touchpoint touchpoint) {
        return touchpoint.kpis().stream().<Supplier<PageFile>>map(kpi -> () -> PageFile.prepare(kpiPath(kpi), TEMPLATE,
                site.page(text(kpi.displayName()), "../", "map"), charts -> view(site, kpi, touchpoint, charts))).toList();
    }

    private static Views.KpiView view(SiteContext site, Kpi kpi, Touchpoint touchpoint, Map<String, Supplier<String>> charts) {
        if (!kpi.series().isEmpty()) {
            draws(charts, chartFile(kpi), () -> site.kpiChart(kpi, CHART_WIDTH, CHART_HEIGHT));
        }
        return new Views.KpiView(block(site, "../", kpi), link("../", touchpointPath(touchpoint), text(touchpoint.displayName())),
                valuesTable(site, kpi));
    }

    /** A KPI's name, status, facts, description and chart, as its own page and its touchpoint's page show them. */
    static KpiBlock block(SiteContext site, String root, Kpi kpi) {
        Labels labels = site.labels();
        List<Entry> facts = new ArrayList<>();
        Optional<Observation> latest = kpi.latest();
        facts.add(new Entry(labels.get("common.kpi.latest"), latest.map(o -> labels.format("site.kpi.valueIn", site.quantity(o.value(), kpi.unit()), labels.period(o.period())))
                .orElse(labels.get("site.kpi.noValue"))));
        facts.add(new Entry(labels.get("common.kpi.target"), kpi.target() == null ? labels.get("site.kpi.noTarget") : site.quantity(kpi.target(), kpi.unit())));
        if (kpi.warning() != null) {
            facts.add(new Entry(labels.get("common.kpi.warning"), site.quantity(kpi.warning(), kpi.unit())));
        }
        if (kpi.direction() != null) {
            facts.add(new Entry(labels.get("common.kpi.direction"), labels.of(kpi.direction())));
        }
        if (kpi.kind() != null) {
            facts.add(new Entry(labels.get("common.kpi.kind"), labels.of(kpi.kind())));
        }
        if (kpi.source() != null) {
            facts.add(new Entry(labels.get("common.kpi.source"), labels.of(kpi.source())));
        }
        if (kpi.cadence() != null) {
            facts.add(new Entry(labels.get("common.kpi.cadence"), labels.of(kpi.cadence())));
        }
        Staleness stale = site.staleness(kpi);
        if (kpi.dataFile() != null) {
            facts.add(new Entry(labels.get("common.kpi.dataFile"), text(kpi.dataFile())));
        }
        return new KpiBlock(kpi.id(), link(root, kpiPath(kpi), text(kpi.displayName())), text(kpi.displayName()), site.status(kpi.status()),
                latest.map(o -> site.quantity(o.value(), kpi.unit())).orElse(null), site.quantity(kpi.target(), kpi.unit()),
                stale == null ? null : site.stale(stale), facts, description(kpi.description()), chart(site, root, kpi));
    }

    /**
     * The view of a KPI's chart, on its touchpoint's page and on its own; the KPI's page draws it, and holds its data
     * as the table of values that both pages link to.
     */
    private static Chart chart(SiteContext site, String root, Kpi kpi) {
        if (kpi.series().isEmpty()) {
            return null;
        }
        Labels labels = site.labels();
        Observation latest = kpi.latest().orElseThrow();
        String alt = kpi.target() == null
                ? labels.format("site.kpi.altNoTarget", text(kpi.displayName()), kpi.chronological().size(),
                        site.quantity(latest.value(), kpi.unit()), labels.period(latest.period()), labels.of(kpi.status()))
                : labels.format("site.kpi.alt", text(kpi.displayName()), kpi.chronological().size(),
                        site.quantity(latest.value(), kpi.unit()), labels.period(latest.period()), labels.of(kpi.status()),
                        site.quantity(kpi.target(), kpi.unit()));
        return SiteContext.chart(root, chartFile(kpi), CHART_WIDTH, CHART_HEIGHT, alt,
                labels.format("site.kpi.caption", text(kpi.displayName())), null);
    }

    private static Table valuesTable(SiteContext site, Kpi kpi) {
        Labels labels = site.labels();
        List<List<String>> rows = kpi.chronological().stream().map(o -> List.of(labels.period(o.period()),
                site.quantity(o.value(), kpi.unit()), labels.of(kpi.statusOf(o.value())))).toList();
        return new Table(List.of(labels.get("site.table.period"), labels.get("site.table.value"), labels.get("common.status")), rows);
    }

    private static String chartFile(Kpi kpi) {
        return "kpi-" + kpi.id() + ".svg";
    }
}
