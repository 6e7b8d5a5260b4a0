package io.touchmap.render.html;

import static io.touchmap.render.html.SiteContext.kpiPath;
import static io.touchmap.render.html.SiteContext.link;
import static io.touchmap.render.html.SiteContext.text;
import static io.touchmap.render.html.SiteContext.touchpointPath;

import io.touchmap.model.Kpi;
import io.touchmap.model.Touchpoint;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.KpiRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code kpis.html}: every KPI of the map with its touchpoint, status, latest value and target, in the map's order. */
final class KpiListPage implements SitePage {

    private static final String TEMPLATE = "kpis.ftlh";

    static final String PATH = "kpis.html";

    @Override
    public List<String> templates() {
        return List.of(TEMPLATE);
    }

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        return List.of(() -> PageFile.prepare(PATH, TEMPLATE, site.page(site.labels().get("common.kpis"), "", "kpis"),
                charts -> view(site)));
    }

    private static Views.KpiListView view(SiteContext site) {
        List<KpiRow> kpis = new ArrayList<>();
        for (Touchpoint touchpoint : site.map().touchpoints()) {
            for (Kpi kpi : touchpoint.kpis()) {
                kpis.add(new KpiRow(link("", kpiPath(kpi), text(kpi.displayName())),
                        link("", touchpointPath(touchpoint), text(touchpoint.displayName())), site.status(kpi.status()),
                        Optional.ofNullable(site.staleness(kpi)).map(site::stale).orElse(null), kpi.latest().map(o -> site.quantity(o.value(), kpi.unit())).orElse(null), site.quantity(kpi.target(), kpi.unit())));
            }
        }
        boolean unjudged = !site.judgesStaleness() && site.map().kpis().stream().anyMatch(k -> !k.series().isEmpty());
        return new Views.KpiListView(kpis, unjudged ? site.labels().get("common.kpi.staleNotJudged") : null);
    }
}
