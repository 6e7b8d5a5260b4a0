package io.touchmap.render;

import io.touchmap.model.Cell;
import io.touchmap.model.Channel;
import io.touchmap.model.Competitor;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Observation;
import io.touchmap.model.Persona;
import io.touchmap.model.Phase;
import io.touchmap.model.Presence;
import io.touchmap.model.Staleness;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.TouchpointStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The journey map as a stakeholder reads it, computed once from a {@link TouchpointMap} and drawn alike by the site
 * and the PDF: the stages under their phases, the channel rows under their groups with each cell's touchpoints and
 * worst KPI status, the lanes aligned under the stages (emotion per persona and overall, pain points, opportunities,
 * KPI status), and whether the map is big enough to be shown as an overview heat map instead of cards.
 *
 * <p>A view can be the whole map, or part of it: one stage's column, one channel's row, or one persona's touchpoints.
 * It holds model elements and numbers, never words: each format labels them in its own language.
 *
 * @param phases the phases over the stages they span, in stage order
 * @param stages the columns
 * @param groups the rows, under their channel group (a group of {@code null} name holds ungrouped channels)
 * @param emotion the overall mean line first, then one line per persona whose touchpoints are scored
 * @param lanes one set of lanes per stage, in stage order
 * @param competitors every competitor with its letter and colour, whether or not it is met in this view
 * @param touchpoints how many touchpoints the view holds
 * @param overview true when the view holds more than {@link #OVERVIEW_ABOVE} touchpoints: it is shown as a heat map
 */
public record JourneyView(
        List<PhaseSpan> phases,
        List<LifecycleStage> stages,
        List<ChannelGroup> groups,
        List<EmotionLine> emotion,
        List<StageLanes> lanes,
        List<CompetitorKey> competitors,
        int touchpoints,
        boolean overview) {

    /** Past this many touchpoints the map is shown as an overview heat map, with a page per cell. */
    public static final int OVERVIEW_ABOVE = 150;
    /** How many texts a lane shows per stage on the map before "+k more". */
    public static final int LANE_ITEMS = 5;
    /** How many cards a cell shows before "+k more". */
    public static final int CELL_CARDS = 6;
    /** How many distinct colours competitors take before they repeat (their letters never do). */
    public static final int COMPETITOR_COLOURS = 6;
    /** How many lines each block of the worst-first summary shows before "+k more", on the site and in the PDF. */
    public static final int SUMMARY_LINES = 5;

    public JourneyView {
        phases = List.copyOf(phases);
        stages = List.copyOf(stages);
        groups = List.copyOf(groups);
        emotion = List.copyOf(emotion);
        lanes = List.copyOf(lanes);
        competitors = List.copyOf(competitors);
    }

    /** A phase over the stages it spans; {@code phase} is null for stages without one. */
    public record PhaseSpan(Phase phase, int span) {
    }

    /** The channels of one group; {@code name} is null for channels without a group. */
    public record ChannelGroup(String name, List<ChannelRow> rows) {

        public ChannelGroup {
            rows = List.copyOf(rows);
        }
    }

    /** One channel's row: a cell per stage of the view. */
    public record ChannelRow(Channel channel, List<MapCell> cells) {

        public ChannelRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell: its touchpoints in the order written, the worst KPI status among them ({@link KpiStatus#NO_DATA} when
     * none has one), and the competitors met there.
     */
    public record MapCell(LifecycleStage stage, Channel channel, List<Touchpoint> touchpoints, KpiStatus worst,
            List<CompetitorMark> competitors) {

        public MapCell {
            touchpoints = List.copyOf(touchpoints);
            competitors = List.copyOf(competitors);
        }

        public Cell cell() {
            return new Cell(stage.id(), channel.id());
        }

        /** The cards a cell shows on the map, at most {@link #CELL_CARDS}. */
        public List<Touchpoint> shown() {
            return touchpoints.size() <= CELL_CARDS ? touchpoints : touchpoints.subList(0, CELL_CARDS);
        }

        /** How many touchpoints are left out of the cards, to be listed on the cell's page. */
        public int more() {
            return touchpoints.size() - shown().size();
        }
    }

    /** A competitor's key: a letter (A, B… Z, AA…) and a colour index from 1 to {@link #COMPETITOR_COLOURS}. */
    public record CompetitorKey(Competitor competitor, String letter, int colour) {
    }

    /** A competitor met in a cell. */
    public record CompetitorMark(CompetitorKey key, Presence presence) {
    }

    /**
     * One line of the emotion lane: the mean emotion score of the live scored touchpoints at each stage (null where
     * none is scored), over all touchpoints of the view ({@code persona} null) or over one persona's.
     */
    public record EmotionLine(Persona persona, List<Double> means, List<Integer> scored) {

        public EmotionLine {
            means = java.util.Collections.unmodifiableList(new ArrayList<>(means));
            scored = List.copyOf(scored);
        }

        public boolean isEmpty() {
            return means.stream().allMatch(Objects::isNull);
        }
    }

    /** A text of a lane and the touchpoint it was written on. */
    public record LaneItem(String text, Touchpoint touchpoint) {
    }

    /**
     * The lanes of one stage: every pain point and opportunity of its active and planned touchpoints, and how many of
     * its KPIs have each status.
     */
    public record StageLanes(LifecycleStage stage, List<LaneItem> painPoints, List<LaneItem> opportunities,
            Map<KpiStatus, Integer> kpiStatus) {

        public StageLanes {
            painPoints = List.copyOf(painPoints);
            opportunities = List.copyOf(opportunities);
            kpiStatus = java.util.Collections.unmodifiableMap(new EnumMap<>(kpiStatus));
        }

        public int kpiCount() {
            return kpiStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    // ---- building ----------------------------------------------------------------------------------------------

    /** The whole map. */
    public static JourneyView of(TouchpointMap map) {
        return of(map, stage -> true, channel -> true, null);
    }

    /** One stage's column: every channel, that stage only. */
    public static JourneyView column(TouchpointMap map, LifecycleStage stage) {
        return of(map, s -> s == stage, channel -> true, null);
    }

    /** One channel's row: every stage, that channel only. */
    public static JourneyView row(TouchpointMap map, Channel channel) {
        return of(map, stage -> true, c -> c == channel, null);
    }

    /** The map of one persona's touchpoints, with that persona's emotion line only. */
    public static JourneyView persona(TouchpointMap map, Persona persona) {
        return of(map, stage -> true, channel -> true, persona);
    }

    private static JourneyView of(TouchpointMap map, Predicate<LifecycleStage> stageShown, Predicate<Channel> channelShown,
            Persona persona) {
        Predicate<Touchpoint> included = persona == null ? t -> true : t -> t.personas().contains(persona.id());
        List<LifecycleStage> stages = map.stages().stream().filter(stageShown).toList();
        List<PhaseSpan> phases = new ArrayList<>();
        for (LifecycleStage stage : stages) {
            if (!phases.isEmpty() && phases.get(phases.size() - 1).phase() == stage.phase()) {
                PhaseSpan last = phases.remove(phases.size() - 1);
                phases.add(new PhaseSpan(last.phase(), last.span() + 1));
            } else {
                phases.add(new PhaseSpan(stage.phase(), 1));
            }
        }
        List<CompetitorKey> keys = new ArrayList<>();
        Map<Cell, List<CompetitorMark>> marks = new HashMap<>();
        for (Competitor competitor : map.competitors()) {
            CompetitorKey key = new CompetitorKey(competitor, letter(keys.size()), keys.size() % COMPETITOR_COLOURS + 1);
            keys.add(key);
            for (Presence presence : competitor.presence()) {
                marks.computeIfAbsent(presence.cell(), cell -> new ArrayList<>()).add(new CompetitorMark(key, presence));
            }
        }
        List<Channel> channels = map.channels().stream().filter(channelShown).toList();
        Map<String, List<ChannelRow>> grouped = new LinkedHashMap<>();
        List<Touchpoint> shown = new ArrayList<>();
        for (Channel channel : channels) {
            List<MapCell> cells = new ArrayList<>();
            for (LifecycleStage stage : stages) {
                Cell cell = new Cell(stage.id(), channel.id());
                List<Touchpoint> here = map.touchpointsIn(cell).stream().filter(included).toList();
                shown.addAll(here);
                KpiStatus worst = here.stream().map(Touchpoint::kpiStatus)
                        .max(Comparator.comparingInt(KpiStatus::severity)).orElse(KpiStatus.NO_DATA);
                cells.add(new MapCell(stage, channel, here, worst, marks.getOrDefault(cell, List.of())));
            }
            String group = channel.group() == null || channel.group().isBlank() ? "" : channel.group().strip();
            grouped.computeIfAbsent(group, g -> new ArrayList<>()).add(new ChannelRow(channel, cells));
        }
        List<ChannelGroup> groups = grouped.entrySet().stream()
                .map(e -> new ChannelGroup(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())).toList();

        List<EmotionLine> emotion = new ArrayList<>();
        emotion.add(emotionLine(null, stages, shown));
        if (persona == null) {
            for (Persona each : map.personas()) {
                EmotionLine line = emotionLine(each, stages, shown.stream().filter(t -> t.personas().contains(each.id())).toList());
                if (!line.isEmpty()) {
                    emotion.add(line);
                }
            }
        }
        List<StageLanes> lanes = stages.stream().map(stage -> lanes(stage, shown)).toList();
        return new JourneyView(phases, stages, groups, emotion, lanes, keys, shown.size(), shown.size() > OVERVIEW_ABOVE);
    }

    /** A, B… Z, then AA, AB…: a competitor's letter from its place in the map. */
    public static String letter(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : letter(index / 26 - 1) + letter;
    }

    private static EmotionLine emotionLine(Persona persona, List<LifecycleStage> stages, List<Touchpoint> touchpoints) {
        List<Double> means = new ArrayList<>();
        List<Integer> scored = new ArrayList<>();
        for (LifecycleStage stage : stages) {
            int[] scores = touchpoints.stream()
                    .filter(t -> t.status() == TouchpointStatus.ACTIVE && Objects.equals(t.stage(), stage.id()))
                    .filter(t -> t.elements().emotions().hasScore())
                    .mapToInt(t -> t.elements().emotions().score()).toArray();
            means.add(scores.length == 0 ? null : java.util.Arrays.stream(scores).average().orElseThrow());
            scored.add(scores.length);
        }
        return new EmotionLine(persona, means, scored);
    }

    private static StageLanes lanes(LifecycleStage stage, List<Touchpoint> touchpoints) {
        List<LaneItem> pains = new ArrayList<>();
        List<LaneItem> opportunities = new ArrayList<>();
        Map<KpiStatus, Integer> statuses = new EnumMap<>(KpiStatus.class);
        for (KpiStatus status : KpiStatus.values()) {
            statuses.put(status, 0);
        }
        for (Touchpoint touchpoint : touchpoints) {
            if (!Objects.equals(touchpoint.stage(), stage.id())) {
                continue;
            }
            for (Kpi kpi : touchpoint.kpis()) {
                statuses.merge(kpi.status(), 1, Integer::sum);
            }
            if (touchpoint.status() != TouchpointStatus.ACTIVE && touchpoint.status() != TouchpointStatus.PLANNED) {
                continue;
            }
            touchpoint.painPoints().stream().filter(JourneyView::written).forEach(text -> pains.add(new LaneItem(text.strip(), touchpoint)));
            touchpoint.opportunities().stream().filter(JourneyView::written)
                    .forEach(text -> opportunities.add(new LaneItem(text.strip(), touchpoint)));
        }
        return new StageLanes(stage, pains, opportunities, statuses);
    }

    private static boolean written(String text) {
        return text != null && !text.isBlank();
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** The same view shown as cards whatever its size: a stage's column or a channel's row is never a heat map. */
    public JourneyView asCards() {
        return new JourneyView(phases, stages, groups, emotion, lanes, competitors, touchpoints, false);
    }

    /** Every cell of the view, row by row. */
    public List<MapCell> cells() {
        return groups.stream().flatMap(g -> g.rows().stream()).flatMap(r -> r.cells().stream()).toList();
    }

    /** True when no line of the emotion lane has a score. */
    public boolean noEmotion() {
        return emotion.stream().allMatch(EmotionLine::isEmpty);
    }

    /** The competitors met somewhere in this view, in the order of the map. */
    public List<CompetitorKey> competitorsMet() {
        Set<String> met = new HashSet<>();
        for (MapCell cell : cells()) {
            for (CompetitorMark mark : cell.competitors()) {
                met.add(mark.key().letter());
            }
        }
        return competitors.stream().filter(key -> met.contains(key.letter())).toList();
    }

    /** The worst-first summary of {@code map}, its KPIs' staleness judged on the map's date alone. */
    public static WorstFirst worstFirst(TouchpointMap map) {
        return WorstFirst.of(map, null);
    }

    /**
     * The worst-first summary of {@code map}: what a stakeholder asks first; KPIs' staleness is judged on the map's
     * date, else on {@code buildDate}, else not at all.
     */
    public static WorstFirst worstFirst(TouchpointMap map, LocalDate buildDate) {
        return WorstFirst.of(map, buildDate);
    }

    /**
     * What a stakeholder asks first, worst first: the live touchpoints with a negative emotion (most negative first),
     * the KPIs off target then those in warning (each by how far the latest value is from the target, relative to
     * the target, largest first, then by id), the KPIs gone stale (longest overdue first, then by id), the
     * competitor gaps, and the stages where no touchpoint has a KPI.
     */
    public record WorstFirst(List<Touchpoint> negative, List<KpiConcern> offTarget, List<KpiConcern> warning,
            List<StaleKpi> stale, List<CompetitorGap> gaps, List<LifecycleStage> stagesWithoutKpi) {

        public WorstFirst {
            negative = List.copyOf(negative);
            offTarget = List.copyOf(offTarget);
            warning = List.copyOf(warning);
            stale = List.copyOf(stale);
            gaps = List.copyOf(gaps);
            stagesWithoutKpi = List.copyOf(stagesWithoutKpi);
        }

        static WorstFirst of(TouchpointMap map, LocalDate buildDate) {
            List<Touchpoint> negative = map.touchpoints().stream()
                    .filter(t -> t.status() == TouchpointStatus.ACTIVE)
                    .filter(t -> t.elements().emotions().hasScore() && t.elements().emotions().score() < 0)
                    .sorted(Comparator.comparingInt((Touchpoint t) -> t.elements().emotions().score()))
                    .toList();
            List<KpiConcern> off = new ArrayList<>();
            List<KpiConcern> warn = new ArrayList<>();
            List<StaleKpi> stale = new ArrayList<>();
            for (Touchpoint touchpoint : map.touchpoints()) {
                for (Kpi kpi : touchpoint.kpis()) {
                    Staleness staleness = Staleness.of(map, kpi, buildDate);
                    if (staleness != null) {
                        stale.add(new StaleKpi(kpi, touchpoint, staleness));
                    }
                    KpiStatus status = kpi.status();
                    if (status == KpiStatus.OFF_TARGET || status == KpiStatus.WARNING) {
                        (status == KpiStatus.OFF_TARGET ? off : warn).add(KpiConcern.of(kpi, touchpoint));
                    }
                }
            }
            Comparator<KpiConcern> order = Comparator.comparingDouble(KpiConcern::distance).reversed()
                    .thenComparing(c -> c.kpi().id(), Comparator.nullsLast(Comparator.naturalOrder()));
            off.sort(order);
            warn.sort(order);
            stale.sort(Comparator.comparing((StaleKpi k) -> k.staleness().due())
                    .thenComparing(k -> k.kpi().id(), Comparator.nullsLast(Comparator.naturalOrder())));
            List<LifecycleStage> withoutKpi = map.stages().stream()
                    .filter(stage -> map.touchpointsAt(stage).stream()
                            .filter(t -> t.status() != TouchpointStatus.RETIRED)
                            .allMatch(t -> t.kpis().isEmpty()))
                    .toList();
            return new WorstFirst(negative, off, warn, stale, map.competitorGaps(), withoutKpi);
        }

        /** True when there is nothing to worry about. */
        public boolean isEmpty() {
            return negative.isEmpty() && offTarget.isEmpty() && warning.isEmpty() && stale.isEmpty() && gaps.isEmpty()
                    && stagesWithoutKpi.isEmpty();
        }
    }

    /** A KPI whose latest value is older than two of its cadences: the date its next value was due by. */
    public record StaleKpi(Kpi kpi, Touchpoint touchpoint, Staleness staleness) {
    }

    /**
     * A KPI off target or in warning: its latest value, how far that is from the target relative to the target (the
     * absolute gap when the target is 0), and the sign of its last change (-1, 0 or +1; 0 with a single value).
     */
    public record KpiConcern(Kpi kpi, Touchpoint touchpoint, double latest, double distance, int trend) {

        static KpiConcern of(Kpi kpi, Touchpoint touchpoint) {
            List<Observation> values = kpi.chronological();
            double latest = kpi.latest().orElseThrow().value();
            double target = kpi.target();
            double distance = target == 0 ? Math.abs(latest - target) : Math.abs(latest - target) / Math.abs(target);
            int trend = values.size() < 2 ? 0
                    : (int) Math.signum(values.get(values.size() - 1).value() - values.get(values.size() - 2).value());
            return new KpiConcern(kpi, touchpoint, latest, distance, trend);
        }

        /** The distance as a whole percentage, as the summary prints it. */
        public long percentAway() {
            return Math.round(distance * 100);
        }

        /** The direction of the last change as the keyword of its label {@code common.trend.<keyword>}. */
        public String trendKeyword() {
            return trend > 0 ? "up" : trend < 0 ? "down" : "flat";
        }
    }
}
