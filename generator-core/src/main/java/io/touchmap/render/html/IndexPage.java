package io.touchmap.render.html;

import static io.touchmap.render.html.SiteContext.description;
import static io.touchmap.render.html.SiteContext.kpiPath;
import static io.touchmap.render.html.SiteContext.link;
import static io.touchmap.render.html.SiteContext.text;
import static io.touchmap.render.html.SiteContext.texts;
import static io.touchmap.render.html.SiteContext.touchpointPath;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.Coverage;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.Presence;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.Count;
import io.touchmap.render.html.Views.Figure;
import io.touchmap.render.html.Views.KpiRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Supplier;

/** {@code index.html}: the headline figures, the map grid with its legend, the emotion curve, every KPI, the gaps. */
final class IndexPage implements SitePage {

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        return List.of(() -> PageFile.prepare("index.html", "index.ftlh", site.page(site.title(), "", "map"),
                charts -> view(site, charts)));
    }

    private static Views.IndexView view(SiteContext site, Map<String, Supplier<String>> charts) {
        TouchpointMap map = site.map();
        Labels labels = site.labels();
        Coverage coverage = map.coverage();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(labels.get("common.touchpoints"), String.valueOf(map.touchpoints().size()),
                map.touchpointStatusCounts().entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> new Count(e.getKey().keyword(), labels.of(e.getKey()), e.getValue())).toList()));
        figures.add(new Figure(labels.get("common.kpis"), String.valueOf(map.kpis().size()),
                map.kpiStatusCounts().entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> new Count(e.getKey().keyword(), labels.of(e.getKey()), e.getValue())).toList()));
        figures.add(new Figure(labels.get("common.channels"), String.valueOf(map.channels().size()),
                map.channelTypeCounts().entrySet().stream()
                        .map(e -> new Count(e.getKey().keyword(), labels.get("site.figure.on." + e.getKey().keyword()), e.getValue()))
                        .toList()));
        long percent = Math.round(coverage.coveredShare() * 100);
        figures.add(new Figure(labels.get("site.figure.coverage"), labels.format("site.figure.percent", percent), List.of(
                new Count("cells", labels.get("site.figure.coveredCells"), coverage.cellCount() - coverage.emptyCells().size()),
                new Count("empty", labels.get("site.figure.emptyCells"), coverage.emptyCells().size()),
                new Count("unmeasured", labels.get("site.figure.withoutKpi"), coverage.touchpointsWithoutKpis().size()))));

        List<KpiRow> kpis = new ArrayList<>();
        for (Touchpoint touchpoint : map.touchpoints()) {
            for (Kpi kpi : touchpoint.kpis()) {
                kpis.add(new KpiRow(link("", kpiPath(kpi), text(kpi.displayName())), link("", touchpointPath(touchpoint), text(touchpoint.displayName())),
                        site.status(kpi.status()), Optional.ofNullable(site.staleness(kpi)).map(site::stale).orElse(null), kpi.latest().map(o -> site.quantity(o.value(), kpi.unit())).orElse(null),
                        site.quantity(kpi.target(), kpi.unit())));
            }
        }
        List<String> gaps = map.competitorGaps().stream().map(gap -> gapSentence(site, gap)).toList();
        return new Views.IndexView(description(map.info().description()), texts(map.info().owners()), figures,
                site.grid(), site.emotionChart("", site.emotionCurve(), "emotion.svg", null, charts),
                Arrays.stream(KpiStatus.values()).map(site::status).toList(),
                kpis, site.judgesStaleness() || map.kpis().stream().allMatch(k -> k.series().isEmpty()) ? null
                        : labels.get("site.kpi.staleNotJudged"), map.personas().stream().map(p -> site.personaLink("", p)).toList(), gaps);
    }

    private static String gapSentence(SiteContext site, CompetitorGap gap) {
        Labels labels = site.labels();
        Presence presence = gap.presence();
        String stage = site.stageLink("", presence.stage()).text();
        String channel = site.channelLink("", presence.channel()).text();
        return gap.kind() == CompetitorGap.Kind.ABSENT
                ? labels.format("site.gap.absent", text(gap.competitor().displayName()), stage, channel)
                : labels.format("site.gap.outrated", text(gap.competitor().displayName()), stage, channel,
                        String.valueOf(presence.rating()), labels.number(gap.ourRating()));
    }
}
