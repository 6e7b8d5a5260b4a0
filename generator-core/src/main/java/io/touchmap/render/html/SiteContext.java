package io.touchmap.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.touchmap.LoadResult;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.Markdown;
import io.touchmap.internal.text.Printable;
import io.touchmap.model.Cell;
import io.touchmap.model.Channel;
import io.touchmap.model.ChannelType;
import io.touchmap.model.Competitor;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.MapHistory;
import io.touchmap.model.Persona;
import io.touchmap.model.Phase;
import io.touchmap.model.Presence;
import io.touchmap.model.RuleSetting;
import io.touchmap.model.Staleness;
import io.touchmap.model.StageEmotion;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.render.chart.Charts;
import io.touchmap.render.chart.SvgChart;
import io.touchmap.render.html.Views.Chart;
import io.touchmap.render.html.Views.CompetitorMark;
import io.touchmap.render.html.Views.Emotion;
import io.touchmap.render.html.Views.Grid;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What every page of the site is prepared from: the map, its warnings, the labels and date of the report, and the
 * pieces several kinds of page show (paths and links, statuses, emotions, the map grid, the emotion chart). All
 * wording, numbers and links are decided here and in the {@link SitePage}s, none in the templates.
 *
 * <p>Instances are immutable once built, so the pages of a site can be prepared in parallel from one context.
 */
final class SiteContext {

    static final int WIDE_CHART_WIDTH = 800;
    static final int WIDE_CHART_HEIGHT = 320;

    private final TouchpointMap map;
    private final List<Diagnostic> warnings;
    private final Path mapDirectory;
    private final Labels labels;
    private final Map<String, String> t;
    private final String generatedOn;
    private final MapHistory history;
    /** The build's date, which KPIs' staleness is judged on when the map has no date of its own; or null. */
    private final LocalDate buildDate;
    /** The competitors met in each cell, in the order of the competitors and their presence. */
    private final Map<Cell, List<CompetitorMark>> competitorMarks;
    private final List<StageEmotion> emotionCurve;

    SiteContext(LoadResult result, Labels labels, LocalDate date) {
        this(result, labels, date, MapHistory.NONE);
    }

    SiteContext(LoadResult result, Labels labels, LocalDate date, MapHistory history) {
        this.history = history;
        this.map = result.map();
        this.warnings = result.warnings();
        this.mapDirectory = result.directory();
        this.labels = labels;
        this.t = labels.all();
        LocalDate shown = date != null ? date : map.info().date();
        this.generatedOn = shown == null ? null : labels.date(shown);
        this.buildDate = date;
        Map<Cell, List<CompetitorMark>> marks = new HashMap<>();
        for (Competitor competitor : map.competitors()) {
            for (Presence presence : competitor.presence()) {
                marks.computeIfAbsent(presence.cell(), cell -> new ArrayList<>())
                        .add(new CompetitorMark(text(competitor.displayName()), rating(presence.rating()), text(presence.note())));
            }
        }
        marks.replaceAll((cell, list) -> List.copyOf(list));
        this.competitorMarks = marks;
        this.emotionCurve = map.emotionCurve();
    }

    TouchpointMap map() {
        return map;
    }

    List<Diagnostic> warnings() {
        return warnings;
    }

    /** The map's directory, which the locations of warnings are written relative to. */
    Path mapDirectory() {
        return mapDirectory;
    }

    Labels labels() {
        return labels;
    }

    /** The map's past versions, for the History page; empty when none were read. */
    MapHistory history() {
        return history;
    }

    /** How stale {@code kpi} is, as warning TM220 says, or null when it is not or cannot be judged. */
    Staleness staleness(Kpi kpi) {
        return Staleness.of(map, kpi, buildDate);
    }

    /** True when the KPIs' staleness is judged: the map or the build gives a date, and the map does not ignore TM220. */
    boolean judgesStaleness() {
        return Staleness.referenceDate(map.info(), buildDate) != null
                && map.info().rules().get(Staleness.CODE) != RuleSetting.IGNORE;
    }

    /** The words of a stale KPI: the period of its latest value and the date the next one was due by. */
    String stale(Staleness stale) {
        return labels.format("common.kpi.staleSince", stale.latest().toString(), labels.date(stale.due()));
    }

    /** The emotion curve of all touchpoints, computed once for the site. */
    List<StageEmotion> emotionCurve() {
        return emotionCurve;
    }

    /** What every page has: its title, the way back to the site's root, and the navigation section it is in. */
    Page page(String title, String root, String section) {
        return new Page(labels.language(), title, title(), text(map.info().organisation()), root, section,
                warnings.size(), !history.isEmpty(), generatedOn, t);
    }

    /** The site's title: the map's. */
    String title() {
        return text(map.info().displayTitle());
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

    static Link link(String root, String path, String text) {
        return new Link(root + path, text);
    }

    Link stageLink(String root, String stageId) {
        return map.stage(stageId).map(s -> link(root, stagePath(s), text(s.displayName()))).orElse(new Link(null, stageId));
    }

    Link channelLink(String root, String channelId) {
        return map.channel(channelId).map(c -> link(root, channelPath(c), text(c.displayName()))).orElse(new Link(null, channelId));
    }

    Link personaLink(String root, Persona persona) {
        return link(root, personaPath(persona), text(persona.displayName()));
    }

    // ---- text from the map -----------------------------------------------------------------------------------

    /** Text from the map with control and bidirectional-override characters made visible, or null. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : Printable.of(value.strip());
    }

    static List<String> texts(List<String> values) {
        return values.stream().map(SiteContext::text).filter(Objects::nonNull).toList();
    }

    /** The HTML of a description in the Markdown subset, already safe for a template, or null when there is none. */
    static TemplateHTMLOutputModel description(String markdown) {
        Markdown parsed = Markdown.parse(markdown);
        if (parsed.isEmpty()) {
            return null;
        }
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(parsed.html());
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot wrap rendered Markdown", e);
        }
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
        return new Emotion(signed(score), keyword, labels.get("common.emotion." + score), symbol);
    }

    private static String signed(int value) {
        return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + Math.abs(value);
    }

    /** A mean emotion with its sign and one decimal at most, such as {@code +1.5} or {@code −0,3} in French. */
    String signedMean(Double mean) {
        if (mean == null) {
            return null;
        }
        double rounded = Math.round(mean * 10) / 10.0;
        return (rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "") + labels.number(Math.abs(rounded));
    }

    TouchpointRef ref(String root, Touchpoint touchpoint) {
        TouchpointStatus lifecycle = touchpoint.status();
        boolean active = lifecycle == null || lifecycle == TouchpointStatus.ACTIVE;
        return new TouchpointRef(root + touchpointPath(touchpoint), text(touchpoint.displayName()), status(touchpoint.kpiStatus()),
                emotion(touchpoint.elements().emotions().score()),
                active ? null : labels.of(lifecycle), active ? null : lifecycle.keyword());
    }

    TouchpointRow row(String root, Touchpoint touchpoint) {
        return new TouchpointRow(ref(root, touchpoint), stageLink(root, touchpoint.stage()),
                channelLink(root, touchpoint.channel()), text(touchpoint.owner()));
    }

    String rating(Integer rating) {
        return rating == null ? null : labels.format("common.outOfFive", rating);
    }

    String quantity(Double value, String unit) {
        return value == null ? null : labels.quantity(value, text(unit));
    }

    List<CompetitorMark> competitorMarks(Cell cell) {
        return competitorMarks.getOrDefault(cell, List.of());
    }

    /** The map as the index and the competitors page show it: both sit at the site's root. */
    Grid grid() {
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
            heads.add(new StageHead(link(root, stagePath(stage), text(stage.displayName())), current == null ? "none" : current.keyword()));
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Channel channel : map.channels()) {
            List<Views.Cell> cells = new ArrayList<>();
            for (LifecycleStage stage : map.stages()) {
                Cell cell = new Cell(stage.id(), channel.id());
                cells.add(new Views.Cell(map.touchpointsIn(cell).stream().map(tp -> ref(root, tp)).toList(), competitorMarks(cell)));
            }
            ChannelType type = channel.type();
            Row row = new Row(link(root, channelPath(channel), text(channel.displayName())),
                    type == null ? null : type.keyword(), type == null ? null : labels.of(type), cells);
            String group = text(channel.group());
            groups.computeIfAbsent(group == null ? "" : group, g -> new ArrayList<>()).add(row);
        }
        List<RowGroup> rowGroups = groups.entrySet().stream()
                .map(e -> new RowGroup(e.getKey().isEmpty() ? null : e.getKey(), List.copyOf(e.getValue())))
                .toList();
        return new Grid(phases, heads, rowGroups);
    }

    // ---- charts ----------------------------------------------------------------------------------------------

    /** The view of the chart file {@code charts/<file>}; whichever page draws the file adds it with {@link #draws}. */
    static Chart chart(String root, String file, int width, int height, String alt, String caption, Table data) {
        return new Chart(root + chartPath(file), width, height, alt, caption, data);
    }

    private static String chartPath(String file) {
        return "charts/" + file;
    }

    /** Records that the page being prepared draws the chart file {@code charts/<file>}, and how. */
    static void draws(Map<String, Supplier<String>> charts, String file, Supplier<String> svg) {
        charts.put(chartPath(file), svg);
    }

    /**
     * The emotion curve over all touchpoints (with one more line per persona whose touchpoints are scored), or over
     * one persona's touchpoints; its table gives every line's value at every stage. The page that shows it draws it.
     */
    Chart emotionChart(String root, List<StageEmotion> curve, String file, Persona persona,
            Map<String, Supplier<String>> charts) {
        if (curve.stream().allMatch(s -> s.mean() == null)) {
            return null;
        }
        draws(charts, file, persona == null
                ? () -> SvgChart.svg(Charts.emotionCurve(map, labels), "emotion", WIDE_CHART_WIDTH, WIDE_CHART_HEIGHT)
                : () -> SvgChart.svg(Charts.emotionCurve(map, persona, labels), "emotion-" + persona.id(), WIDE_CHART_WIDTH,
                        WIDE_CHART_HEIGHT));
        List<String> head = new ArrayList<>(List.of(labels.get("common.stage"), labels.get("common.meanEmotion"),
                labels.get("common.scoredTouchpoints")));
        List<List<StageEmotion>> personaCurves = new ArrayList<>();
        if (persona == null) {
            for (Persona each : map.personas()) {
                List<StageEmotion> personaCurve = map.emotionCurve(each);
                if (personaCurve.stream().anyMatch(s -> s.mean() != null)) {
                    head.add(text(each.displayName()));
                    personaCurves.add(personaCurve);
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++) {
            StageEmotion point = curve.get(i);
            List<String> row = new ArrayList<>(List.of(text(point.stage().displayName()),
                    meanOrNone(point.mean()), String.valueOf(point.scored())));
            for (List<StageEmotion> personaCurve : personaCurves) {
                row.add(meanOrNone(personaCurve.get(i).mean()));
            }
            rows.add(row);
        }
        String summary = curve.stream().filter(s -> s.mean() != null)
                .map(s -> text(s.stage().displayName()) + " " + signedMean(s.mean()))
                .collect(Collectors.joining(", "));
        return chart(root, file, WIDE_CHART_WIDTH, WIDE_CHART_HEIGHT,
                labels.format("site.emotion.alt", summary), labels.get("site.emotion.caption"), new Table(head, rows));
    }

    private String meanOrNone(Double mean) {
        return mean == null ? labels.get("site.emotion.none") : signedMean(mean);
    }
}
