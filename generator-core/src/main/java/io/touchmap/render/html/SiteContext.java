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
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.MapHistory;
import io.touchmap.model.Persona;
import io.touchmap.model.Phase;
import io.touchmap.model.Presence;
import io.touchmap.model.Staleness;
import io.touchmap.model.StageEmotion;
import io.touchmap.model.Theme;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.render.JourneyView;
import io.touchmap.render.chart.Charts;
import io.touchmap.render.chart.EmotionLane;
import io.touchmap.render.chart.SvgChart;
import io.touchmap.render.html.Views.Chart;
import io.touchmap.render.html.Views.CompetitorMark;
import io.touchmap.render.html.Views.Emotion;
import io.touchmap.render.html.Views.EmotionCell;
import io.touchmap.render.html.Views.Grid;
import io.touchmap.render.html.Views.KpiCell;
import io.touchmap.render.html.Views.Lanes;
import io.touchmap.render.html.Views.LineKey;
import io.touchmap.render.html.Views.Link;
import io.touchmap.render.html.Views.Page;
import io.touchmap.render.html.Views.PersonaScore;
import io.touchmap.render.html.Views.PhaseSpan;
import io.touchmap.render.html.Views.Row;
import io.touchmap.render.html.Views.RowGroup;
import io.touchmap.render.html.Views.StageHead;
import io.touchmap.render.html.Views.Status;
import io.touchmap.render.html.Views.StatusCount;
import io.touchmap.render.html.Views.Table;
import io.touchmap.render.html.Views.TextCell;
import io.touchmap.render.html.Views.TouchpointRef;
import io.touchmap.render.html.Views.TouchpointRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

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
    private final JourneyView journey;
    /** The KPI charts of earlier renders of this map, or null to draw every chart. */
    private final ChartMemo memo;
    /** The header every page shares, as the map's theme dresses it. */
    private final Views.Header header;
    /** The sections of the site's navigation, in its order. */
    private final List<NavSection> sections;

    SiteContext(LoadResult result, Labels labels, LocalDate date) {
        this(result, labels, date, MapHistory.NONE, null);
    }

    SiteContext(LoadResult result, Labels labels, LocalDate date, MapHistory history, ChartMemo memo) {
        this.memo = memo;
        this.history = history;
        this.map = result.map();
        this.warnings = result.warnings();
        this.mapDirectory = result.directory();
        this.labels = labels;
        this.t = labels.all();
        LocalDate shown = date != null ? date : map.info().date();
        this.generatedOn = shown == null ? null : labels.date(shown);
        this.journey = JourneyView.of(map);
        this.buildDate = date;
        Map<Cell, List<CompetitorMark>> marks = new HashMap<>();
        for (JourneyView.MapCell cell : journey.cells()) {
            if (!cell.competitors().isEmpty()) {
                marks.put(cell.cell(), cell.competitors().stream().map(this::mark).toList());
            }
        }
        this.competitorMarks = marks;
        this.emotionCurve = map.emotionCurve();
        this.header = header(map.info().theme());
        List<NavSection> sections = new ArrayList<>();
        sections.add(new NavSection("map", "index.html", labels.get("common.map"), null));
        sections.add(new NavSection("kpis", "kpis.html", labels.get("common.kpis"), null));
        sections.add(new NavSection("value-proposition", "value-proposition.html", labels.get("common.valueProposition"), null));
        sections.add(new NavSection("competitors", "competitors.html", labels.get("common.competitors"), null));
        if (!history.isEmpty()) {
            sections.add(new NavSection("history", "history.html", labels.get("site.history.title"), null));
        }
        sections.add(new NavSection("warnings", "warnings.html", labels.get("site.nav.warnings"), warnings.size()));
        this.sections = List.copyOf(sections);
    }

    /** A section of the site's navigation: its name, its page, its label and the count after it (or null). */
    private record NavSection(String name, String file, String label, Integer count) {

        /** The link to the section from a page {@code root} below the site's root that is in the section {@code in}. */
        Views.NavLink link(String root, String in) {
            // the section's own page is the current page; a page below it, in the current section
            String current = !name.equals(in) ? null : root.isEmpty() ? "page" : "true";
            return new Views.NavLink(root + file, label, current, count);
        }
    }

    private CompetitorMark mark(JourneyView.CompetitorMark mark) {
        return new CompetitorMark(text(mark.key().competitor().displayName()), rating(mark.presence().rating()),
                text(mark.presence().note()), mark.key().letter(), mark.key().colour());
    }

    /** The whole map as the journey view sees it, computed once for the site. */
    JourneyView journey() {
        return journey;
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

    /** The worst-first summary of the map, its KPIs' staleness judged as warning TM220 judges it. */
    JourneyView.WorstFirst worstFirst() {
        return JourneyView.worstFirst(map, buildDate);
    }

    /** True when the KPIs' staleness is judged: the map or the build gives a date, and the map does not ignore TM220. */
    boolean judgesStaleness() {
        return Staleness.judged(map, buildDate);
    }

    /** The words of a stale KPI: the period of its latest value and the date the next one was due by. */
    String stale(Staleness stale) {
        return labels.format("common.kpi.staleSince", labels.period(stale.latest()), labels.date(stale.due()));
    }

    /** The emotion curve of all touchpoints, computed once for the site. */
    List<StageEmotion> emotionCurve() {
        return emotionCurve;
    }

    /**
     * What every page has: its title, the way back to the site's root, and the navigation with the section it is in
     * marked (worked out here rather than by comparing strings in the template, which FreeMarker does with the
     * locale's collator: a dozen comparisons on every page).
     */
    Page page(String title, String root, String section) {
        List<Views.NavLink> nav = new ArrayList<>(sections.size());
        for (NavSection each : sections) {
            nav.add(each.link(root, section));
        }
        return new Page(labels.language(), title, title(), text(map.info().organisation()), root,
                section.equals("map") && root.isEmpty(), List.copyOf(nav), generatedOn, t, header);
    }

    private static Views.Header header(Theme theme) {
        return theme.usableLogo()
                .map(logo -> new Views.Header(theme.usableBrand().isPresent(), HtmlSite.logoFile(logo), logo.width(), logo.height()))
                .orElse(new Views.Header(theme.usableBrand().isPresent(), null, 0, 0));
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

    static String cellPath(LifecycleStage stage, Channel channel) {
        return "cells/" + stage.id() + "/" + channel.id() + ".html";
    }

    /**
     * True when a cell has a page of its own: every cell with a touchpoint in an overview, else a cell with more
     * touchpoints than its cards show.
     */
    boolean hasPage(JourneyView.MapCell cell) {
        return journey.overview() ? !cell.touchpoints().isEmpty() : cell.more() > 0;
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
            case WARNING -> "\u25B2";
            case OFF_TARGET -> "\u2717";
            case NO_TARGET -> "\u25C7";
            case NO_DATA -> "\u25CB";
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

    /**
     * The map of {@code view} as a page at {@code root} shows it, with its lanes: the emotion curve drawn into
     * {@code charts/<curveFile>} by the page, the lanes' texts up to {@link JourneyView#LANE_ITEMS} per stage with
     * "+k more" linking the stage's page when {@code capped}, else all of them. In an overview, each cell is a square of a
     * heat map linking its page.
     */
    Grid grid(String root, JourneyView view, String curveFile, boolean capped, Map<String, Supplier<String>> charts) {
        boolean overview = view.overview();
        List<PhaseSpan> phases = view.phases().stream().map(p -> new PhaseSpan(p.phase() == null ? "none" : p.phase().keyword(),
                p.phase() == null ? "" : labels.of(p.phase()), p.span())).toList();
        List<StageHead> heads = view.stages().stream().map(stage -> new StageHead(link(root, stagePath(stage), text(stage.displayName())),
                stage.phase() == null ? "none" : stage.phase().keyword())).toList();
        int most = view.cells().stream().mapToInt(c -> c.touchpoints().size()).max().orElse(0);
        List<RowGroup> groups = new ArrayList<>();
        for (JourneyView.ChannelGroup group : view.groups()) {
            List<Row> rows = new ArrayList<>();
            for (JourneyView.ChannelRow row : group.rows()) {
                List<Views.Cell> cells = new ArrayList<>();
                for (JourneyView.MapCell cell : row.cells()) {
                    cells.add(cell(root, cell, overview, most));
                }
                ChannelType type = row.channel().type();
                rows.add(new Row(link(root, channelPath(row.channel()), text(row.channel().displayName())),
                        type == null ? null : type.keyword(), type == null ? null : labels.of(type), cells));
            }
            groups.add(new RowGroup(text(group.name()), rows));
        }
        return new Grid(phases, heads, groups, lanes(root, view, curveFile, capped, charts), overview,
                view.stages().size() > WIDE_ABOVE);
    }

    /** More stages than this do not fit a laptop's screen side by side: the map then scrolls sideways. */
    static final int WIDE_ABOVE = 10;

    private Views.Cell cell(String root, JourneyView.MapCell cell, boolean overview, int most) {
        List<CompetitorMark> marks = cell.competitors().stream().map(this::mark).toList();
        if (overview) {
            int count = cell.touchpoints().size();
            if (count == 0) {
                return new Views.Cell(List.of(), marks, null, null);
            }
            int level = Math.max(1, (int) Math.ceil(4.0 * count / most));
            Status worst = status(cell.worst());
            return new Views.Cell(List.of(), marks, null, new Views.OverviewCell(root + cellPath(cell.stage(), cell.channel()), count,
                    worst, level, labels.format("site.overview.cell", count, worst.label())));
        }
        Link more = cell.more() > 0 ? link(root, cellPath(cell.stage(), cell.channel()), labels.format("site.more", cell.more())) : null;
        return new Views.Cell(cell.shown().stream().map(tp -> ref(root, tp)).toList(), marks, more, null);
    }

    private Lanes lanes(String root, JourneyView view, String curveFile, boolean capped, Map<String, Supplier<String>> charts) {
        List<JourneyView.EmotionLine> lines = view.emotion();
        List<LineKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JourneyView.EmotionLine line = lines.get(i);
            keys.add(new LineKey(line.persona() == null ? labels.get("common.meanEmotion") : text(line.persona().displayName()),
                    EmotionLane.style(i)));
        }
        Chart curve = null;
        if (curveFile != null && view.stages().size() > 1 && !view.noEmotion()) {
            List<List<Double>> means = lines.stream().map(JourneyView.EmotionLine::means).toList();
            draws(charts, curveFile, () -> EmotionLane.svg(means));
            List<String> parts = new ArrayList<>();
            JourneyView.EmotionLine overall = lines.get(0);
            for (int i = 0; i < view.stages().size(); i++) {
                if (overall.means().get(i) != null) {
                    parts.add(text(view.stages().get(i).displayName()) + " " + signedMean(overall.means().get(i)));
                }
            }
            curve = chart(root, curveFile, view.stages().size() * EmotionLane.COLUMN, EmotionLane.HEIGHT,
                    labels.format("site.emotion.alt", String.join(", ", parts)), labels.get("site.emotion.caption"), null);
        }
        List<EmotionCell> emotion = new ArrayList<>();
        List<KpiCell> kpis = new ArrayList<>();
        List<TextCell> pains = new ArrayList<>();
        List<TextCell> opportunities = new ArrayList<>();
        for (int i = 0; i < view.stages().size(); i++) {
            List<PersonaScore> personas = new ArrayList<>();
            for (int l = 1; l < lines.size(); l++) {
                personas.add(new PersonaScore(keys.get(l).name(), keys.get(l).style(), meanOrNone(lines.get(l).means().get(i))));
            }
            emotion.add(new EmotionCell(meanEmotion(lines.get(0).means().get(i)), personas));
            JourneyView.StageLanes lane = view.lanes().get(i);
            List<StatusCount> counts = new ArrayList<>();
            for (KpiStatus status : List.of(KpiStatus.OFF_TARGET, KpiStatus.WARNING, KpiStatus.ON_TARGET, KpiStatus.NO_TARGET, KpiStatus.NO_DATA)) {
                int count = lane.kpiStatus().getOrDefault(status, 0);
                if (count > 0) {
                    counts.add(new StatusCount(status(status), count));
                }
            }
            kpis.add(new KpiCell(counts));
            Link stagePage = link(root, stagePath(lane.stage()), null);
            pains.add(texts(lane.painPoints(), capped, stagePage));
            opportunities.add(texts(lane.opportunities(), capped, stagePage));
        }
        boolean texts = !view.overview();
        return new Lanes(curve, keys, emotion, kpis, texts ? pains : null, texts ? opportunities : null);
    }

    private TextCell texts(List<JourneyView.LaneItem> items, boolean capped, Link page) {
        List<JourneyView.LaneItem> shown = capped && items.size() > JourneyView.LANE_ITEMS ? items.subList(0, JourneyView.LANE_ITEMS) : items;
        Link more = shown.size() < items.size() ? new Link(page.href(), labels.format("site.more", items.size() - shown.size())) : null;
        return new TextCell(shown.stream().map(item -> text(item.text())).filter(Objects::nonNull).toList(), more);
    }

    /** A mean emotion as shown in the emotion lane: its sign and one decimal, a symbol, and the words for it. */
    Emotion meanEmotion(Double mean) {
        if (mean == null) {
            return null;
        }
        double rounded = Math.round(mean * 10) / 10.0;
        String keyword = rounded > 0 ? "positive" : rounded < 0 ? "negative" : "neutral";
        String symbol = rounded > 0 ? "\u263a" : rounded < 0 ? "\u2639" : "\u25cb";
        return new Emotion(signedMean(mean), keyword, labels.get("common.meanEmotion"), symbol);
    }

    // ---- charts ----------------------------------------------------------------------------------------------

    /** The view of the chart file {@code charts/<file>}; whichever page draws the file adds it with {@link #draws}. */
    static Chart chart(String root, String file, int width, int height, String alt, String caption, Table data) {
        return new Chart(root + chartPath(file), width, height, alt, caption, data);
    }

    private static String chartPath(String file) {
        return "charts/" + file;
    }

    /** The SVG of {@code kpi}'s chart at {@code width} × {@code height}: drawn, or the same drawn by an earlier render. */
    String kpiChart(Kpi kpi, int width, int height) {
        Supplier<String> draw = () -> SvgChart.svg(Charts.kpi(kpi, labels), width, height);
        return memo == null ? draw.get() : memo.svg(List.of(kpi, labels.locale(), width, height), draw);
    }

    /** Records that the page being prepared draws the chart file {@code charts/<file>}, and how. */
    static void draws(Map<String, Supplier<String>> charts, String file, Supplier<String> svg) {
        charts.put(chartPath(file), svg);
    }

    private String meanOrNone(Double mean) {
        return mean == null ? labels.get("site.emotion.none") : signedMean(mean);
    }
}
