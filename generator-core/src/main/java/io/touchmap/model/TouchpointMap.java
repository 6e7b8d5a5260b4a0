package io.touchmap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A whole touchpoint map: lifecycle stages (columns), channels (rows), the touchpoints in their cells, and what
 * surrounds them (personas, value proposition, competitors), with the facts derived from them.
 *
 * <p>Immutable. Lists keep the order of the YAML files (sorted by path) and of the entries within them.
 */
public final class TouchpointMap {

    private final MapInfo info;
    private final List<LifecycleStage> stages;
    private final List<Channel> channels;
    private final List<Persona> personas;
    private final List<Touchpoint> touchpoints;
    private final List<Kpi> kpis;
    private final ValueProposition valueProposition;
    private final List<Competitor> competitors;

    private final Map<String, LifecycleStage> stagesById;
    private final Map<String, Channel> channelsById;
    private final Map<String, Persona> personasById;
    private final Map<String, Touchpoint> touchpointsById;
    private final Map<Cell, List<Touchpoint>> touchpointsByCell;
    private final Map<String, List<Touchpoint>> touchpointsByStage;
    private final Map<String, List<Touchpoint>> touchpointsByChannel;
    private final Map<String, List<Touchpoint>> touchpointsByPersona;

    public TouchpointMap(
            MapInfo info,
            List<LifecycleStage> stages,
            List<Channel> channels,
            List<Persona> personas,
            List<Touchpoint> touchpoints,
            ValueProposition valueProposition,
            List<Competitor> competitors) {
        this.info = Objects.requireNonNull(info, "info");
        this.stages = List.copyOf(stages);
        this.channels = List.copyOf(channels);
        this.personas = List.copyOf(personas);
        this.touchpoints = List.copyOf(touchpoints);
        this.kpis = this.touchpoints.stream().flatMap(t -> t.kpis().stream()).toList();
        this.valueProposition = Objects.requireNonNull(valueProposition, "valueProposition");
        this.competitors = List.copyOf(competitors);
        this.stagesById = index(this.stages, LifecycleStage::id);
        this.channelsById = index(this.channels, Channel::id);
        this.personasById = index(this.personas, Persona::id);
        this.touchpointsById = index(this.touchpoints, Touchpoint::id);
        // Pages and checks look touchpoints up by cell, stage, channel and persona once each: indexed here, so
        // that no lookup scans every touchpoint and a big map costs time in proportion to its size.
        Map<Cell, List<Touchpoint>> byCell = new HashMap<>();
        Map<String, List<Touchpoint>> byStage = new HashMap<>();
        Map<String, List<Touchpoint>> byChannel = new HashMap<>();
        Map<String, List<Touchpoint>> byPersona = new HashMap<>();
        for (Touchpoint touchpoint : this.touchpoints) {
            byCell.computeIfAbsent(touchpoint.cell(), cell -> new ArrayList<>()).add(touchpoint);
            if (touchpoint.stage() != null) {
                byStage.computeIfAbsent(touchpoint.stage(), id -> new ArrayList<>()).add(touchpoint);
            }
            if (touchpoint.channel() != null) {
                byChannel.computeIfAbsent(touchpoint.channel(), id -> new ArrayList<>()).add(touchpoint);
            }
            touchpoint.personas().stream().distinct()
                    .forEach(persona -> byPersona.computeIfAbsent(persona, id -> new ArrayList<>()).add(touchpoint));
        }
        this.touchpointsByCell = frozen(byCell);
        this.touchpointsByStage = frozen(byStage);
        this.touchpointsByChannel = frozen(byChannel);
        this.touchpointsByPersona = frozen(byPersona);
    }

    private static <K> Map<K, List<Touchpoint>> frozen(Map<K, List<Touchpoint>> index) {
        index.replaceAll((key, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(index);
    }

    /** The first element of each id wins, so lookups stay defined even when validation reports a duplicate. */
    private static <T> Map<String, T> index(List<T> elements, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        for (T element : elements) {
            String key = id.apply(element);
            if (key != null) {
                byId.putIfAbsent(key, element);
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    public MapInfo info() {
        return info;
    }

    /** The lifecycle stages in lifecycle order. */
    public List<LifecycleStage> stages() {
        return stages;
    }

    /** The channels in row order. */
    public List<Channel> channels() {
        return channels;
    }

    public List<Persona> personas() {
        return personas;
    }

    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    public ValueProposition valueProposition() {
        return valueProposition;
    }

    public List<Competitor> competitors() {
        return competitors;
    }

    public Optional<LifecycleStage> stage(String id) {
        return Optional.ofNullable(stagesById.get(id));
    }

    public Optional<Channel> channel(String id) {
        return Optional.ofNullable(channelsById.get(id));
    }

    public Optional<Persona> persona(String id) {
        return Optional.ofNullable(personasById.get(id));
    }

    public Optional<Touchpoint> touchpoint(String id) {
        return Optional.ofNullable(touchpointsById.get(id));
    }

    /** The touchpoints of one cell, in the order they were written. */
    public List<Touchpoint> touchpointsIn(Cell cell) {
        return touchpointsByCell.getOrDefault(cell, List.of());
    }

    /** The touchpoints at one stage, in the order they were written. */
    public List<Touchpoint> touchpointsAt(LifecycleStage stage) {
        return stage.id() == null ? List.of() : touchpointsByStage.getOrDefault(stage.id(), List.of());
    }

    /** The touchpoints on one channel, in the order they were written. */
    public List<Touchpoint> touchpointsOn(Channel channel) {
        return channel.id() == null ? List.of() : touchpointsByChannel.getOrDefault(channel.id(), List.of());
    }

    /** The touchpoints that serve one persona, in the order they were written. */
    public List<Touchpoint> touchpointsFor(Persona persona) {
        return persona.id() == null ? List.of() : touchpointsByPersona.getOrDefault(persona.id(), List.of());
    }

    /** Every KPI of every touchpoint, touchpoint by touchpoint. */
    public List<Kpi> kpis() {
        return kpis;
    }

    /** How many KPIs have each status, in the order of {@link KpiStatus}. */
    public Map<KpiStatus, Long> kpiStatusCounts() {
        Map<KpiStatus, Long> counts = new LinkedHashMap<>();
        for (KpiStatus status : KpiStatus.values()) {
            counts.put(status, 0L);
        }
        kpis().forEach(kpi -> counts.merge(kpi.status(), 1L, Long::sum));
        return counts;
    }

    /** How many touchpoints have each status, in the order of {@link TouchpointStatus}. */
    public Map<TouchpointStatus, Long> touchpointStatusCounts() {
        Map<TouchpointStatus, Long> counts = new LinkedHashMap<>();
        for (TouchpointStatus status : TouchpointStatus.values()) {
            counts.put(status, 0L);
        }
        touchpoints.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
        return counts;
    }

    /** How many touchpoints sit on analog and on digital channels. */
    public Map<ChannelType, Long> channelTypeCounts() {
        Map<ChannelType, Long> counts = new LinkedHashMap<>();
        for (ChannelType type : ChannelType.values()) {
            counts.put(type, 0L);
        }
        for (Touchpoint touchpoint : touchpoints) {
            channel(touchpoint.channel()).filter(c -> c.type() != null).ifPresent(c -> counts.merge(c.type(), 1L, Long::sum));
        }
        return counts;
    }

    /** The emotion curve along the lifecycle over all active touchpoints. */
    public List<StageEmotion> emotionCurve() {
        return emotionCurve(t -> true);
    }

    /** The emotion curve along the lifecycle over the touchpoints that serve one persona. */
    public List<StageEmotion> emotionCurve(Persona persona) {
        return emotionCurve(t -> t.personas().contains(persona.id()));
    }

    private List<StageEmotion> emotionCurve(Predicate<Touchpoint> included) {
        Map<String, List<Integer>> scores = touchpoints.stream()
                .filter(included)
                .filter(TouchpointMap::isLive)
                .filter(t -> t.stage() != null)
                .filter(t -> t.elements().emotions().hasScore() && t.stage() != null)
                .collect(Collectors.groupingBy(Touchpoint::stage,
                        Collectors.mapping(t -> t.elements().emotions().score(), Collectors.toList())));
        return stages.stream().map(stage -> {
            List<Integer> values = scores.getOrDefault(stage.id(), List.of());
            Double mean = values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).average().orElseThrow();
            return new StageEmotion(stage, mean, values.size());
        }).toList();
    }

    /**
     * Cells, stages and channels without touchpoints (retired ones do not count), and active or planned touchpoints
     * without KPIs (ideas and retired touchpoints need none).
     */
    public Coverage coverage() {
        List<Cell> empty = new ArrayList<>();
        for (Channel channel : channels) {
            for (LifecycleStage stage : stages) {
                Cell cell = new Cell(stage.id(), channel.id());
                if (touchpointsIn(cell).stream().noneMatch(TouchpointMap::isDesigned)) {
                    empty.add(cell);
                }
            }
        }
        Set<String> usedStages = touchpoints.stream().filter(TouchpointMap::isDesigned).map(Touchpoint::stage).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> usedChannels = touchpoints.stream().filter(TouchpointMap::isDesigned).map(Touchpoint::channel).filter(Objects::nonNull).collect(Collectors.toSet());
        List<LifecycleStage> emptyStages = stages.stream().filter(s -> s.id() == null || !usedStages.contains(s.id())).toList();
        List<Channel> unusedChannels = channels.stream().filter(c -> c.id() == null || !usedChannels.contains(c.id())).toList();
        List<Touchpoint> withoutKpis = touchpoints.stream()
                .filter(t -> t.kpis().isEmpty() && (t.status() == TouchpointStatus.ACTIVE || t.status() == TouchpointStatus.PLANNED))
                .toList();
        return new Coverage(stages.size() * channels.size(), empty, emptyStages, unusedChannels, withoutKpis);
    }

    /**
     * Our rating in a cell from 1 to 5: the mean emotion score of our active scored touchpoints there, plus 3; empty when
     * we have no scored touchpoint in the cell.
     */
    public Optional<Double> ratingIn(Cell cell) {
        List<Touchpoint> scored = touchpointsIn(cell).stream()
                .filter(TouchpointMap::isLive)
                .filter(t -> t.elements().emotions().hasScore())
                .toList();
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scored.stream().mapToInt(t -> t.elements().emotions().score()).average().orElseThrow() + 3);
    }

    /** True for touchpoints customers meet today: the emotion curve, ratings and gaps count only these. */
    private static boolean isLive(Touchpoint touchpoint) {
        return touchpoint.status() == TouchpointStatus.ACTIVE;
    }

    /** True for touchpoints that fill the map's design (all but retired ones): coverage counts these. */
    private static boolean isDesigned(Touchpoint touchpoint) {
        return touchpoint.status() != TouchpointStatus.RETIRED;
    }

    /** Cells where a competitor is present and we are not, or where it is rated above our touchpoints there. */
    public List<CompetitorGap> competitorGaps() {
        List<CompetitorGap> gaps = new ArrayList<>();
        for (Competitor competitor : competitors) {
            for (Presence presence : competitor.presence()) {
                Cell cell = presence.cell();
                if (touchpointsIn(cell).stream().noneMatch(TouchpointMap::isLive)) {
                    gaps.add(new CompetitorGap(competitor, presence, CompetitorGap.Kind.ABSENT, null));
                    continue;
                }
                Optional<Double> ours = ratingIn(cell);
                if (presence.rating() != null && ours.isPresent() && presence.rating() > ours.get()) {
                    gaps.add(new CompetitorGap(competitor, presence, CompetitorGap.Kind.OUTRATED, ours.get()));
                }
            }
        }
        return gaps;
    }
}
