package io.touchmap.render.html;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.LoadResult;
import io.touchmap.internal.text.Printable;
import io.touchmap.model.Cell;
import io.touchmap.model.Channel;
import io.touchmap.model.ChannelType;
import io.touchmap.model.Competitor;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.Coverage;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Observation;
import io.touchmap.model.Persona;
import io.touchmap.model.Phase;
import io.touchmap.model.Presence;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.StageEmotion;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.model.ValueComponent;
import io.touchmap.internal.text.Labels;
import io.touchmap.render.chart.Charts;
import io.touchmap.render.chart.SvgChart;
import io.touchmap.render.html.Views.Chart;
import io.touchmap.render.html.Views.CompetitorBlock;
import io.touchmap.render.html.Views.CompetitorMark;
import io.touchmap.render.html.Views.Component;
import io.touchmap.render.html.Views.Count;
import io.touchmap.render.html.Views.Emotion;
import io.touchmap.render.html.Views.Entry;
import io.touchmap.render.html.Views.Figure;
import io.touchmap.render.html.Views.Gap;
import io.touchmap.render.html.Views.Grid;
import io.touchmap.render.html.Views.HeatCell;
import io.touchmap.render.html.Views.HeatRow;
import io.touchmap.render.html.Views.KpiBlock;
import io.touchmap.render.html.Views.KpiRow;
import io.touchmap.render.html.Views.Link;
import io.touchmap.render.html.Views.Page;
import io.touchmap.render.html.Views.PhaseSpan;
import io.touchmap.render.html.Views.Row;
import io.touchmap.render.html.Views.RowGroup;
import io.touchmap.render.html.Views.StageHead;
import io.touchmap.render.html.Views.Status;
import io.touchmap.render.html.Views.Table;
import io.touchmap.render.html.Views.TouchpointRef;
import io.touchmap.render.html.Views.TouchpointRow;
import io.touchmap.render.html.Views.Warning;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Prepares every page of the site from a map: which file, which template, and the view model it reads, plus the
 * chart files the pages point at. All wording, numbers and links are decided here, none in the templates.
 *
 * <p>Each page is prepared on its own, on demand, and draws nothing until asked: pages can then be prepared and
 * written in parallel, and a big site never sits in memory as a whole. Instances are immutable once built.
 */
final class SitePages {

    /**
     * One page to write: its path in the site, its template, what the template reads, and the chart files (by path)
     * that this page, and no other, draws.
     */
    record PageFile(String path, String template, Page page, Object view, Map<String, Supplier<String>> charts) {
    }

    static final int KPI_CHART_WIDTH = 640;
    static final int KPI_CHART_HEIGHT = 280;
    static final int WIDE_CHART_WIDTH = 800;
    static final int WIDE_CHART_HEIGHT = 320;

    private final TouchpointMap map;
    private final List<Diagnostic> warnings;
    private final java.nio.file.Path mapDirectory;
    private final Labels labels;
    private final Map<String, String> t;
    private final String generatedOn;
    /** The competitors met in each cell, in the order of the competitors and their presence. */
    private final Map<Cell, List<CompetitorMark>> competitorMarks;
    private final List<StageEmotion> emotionCurve;

    SitePages(LoadResult result, Labels labels, LocalDate date) {
        this.map = result.map();
        this.warnings = result.warnings();
        this.mapDirectory = result.directory();
        this.labels = labels;
        this.t = labels.all();
        LocalDate shown = date != null ? date : map.info().date();
        this.generatedOn = shown == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale()).format(shown);
        Map<Cell, List<CompetitorMark>> marks = new HashMap<>();
        for (Competitor competitor : map.competitors()) {
            for (Presence presence : competitor.presence()) {
                marks.computeIfAbsent(presence.cell(), cell -> new ArrayList<>())
                        .add(new CompetitorMark(text(competitor.name()), rating(presence.rating()), text(presence.note())));
            }
        }
        marks.replaceAll((cell, list) -> List.copyOf(list));
        this.competitorMarks = marks;
        this.emotionCurve = map.emotionCurve();
    }

    /** What a page's view is prepared from: the charts it draws are added to the map it is given. */
    private interface ViewBuilder {
        Object view(Map<String, Supplier<String>> charts);
    }

    /** Every page of the site, the index first, each prepared when its supplier is called. */
    List<Supplier<PageFile>> pages() {
        List<Supplier<PageFile>> pages = new ArrayList<>();
        pages.add(() -> file("index.html", "index.ftlh", page(title(), "", "map"), this::index));
        for (Touchpoint touchpoint : map.touchpoints()) {
            pages.add(() -> file(touchpointPath(touchpoint), "touchpoint.ftlh", page(text(touchpoint.name()), "../", "map"),
                    charts -> touchpoint(touchpoint)));
            for (Kpi kpi : touchpoint.kpis()) {
                pages.add(() -> file(kpiPath(kpi), "kpi.ftlh", page(text(kpi.name()), "../", "map"), charts -> kpi(kpi, touchpoint, charts)));
            }
        }
        for (LifecycleStage stage : map.stages()) {
            pages.add(() -> file(stagePath(stage), "group.ftlh", page(text(stage.name()), "../", "map"), charts -> stage(stage)));
        }
        for (Channel channel : map.channels()) {
            pages.add(() -> file(channelPath(channel), "group.ftlh", page(text(channel.name()), "../", "map"), charts -> channel(channel)));
        }
        for (Persona persona : map.personas()) {
            pages.add(() -> file(personaPath(persona), "group.ftlh", page(text(persona.name()), "../", "map"),
                    charts -> persona(persona, charts)));
        }
        pages.add(() -> file("value-proposition.html", "value-proposition.ftlh",
                page(labels.get("page.valueProposition"), "", "value-proposition"), this::valueProposition));
        pages.add(() -> file("competitors.html", "competitors.ftlh",
                page(labels.get("page.competitors"), "", "competitors"), charts -> competitors()));
        pages.add(() -> file("warnings.html", "warnings.ftlh",
                page(labels.get("page.warnings"), "", "warnings"), charts -> warningsPage()));
        return pages;
    }

    private static PageFile file(String path, String template, Page page, ViewBuilder builder) {
        Map<String, Supplier<String>> charts = new TreeMap<>();
        Object view = builder.view(charts);
        return new PageFile(path, template, page, view, charts);
    }

    private Page page(String title, String root, String section) {
        return new Page(labels.language(), title, title(), text(map.info().organisation()), root, section,
                warnings.size(), generatedOn, t);
    }

    private String title() {
        String title = text(map.info().title());
        return title == null ? text(map.info().id()) : title;
    }

    // ---- paths and links -------------------------------------------------------------------------------------

    static String touchpointPath(Touchpoint touchpoint) {
        return "touchpoints/" + touchpoint.id() + ".html";
    }

    static String kpiPath(Kpi kpi) {
        return "kpis/" + kpi.id() + ".html";
    }

    static String stagePath(LifecycleStage stage) {
        return "stages/" + stage.id() + ".html";
    }

    static String channelPath(Channel channel) {
        return "channels/" + channel.id() + ".html";
    }

    static String personaPath(Persona persona) {
        return "personas/" + persona.id() + ".html";
    }

    private static Link link(String root, String path, String text) {
        return new Link(root + path, text);
    }

    private Link stageLink(String root, String stageId) {
        return map.stage(stageId).map(s -> link(root, stagePath(s), text(s.name()))).orElse(new Link(null, stageId));
    }

    private Link channelLink(String root, String channelId) {
        return map.channel(channelId).map(c -> link(root, channelPath(c), text(c.name()))).orElse(new Link(null, channelId));
    }

    /** Text from the map with control and bidirectional-override characters made visible, or null. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : Printable.of(value.strip());
    }

    private static List<String> texts(List<String> values) {
        return values.stream().map(SitePages::text).filter(Objects::nonNull).toList();
    }

    // ---- shared pieces ---------------------------------------------------------------------------------------

    Status status(KpiStatus status) {
        String symbol = switch (status) {
            case ON_TARGET -> "\u2713";
            case WARNING -> "!";
            case OFF_TARGET -> "\u2715";
            case NO_DATA -> "\u2013";
        };
        return new Status(status.keyword(), labels.of(status), symbol);
    }

    Emotion emotion(Integer score) {
        if (score == null) {
            return null;
        }
        String keyword = score > 0 ? "positive" : score < 0 ? "negative" : "neutral";
        String symbol = score > 0 ? "\u263a" : score < 0 ? "\u2639" : "\u25cb";
        return new Emotion(signed(score), keyword, labels.get("emotion." + score), symbol);
    }

    private static String signed(int value) {
        return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + Math.abs(value);
    }

    /** A mean emotion with its sign and one decimal at most, such as {@code +1.5} or {@code −0,3} in French. */
    private String signedMean(Double mean) {
        if (mean == null) {
            return null;
        }
        double rounded = Math.round(mean * 10) / 10.0;
        return (rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "") + labels.number(Math.abs(rounded));
    }

    private TouchpointRef ref(String root, Touchpoint touchpoint) {
        TouchpointStatus lifecycle = touchpoint.status();
        boolean active = lifecycle == null || lifecycle == TouchpointStatus.ACTIVE;
        return new TouchpointRef(root + touchpointPath(touchpoint), text(touchpoint.name()), status(touchpoint.kpiStatus()),
                emotion(touchpoint.elements().emotions().score()),
                active ? null : labels.of(lifecycle), active ? null : lifecycle.keyword());
    }

    private TouchpointRow row(String root, Touchpoint touchpoint) {
        return new TouchpointRow(ref(root, touchpoint), stageLink(root, touchpoint.stage()),
                channelLink(root, touchpoint.channel()), text(touchpoint.owner()));
    }

    private String rating(Integer rating) {
        return rating == null ? null : labels.format("competitor.rating", rating);
    }

    /** The map as the index and the competitors page show it: both sit at the site's root. */
    private Grid grid() {
        String root = "";
        List<PhaseSpan> phases = new ArrayList<>();
        List<StageHead> heads = new ArrayList<>();
        Phase current = null;
        for (LifecycleStage stage : map.stages()) {
            if (phases.isEmpty() || stage.phase() != current) {
                current = stage.phase();
                phases.add(new PhaseSpan(current == null ? "none" : current.keyword(), current == null ? "" : labels.of(current), 0));
            }
            PhaseSpan last = phases.remove(phases.size() - 1);
            phases.add(new PhaseSpan(last.keyword(), last.label(), last.span() + 1));
            heads.add(new StageHead(link(root, stagePath(stage), text(stage.name())), current == null ? "none" : current.keyword()));
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Channel channel : map.channels()) {
            List<Views.Cell> cells = new ArrayList<>();
            for (LifecycleStage stage : map.stages()) {
                Cell cell = new Cell(stage.id(), channel.id());
                cells.add(new Views.Cell(map.touchpointsIn(cell).stream().map(tp -> ref(root, tp)).toList(), competitorMarks(cell)));
            }
            ChannelType type = channel.type();
            Row row = new Row(link(root, channelPath(channel), text(channel.name())),
                    type == null ? null : type.keyword(), type == null ? null : labels.of(type), cells);
            String group = text(channel.group());
            groups.computeIfAbsent(group == null ? "" : group, g -> new ArrayList<>()).add(row);
        }
        List<RowGroup> rowGroups = groups.entrySet().stream()
                .map(e -> new RowGroup(e.getKey().isEmpty() ? null : e.getKey(), List.copyOf(e.getValue())))
                .toList();
        return new Grid(phases, heads, rowGroups);
    }

    private List<CompetitorMark> competitorMarks(Cell cell) {
        return competitorMarks.getOrDefault(cell, List.of());
    }

    /** The view of the chart file {@code charts/<file>}; whichever page draws the file adds it with {@link #draws}. */
    private static Chart chart(String root, String file, int width, int height, String alt, String caption, Table data) {
        return new Chart(root + chartPath(file), width, height, alt, caption, data);
    }

    private static String chartPath(String file) {
        return "charts/" + file;
    }

    /** Records that the page being prepared draws the chart file {@code charts/<file>}, and how. */
    private static void draws(Map<String, Supplier<String>> charts, String file, Supplier<String> svg) {
        charts.put(chartPath(file), svg);
    }

    private String quantity(Double value, String unit) {
        return value == null ? null : labels.quantity(value, text(unit));
    }

    // ---- index -----------------------------------------------------------------------------------------------

    private Views.Index index(Map<String, Supplier<String>> charts) {
        Coverage coverage = map.coverage();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(labels.get("figure.touchpoints"), String.valueOf(map.touchpoints().size()),
                map.touchpointStatusCounts().entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> new Count(e.getKey().keyword(), labels.of(e.getKey()), e.getValue())).toList()));
        figures.add(new Figure(labels.get("figure.kpis"), String.valueOf(map.kpis().size()),
                map.kpiStatusCounts().entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> new Count(e.getKey().keyword(), labels.of(e.getKey()), e.getValue())).toList()));
        figures.add(new Figure(labels.get("figure.channels"), String.valueOf(map.channels().size()),
                map.channelTypeCounts().entrySet().stream()
                        .map(e -> new Count(e.getKey().keyword(), labels.get("figure.on." + e.getKey().keyword()), e.getValue()))
                        .toList()));
        long percent = Math.round(coverage.coveredShare() * 100);
        figures.add(new Figure(labels.get("figure.coverage"), labels.format("figure.percent", percent), List.of(
                new Count("cells", labels.get("figure.coveredCells"), coverage.cellCount() - coverage.emptyCells().size()),
                new Count("empty", labels.get("figure.emptyCells"), coverage.emptyCells().size()),
                new Count("unmeasured", labels.get("figure.withoutKpi"), coverage.touchpointsWithoutKpis().size()))));

        List<KpiRow> kpis = new ArrayList<>();
        for (Touchpoint touchpoint : map.touchpoints()) {
            for (Kpi kpi : touchpoint.kpis()) {
                kpis.add(new KpiRow(link("", kpiPath(kpi), text(kpi.name())), link("", touchpointPath(touchpoint), text(touchpoint.name())),
                        status(kpi.status()), kpi.latest().map(o -> quantity(o.value(), kpi.unit())).orElse(null),
                        quantity(kpi.target(), kpi.unit())));
            }
        }
        List<String> gaps = map.competitorGaps().stream().map(this::gapSentence).toList();
        return new Views.Index(Markdown.html(map.info().description()), texts(map.info().owners()), figures,
                grid(), emotionChart("", emotionCurve, "emotion.svg", null, charts),
                java.util.Arrays.stream(KpiStatus.values()).map(this::status).toList(),
                kpis, map.personas().stream().map(p -> link("", personaPath(p), text(p.name()))).toList(), gaps);
    }

    /**
     * The emotion curve over all touchpoints (with one more line per persona whose touchpoints are scored), or over
     * one persona's touchpoints; its table gives every line's value at every stage.
     */
    private Chart emotionChart(String root, List<StageEmotion> curve, String file, Persona persona,
            Map<String, Supplier<String>> charts) {
        if (curve.stream().allMatch(s -> s.mean() == null)) {
            return null;
        }
        draws(charts, file, persona == null
                ? () -> SvgChart.svg(Charts.emotionCurve(map, labels), "emotion", WIDE_CHART_WIDTH, WIDE_CHART_HEIGHT)
                : () -> SvgChart.svg(Charts.emotionCurve(map, persona, labels), "emotion-" + persona.id(), WIDE_CHART_WIDTH,
                        WIDE_CHART_HEIGHT));
        List<String> head = new ArrayList<>(List.of(labels.get("table.stage"), labels.get("table.meanEmotion"),
                labels.get("table.scoredTouchpoints")));
        List<List<StageEmotion>> personaCurves = new ArrayList<>();
        if (persona == null) {
            for (Persona each : map.personas()) {
                List<StageEmotion> personaCurve = map.emotionCurve(each);
                if (personaCurve.stream().anyMatch(s -> s.mean() != null)) {
                    head.add(text(each.name()));
                    personaCurves.add(personaCurve);
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++) {
            StageEmotion point = curve.get(i);
            List<String> row = new ArrayList<>(List.of(Objects.requireNonNullElse(text(point.stage().name()), point.stage().id()),
                    meanOrNone(point.mean()), String.valueOf(point.scored())));
            for (List<StageEmotion> personaCurve : personaCurves) {
                row.add(meanOrNone(personaCurve.get(i).mean()));
            }
            rows.add(row);
        }
        String summary = curve.stream().filter(s -> s.mean() != null)
                .map(s -> text(s.stage().name()) + " " + signedMean(s.mean()))
                .collect(Collectors.joining(", "));
        return chart(root, file, WIDE_CHART_WIDTH, WIDE_CHART_HEIGHT,
                labels.format("emotion.alt", summary), labels.get("emotion.caption"), new Table(head, rows));
    }

    private String meanOrNone(Double mean) {
        return mean == null ? labels.get("emotion.none") : signedMean(mean);
    }

    private String gapSentence(CompetitorGap gap) {
        Presence presence = gap.presence();
        String stage = stageLink("", presence.stage()).text();
        String channel = channelLink("", presence.channel()).text();
        return gap.kind() == CompetitorGap.Kind.ABSENT
                ? labels.format("gap.absent", text(gap.competitor().name()), stage, channel)
                : labels.format("gap.outrated", text(gap.competitor().name()), stage, channel,
                        String.valueOf(presence.rating()), labels.number(gap.ourRating()));
    }

    // ---- touchpoint and KPI pages ----------------------------------------------------------------------------

    private Views.TouchpointPage touchpoint(Touchpoint touchpoint) {
        String root = "../";
        List<Entry> facts = new ArrayList<>();
        map.stage(touchpoint.stage()).map(LifecycleStage::phase).filter(Objects::nonNull)
                .ifPresent(phase -> facts.add(new Entry(labels.get("touchpoint.phase"), labels.of(phase))));
        if (text(touchpoint.owner()) != null) {
            facts.add(new Entry(labels.get("touchpoint.owner"), text(touchpoint.owner())));
        }
        facts.add(new Entry(labels.get("touchpoint.status"), labels.of(touchpoint.status() == null ? TouchpointStatus.ACTIVE : touchpoint.status())));
        List<Entry> value = new ArrayList<>();
        for (ValueComponent component : ValueComponent.values()) {
            touchpoint.value().of(component).map(SitePages::text).filter(Objects::nonNull)
                    .ifPresent(statement -> value.add(new Entry(labels.of(component), statement)));
        }
        TouchpointStatus lifecycle = touchpoint.status();
        boolean active = lifecycle == null || lifecycle == TouchpointStatus.ACTIVE;
        return new Views.TouchpointPage(text(touchpoint.name()), status(touchpoint.kpiStatus()), active ? null : labels.of(lifecycle),
                Markdown.html(touchpoint.description()), stageLink(root, touchpoint.stage()), channelLink(root, touchpoint.channel()),
                facts,
                touchpoint.personas().stream().map(id -> map.persona(id)
                        .map(p -> link(root, personaPath(p), text(p.name()))).orElse(new Link(null, id))).toList(),
                texts(touchpoint.elements().product()), texts(touchpoint.elements().interactions()),
                texts(touchpoint.elements().communication()), emotion(touchpoint.elements().emotions().score()),
                texts(touchpoint.elements().emotions().perceptions()), texts(touchpoint.painPoints()),
                texts(touchpoint.opportunities()), value,
                touchpoint.kpis().stream().map(k -> kpiBlock(root, k)).toList(), competitorMarks(touchpoint.cell()));
    }

    private KpiBlock kpiBlock(String root, Kpi kpi) {
        List<Entry> facts = new ArrayList<>();
        Optional<Observation> latest = kpi.latest();
        facts.add(new Entry(labels.get("kpi.latest"), latest.map(o -> labels.format("kpi.valueIn", quantity(o.value(), kpi.unit()), o.period().toString()))
                .orElse(labels.get("kpi.noValue"))));
        facts.add(new Entry(labels.get("kpi.target"), kpi.target() == null ? labels.get("kpi.noTarget") : quantity(kpi.target(), kpi.unit())));
        if (kpi.warning() != null) {
            facts.add(new Entry(labels.get("kpi.warning"), quantity(kpi.warning(), kpi.unit())));
        }
        if (kpi.direction() != null) {
            facts.add(new Entry(labels.get("kpi.direction"), labels.of(kpi.direction())));
        }
        if (kpi.kind() != null) {
            facts.add(new Entry(labels.get("kpi.kind"), labels.of(kpi.kind())));
        }
        if (kpi.source() != null) {
            facts.add(new Entry(labels.get("kpi.source"), labels.of(kpi.source())));
        }
        if (kpi.dataFile() != null) {
            facts.add(new Entry(labels.get("kpi.dataFile"), text(kpi.dataFile())));
        }
        return new KpiBlock(kpi.id(), link(root, kpiPath(kpi), text(kpi.name())), text(kpi.name()), status(kpi.status()),
                latest.map(o -> quantity(o.value(), kpi.unit())).orElse(null), quantity(kpi.target(), kpi.unit()),
                facts, Markdown.html(kpi.description()), kpiChart(root, kpi));
    }

    /** The view of a KPI's chart, on its touchpoint's page and on its own; the KPI's page draws it. */
    private Chart kpiChart(String root, Kpi kpi) {
        if (kpi.series().isEmpty()) {
            return null;
        }
        Observation latest = kpi.latest().orElseThrow();
        String alt = labels.format("kpi.alt", text(kpi.name()), kpi.chronological().size(),
                quantity(latest.value(), kpi.unit()), latest.period().toString(), labels.of(kpi.status()),
                kpi.target() == null ? labels.get("kpi.noTarget") : quantity(kpi.target(), kpi.unit()));
        return chart(root, kpiChartFile(kpi), KPI_CHART_WIDTH, KPI_CHART_HEIGHT, alt,
                labels.format("kpi.caption", text(kpi.name())), valuesTable(kpi));
    }

    private Table valuesTable(Kpi kpi) {
        List<List<String>> rows = kpi.chronological().stream().map(o -> List.of(o.period().toString(),
                quantity(o.value(), kpi.unit()), labels.of(kpi.statusOf(o.value())))).toList();
        return new Table(List.of(labels.get("table.period"), labels.get("table.value"), labels.get("table.status")), rows);
    }

    private static String kpiChartFile(Kpi kpi) {
        return "kpi-" + kpi.id() + ".svg";
    }

    private Views.KpiPage kpi(Kpi kpi, Touchpoint touchpoint, Map<String, Supplier<String>> charts) {
        if (!kpi.series().isEmpty()) {
            draws(charts, kpiChartFile(kpi), () -> SvgChart.svg(Charts.kpi(kpi, labels), "kpi-" + kpi.id(), KPI_CHART_WIDTH, KPI_CHART_HEIGHT));
        }
        return new Views.KpiPage(kpiBlock("../", kpi), link("../", touchpointPath(touchpoint), text(touchpoint.name())), valuesTable(kpi));
    }

    // ---- stage, channel and persona pages --------------------------------------------------------------------

    private Views.GroupPage stage(LifecycleStage stage) {
        String root = "../";
        List<Entry> facts = new ArrayList<>();
        if (stage.phase() != null) {
            facts.add(new Entry(labels.get("touchpoint.phase"), labels.of(stage.phase())));
        }
        emotionCurve.stream().filter(s -> s.stage().id().equals(stage.id()) && s.mean() != null).findFirst()
                .ifPresent(s -> facts.add(new Entry(labels.get("table.meanEmotion"), signedMean(s.mean()))));
        List<Entry> importance = new ArrayList<>();
        for (ValueComponent component : ValueComponent.values()) {
            map.valueProposition().component(component).map(c -> c.importance().get(stage.id())).ifPresent(level ->
                    importance.add(new Entry(labels.of(component), labels.format("importance.level", level))));
        }
        return new Views.GroupPage(text(stage.name()), labels.get("kind.stage"), facts, Markdown.html(stage.description()),
                map.touchpointsAt(stage).stream().map(tp -> row(root, tp)).toList(), null,
                importance, labels.get("stage.importance"));
    }

    private Views.GroupPage channel(Channel channel) {
        String root = "../";
        List<Entry> facts = new ArrayList<>();
        if (channel.type() != null) {
            facts.add(new Entry(labels.get("channel.type"), labels.of(channel.type())));
        }
        if (text(channel.group()) != null) {
            facts.add(new Entry(labels.get("channel.group"), text(channel.group())));
        }
        return new Views.GroupPage(text(channel.name()), labels.get("kind.channel"), facts, Markdown.html(channel.description()),
                map.touchpointsOn(channel).stream().map(tp -> row(root, tp)).toList(), null, List.of(), null);
    }

    private Views.GroupPage persona(Persona persona, Map<String, Supplier<String>> charts) {
        String root = "../";
        return new Views.GroupPage(text(persona.name()), labels.get("kind.persona"), List.of(), Markdown.html(persona.description()),
                map.touchpointsFor(persona).stream().map(tp -> row(root, tp)).toList(),
                emotionChart(root, map.emotionCurve(persona), "emotion-" + persona.id() + ".svg", persona, charts), List.of(), null);
    }

    // ---- value proposition and competitors -------------------------------------------------------------------

    private Views.ValuePropositionPage valueProposition(Map<String, Supplier<String>> charts) {
        List<Component> components = new ArrayList<>();
        List<HeatRow> importance = new ArrayList<>();
        for (ValueComponent kind : ValueComponent.values()) {
            Optional<PropositionComponent> component = map.valueProposition().component(kind);
            components.add(new Component(labels.of(kind), component.map(c -> text(c.statement())).orElse(null),
                    component.map(PropositionComponent::score).map(s -> labels.format("score.outOfFive", s)).orElse(null)));
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
            head.add(labels.get("table.component"));
            head.add(Objects.requireNonNullElse(text(map.info().organisation()), labels.get("chart.us")));
            map.competitors().forEach(c -> head.add(text(c.name())));
            List<List<String>> rows = new ArrayList<>();
            for (ValueComponent kind : ValueComponent.values()) {
                List<String> row = new ArrayList<>();
                row.add(labels.of(kind));
                row.add(map.valueProposition().component(kind).map(PropositionComponent::score).map(String::valueOf).orElse("\u2013"));
                map.competitors().forEach(c -> row.add(Optional.ofNullable(c.valueProposition().get(kind)).map(String::valueOf).orElse("\u2013")));
                rows.add(row);
            }
            draws(charts, "value-proposition.svg",
                    () -> SvgChart.svg(Charts.valueProposition(map, labels), "value-proposition", WIDE_CHART_WIDTH, WIDE_CHART_HEIGHT));
            comparison = chart("", "value-proposition.svg", WIDE_CHART_WIDTH, WIDE_CHART_HEIGHT,
                    labels.format("valueProposition.alt", map.competitors().size()), labels.get("valueProposition.caption"),
                    new Table(head, rows));
        }
        return new Views.ValuePropositionPage(Markdown.html(map.valueProposition().statement()), components,
                map.stages().stream().map(s -> link("", stagePath(s), text(s.name()))).toList(), importance, comparison);
    }

    private Views.CompetitorsPage competitors() {
        List<CompetitorBlock> blocks = new ArrayList<>();
        for (Competitor competitor : map.competitors()) {
            List<Entry> scores = new ArrayList<>();
            for (ValueComponent kind : ValueComponent.values()) {
                Integer score = competitor.valueProposition().get(kind);
                if (score != null) {
                    scores.add(new Entry(labels.of(kind), labels.format("score.outOfFive", score)));
                }
            }
            List<Entry> presence = competitor.presence().stream().map(p -> new Entry(
                    stageLink("", p.stage()).text() + " \u00d7 " + channelLink("", p.channel()).text(),
                    Objects.requireNonNullElse(rating(p.rating()), "") + (text(p.note()) == null ? ""
                            : (p.rating() == null ? "" : " \u2014 ") + text(p.note())))).toList();
            blocks.add(new CompetitorBlock(competitor.id(), text(competitor.name()), Markdown.html(competitor.description()),
                    scores, presence));
        }
        List<Gap> gaps = map.competitorGaps().stream().map(gap -> new Gap(text(gap.competitor().name()),
                stageLink("", gap.presence().stage()), channelLink("", gap.presence().channel()),
                gap.kind() == CompetitorGap.Kind.ABSENT ? labels.get("gap.reasonAbsent")
                        : labels.format("gap.reasonOutrated", String.valueOf(gap.presence().rating()), labels.number(gap.ourRating())),
                text(gap.presence().note()))).toList();
        return new Views.CompetitorsPage(blocks, grid(), gaps);
    }

    // ---- warnings --------------------------------------------------------------------------------------------

    private Views.WarningsPage warningsPage() {
        return new Views.WarningsPage(warnings.stream().map(d -> new Warning(
                Printable.of(d.location().format(mapDirectory)), d.code().code(), Printable.of(d.message()),
                d.hint() == null ? null : Printable.of(d.hint()))).toList());
    }
}
