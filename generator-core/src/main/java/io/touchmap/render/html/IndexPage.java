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
import io.touchmap.render.JourneyView;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.Count;
import io.touchmap.render.html.Views.Figure;
import io.touchmap.render.html.Views.Link;
import io.touchmap.render.html.Views.SummaryBlock;
import io.touchmap.render.html.Views.SummaryItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code index.html}: the worst-first summary, the journey map with its lanes (an overview heat map past
 * {@link JourneyView#OVERVIEW_ABOVE} touchpoints) and its legend, then the headline figures.
 */
final class IndexPage implements SitePage {

    private static final String TEMPLATE = "index.ftlh";

    @Override
    public List<String> templates() {
        return List.of(TEMPLATE);
    }

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        return List.of(() -> PageFile.prepare("index.html", TEMPLATE, site.page(site.title(), "", "map"),
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

        JourneyView journey = site.journey();
        Views.Grid grid = site.grid("", journey, "journey-emotion.svg", true, charts);
        String help = journey.overview() ? labels.format("site.overview.help", journey.touchpoints()) : null;
        List<Views.CompetitorKey> competitors = journey.competitorsMet().stream()
                .map(k -> new Views.CompetitorKey(k.letter(), k.colour(), text(k.competitor().displayName()))).toList();
        return new Views.IndexView(description(map.info().description()), texts(map.info().owners()), summary(site), grid, help,
                Arrays.stream(KpiStatus.values()).map(site::status).toList(), competitors, figures,
                link("", KpiListPage.PATH, labels.format("site.index.allKpis", map.kpis().size())),
                map.personas().stream().map(p -> site.personaLink("", p)).toList());
    }

    /** The worst-first summary: negative emotions, KPIs off target, in warning, gone stale, gaps, stages without KPI. */
    static Views.Summary summary(SiteContext site) {
        Labels labels = site.labels();
        JourneyView.WorstFirst worst = site.worstFirst();
        List<SummaryBlock> blocks = new ArrayList<>();
        blocks.add(block("negative", labels.get("common.summary.negative"), worst.negative().stream()
                .map(tp -> new SummaryItem(link("", touchpointPath(tp), text(tp.displayName())), null,
                        site.emotion(tp.elements().emotions().score()), stageAndChannel(site, tp), null)).toList(),
                null, labels.get("common.summary.noNegative"), labels));
        Link allKpis = link("", KpiListPage.PATH, labels.get("site.summary.allKpis"));
        blocks.add(block("off-target", labels.get("common.summary.offTarget"), worst.offTarget().stream().map(c -> concern(site, c)).toList(),
                allKpis, labels.get("common.summary.noOffTarget"), labels));
        blocks.add(block("warning", labels.get("common.summary.warning"), worst.warning().stream().map(c -> concern(site, c)).toList(),
                allKpis, labels.get("common.summary.noWarning"), labels));
        if (site.judgesStaleness()) {
            blocks.add(block("stale", labels.get("common.summary.stale"), worst.stale().stream()
                    .map(k -> new SummaryItem(link("", kpiPath(k.kpi()), text(k.kpi().displayName())), null, null,
                            site.stale(k.staleness()), null)).toList(),
                    allKpis, labels.get("common.summary.noStale"), labels));
        } else {
            blocks.add(new SummaryBlock("stale", labels.get("common.summary.stale"), null, List.of(), null, null,
                    labels.get("common.kpi.staleNotJudged")));
        }
        blocks.add(block("gaps", labels.get("common.gaps"), worst.gaps().stream()
                .map(gap -> new SummaryItem(null, null, null, gapSentence(site, gap), null)).toList(),
                link("", "competitors.html", labels.get("site.index.allCompetitors")), labels.get("common.competitors.noGaps"), labels));
        blocks.add(block("no-kpi", labels.get("common.summary.noKpi"), worst.stagesWithoutKpi().stream()
                .map(stage -> new SummaryItem(site.stageLink("", stage.id()), null, null, null, null)).toList(),
                null, labels.get("common.summary.kpiEverywhere"), labels));
        return new Views.Summary(blocks, worst.isEmpty());
    }

    private static SummaryBlock block(String keyword, String title, List<SummaryItem> items, Link rest, String none, Labels labels) {
        List<SummaryItem> shown = items.size() > JourneyView.SUMMARY_LINES ? items.subList(0, JourneyView.SUMMARY_LINES) : items;
        int more = items.size() - shown.size();
        return new SummaryBlock(keyword, title, items.size(), shown, more > 0 ? labels.format("site.more", more) : null,
                more > 0 ? rest : null, none);
    }

    private static String stageAndChannel(SiteContext site, Touchpoint touchpoint) {
        return site.stageLink("", touchpoint.stage()).text() + " \u00d7 " + site.channelLink("", touchpoint.channel()).text();
    }

    private static SummaryItem concern(SiteContext site, JourneyView.KpiConcern concern) {
        Labels labels = site.labels();
        Kpi kpi = concern.kpi();
        String detail = labels.format("common.summary.kpiDetail", site.quantity(concern.latest(), kpi.unit()), site.quantity(kpi.target(), kpi.unit()),
                concern.percentAway());
        String keyword = concern.trendKeyword();
        String symbol = concern.trend() > 0 ? "\u2197" : concern.trend() < 0 ? "\u2198" : "\u2192";
        return new SummaryItem(link("", kpiPath(kpi), text(kpi.displayName())), null, null, detail,
                new Views.Trend(keyword, symbol, labels.get("common.trend." + keyword)));
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
