package io.touchmap.render.html;

import static io.touchmap.render.html.SiteContext.WIDE_CHART_HEIGHT;
import static io.touchmap.render.html.SiteContext.WIDE_CHART_WIDTH;
import static io.touchmap.render.html.SiteContext.chart;
import static io.touchmap.render.html.SiteContext.description;
import static io.touchmap.render.html.SiteContext.draws;
import static io.touchmap.render.html.SiteContext.link;
import static io.touchmap.render.html.SiteContext.stagePath;
import static io.touchmap.render.html.SiteContext.text;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueComponent;
import io.touchmap.render.chart.Charts;
import io.touchmap.render.chart.SvgChart;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.Chart;
import io.touchmap.render.html.Views.Component;
import io.touchmap.render.html.Views.HeatCell;
import io.touchmap.render.html.Views.HeatRow;
import io.touchmap.render.html.Views.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code value-proposition.html}: the statement, each component with our score, the importance of each component
 * per stage as a heat map, and our scores next to the competitors' (a chart this page draws).
 */
final class ValuePropositionPage implements SitePage {

    private static final String TEMPLATE = "value-proposition.ftlh";

    @Override
    public List<String> templates() {
        return List.of(TEMPLATE);
    }

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        return List.of(() -> PageFile.prepare("value-proposition.html", TEMPLATE,
                site.page(site.labels().get("common.valueProposition"), "", "value-proposition"), charts -> view(site, charts)));
    }

    private static Views.ValuePropositionView view(SiteContext site, Map<String, Supplier<String>> charts) {
        TouchpointMap map = site.map();
        Labels labels = site.labels();
        List<Component> components = new ArrayList<>();
        List<HeatRow> importance = new ArrayList<>();
        for (ValueComponent kind : ValueComponent.values()) {
            Optional<PropositionComponent> component = map.valueProposition().component(kind);
            components.add(new Component(labels.of(kind), component.map(c -> text(c.statement())).orElse(null),
                    component.map(PropositionComponent::score).map(s -> labels.format("common.outOfFive", s)).orElse(null)));
            List<HeatCell> cells = map.stages().stream().map(stage -> {
                Integer level = component.map(c -> c.importance().get(stage.id())).orElse(null);
                return level == null ? new HeatCell("\u2013", 0) : new HeatCell(String.valueOf(level), level);
            }).toList();
            importance.add(new HeatRow(labels.of(kind), cells));
        }
        Chart comparison = null;
        boolean scored = map.valueProposition().components().stream().anyMatch(c -> c.score() != null)
                || map.competitors().stream().anyMatch(c -> !c.valueProposition().isEmpty());
        if (scored) {
            List<String> head = new ArrayList<>();
            head.add(labels.get("common.component"));
            head.add(Objects.requireNonNullElse(text(map.info().organisation()), labels.get("common.chart.us")));
            map.competitors().forEach(c -> head.add(text(c.displayName())));
            List<List<String>> rows = new ArrayList<>();
            for (ValueComponent kind : ValueComponent.values()) {
                List<String> row = new ArrayList<>();
                row.add(labels.of(kind));
                row.add(map.valueProposition().component(kind).map(PropositionComponent::score).map(String::valueOf).orElse("\u2013"));
                map.competitors().forEach(c -> row.add(Optional.ofNullable(c.valueProposition().get(kind)).map(String::valueOf).orElse("\u2013")));
                rows.add(row);
            }
            draws(charts, "value-proposition.svg",
                    () -> SvgChart.svg(Charts.valueProposition(map, labels), WIDE_CHART_WIDTH, WIDE_CHART_HEIGHT));
            comparison = chart("", "value-proposition.svg", WIDE_CHART_WIDTH, WIDE_CHART_HEIGHT,
                    labels.format("site.valueProposition.alt", map.competitors().size()), labels.get("site.valueProposition.caption"),
                    new Table(head, rows));
        }
        return new Views.ValuePropositionView(description(map.valueProposition().statement()), components,
                map.stages().stream().map(s -> link("", stagePath(s), text(s.displayName()))).toList(), importance, comparison);
    }
}
