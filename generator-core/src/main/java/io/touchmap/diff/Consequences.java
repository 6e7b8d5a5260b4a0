package io.touchmap.diff;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.model.Cell;
import io.touchmap.model.Channel;
import io.touchmap.model.ChannelType;
import io.touchmap.model.Competitor;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Persona;
import io.touchmap.model.StageEmotion;
import io.touchmap.model.TouchpointMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a change does to the map as a whole, beyond the elements it touches: the cells it covers or leaves empty, the
 * balance of analog and digital touchpoints, the emotion at each stage (overall and per persona), the KPI statuses,
 * the competitor gaps it opens or closes, and the diagnostics it introduces or resolves.
 *
 * <p>Diagnostics are matched by their code and their words (which name the kind of element, its id and its field),
 * never by line or file, so moving YAML around introduces and resolves nothing.
 *
 * @param coveredBefore the cells holding a touchpoint in the baseline, in its column then row order
 * @param coveredAfter the same now
 * @param cellsBefore how many cells the baseline's grid has
 * @param cellsAfter the same now
 * @param gained the cells covered now and not in the baseline, in the current map's order
 * @param lost the cells covered in the baseline and not now, in the baseline's order
 * @param channelTypesBefore touchpoints on analog and digital channels in the baseline
 * @param channelTypesAfter the same now
 * @param stages the mean emotion at each stage that changed, in the current order then the baseline's
 * @param personas the mean emotion of a persona's touchpoints at each stage that changed
 * @param kpiStatusesBefore how many KPIs have each status in the baseline
 * @param kpiStatusesAfter the same now
 * @param gapsOpened competitor gaps the current map has and the baseline had not
 * @param gapsClosed competitor gaps the baseline had and the current map has not
 * @param introduced diagnostics of the current map the baseline did not have
 * @param resolved diagnostics of the baseline the current map no longer has
 */
public record Consequences(
        List<Cell> coveredBefore, List<Cell> coveredAfter, int cellsBefore, int cellsAfter, List<Cell> gained, List<Cell> lost,
        Map<ChannelType, Long> channelTypesBefore, Map<ChannelType, Long> channelTypesAfter,
        List<EmotionChange> stages, List<EmotionChange> personas,
        Map<KpiStatus, Long> kpiStatusesBefore, Map<KpiStatus, Long> kpiStatusesAfter,
        List<CompetitorGap> gapsOpened, List<CompetitorGap> gapsClosed,
        List<Diagnostic> introduced, List<Diagnostic> resolved) {

    /** A mean emotion score drop of at least this much makes a stage's emotion worse ({@code failOn emotion-worse}). */
    public static final double EMOTION_WORSE = 0.5;

    public Consequences {
        coveredBefore = List.copyOf(coveredBefore);
        coveredAfter = List.copyOf(coveredAfter);
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
        channelTypesBefore = Map.copyOf(channelTypesBefore);
        channelTypesAfter = Map.copyOf(channelTypesAfter);
        stages = List.copyOf(stages);
        personas = List.copyOf(personas);
        kpiStatusesBefore = Map.copyOf(kpiStatusesBefore);
        kpiStatusesAfter = Map.copyOf(kpiStatusesAfter);
        gapsOpened = List.copyOf(gapsOpened);
        gapsClosed = List.copyOf(gapsClosed);
        introduced = List.copyOf(introduced);
        resolved = List.copyOf(resolved);
    }

    /**
     * The mean emotion score at a stage before and after, from -2 to +2.
     *
     * @param persona the persona whose touchpoints the mean is over, or {@code null} for all touchpoints
     * @param personaName the persona's display name, or {@code null}
     * @param before the mean in the baseline, or {@code null} when no live touchpoint there was scored
     * @param after the mean now, or {@code null}
     */
    public record EmotionChange(String persona, String personaName, String stage, Double before, Double after) {

        /** True when both sides are scored and the mean dropped by {@link #EMOTION_WORSE} or more. */
        public boolean worse() {
            return before != null && after != null && before - after >= EMOTION_WORSE - 1e-9;
        }

        /** True when both sides are scored and the mean rose by {@link #EMOTION_WORSE} or more. */
        public boolean better() {
            return before != null && after != null && after - before >= EMOTION_WORSE - 1e-9;
        }
    }

    /** The consequences of going from {@code before} to {@code after}, their diagnostics left out. */
    public static Consequences of(TouchpointMap before, TouchpointMap after) {
        return of(before, after, List.of(), List.of());
    }

    /** The consequences of going from {@code before} to {@code after}, with their diagnostics. */
    public static Consequences of(TouchpointMap before, TouchpointMap after, List<Diagnostic> diagnosticsBefore,
            List<Diagnostic> diagnosticsAfter) {
        List<Cell> coveredBefore = covered(before);
        List<Cell> coveredAfter = covered(after);
        Set<Cell> was = new LinkedHashSet<>(coveredBefore);
        Set<Cell> now = new LinkedHashSet<>(coveredAfter);
        List<Cell> gained = coveredAfter.stream().filter(cell -> !was.contains(cell)).toList();
        List<Cell> lost = coveredBefore.stream().filter(cell -> !now.contains(cell)).toList();
        Map<String, CompetitorGap> gapsBefore = gaps(before);
        Map<String, CompetitorGap> gapsAfter = gaps(after);
        List<CompetitorGap> opened = gapsAfter.entrySet().stream().filter(e -> !gapsBefore.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        List<CompetitorGap> closed = gapsBefore.entrySet().stream().filter(e -> !gapsAfter.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new Consequences(coveredBefore, coveredAfter, cells(before), cells(after), gained, lost,
                before.channelTypeCounts(), after.channelTypeCounts(), stageEmotions(before, after), personaEmotions(before, after),
                before.kpiStatusCounts(), after.kpiStatusCounts(), opened, closed,
                unmatched(diagnosticsAfter, diagnosticsBefore), unmatched(diagnosticsBefore, diagnosticsAfter));
    }

    /** True when the change leaves the map as a whole as it was. */
    public boolean isEmpty() {
        return gained.isEmpty() && lost.isEmpty() && cellsBefore == cellsAfter && channelTypesBefore.equals(channelTypesAfter)
                && stages.isEmpty() && personas.isEmpty() && kpiStatusesBefore.equals(kpiStatusesAfter)
                && gapsOpened.isEmpty() && gapsClosed.isEmpty() && introduced.isEmpty() && resolved.isEmpty();
    }

    /** The stages whose mean emotion dropped by {@link #EMOTION_WORSE} or more. */
    public List<EmotionChange> emotionWorse() {
        return stages.stream().filter(EmotionChange::worse).toList();
    }

    /** The gaps {@code competitor} has in {@code gaps}. */
    static List<CompetitorGap> gapsOf(List<CompetitorGap> gaps, String competitor) {
        return gaps.stream().filter(gap -> Objects.equals(gap.competitor().id(), competitor)).toList();
    }

    private static int cells(TouchpointMap map) {
        return map.stages().size() * map.channels().size();
    }

    private static List<Cell> covered(TouchpointMap map) {
        Set<Cell> empty = new java.util.HashSet<>(map.coverage().emptyCells());
        List<Cell> covered = new ArrayList<>();
        for (LifecycleStage stage : map.stages()) {
            for (Channel channel : map.channels()) {
                Cell cell = new Cell(stage.id(), channel.id());
                if (!empty.contains(cell)) {
                    covered.add(cell);
                }
            }
        }
        return covered;
    }

    private static Map<String, CompetitorGap> gaps(TouchpointMap map) {
        Map<String, CompetitorGap> gaps = new LinkedHashMap<>();
        for (CompetitorGap gap : map.competitorGaps()) {
            Cell cell = gap.presence().cell();
            gaps.putIfAbsent(gap.competitor().id() + "\u0000" + cell.stage() + "\u0000" + cell.channel(), gap);
        }
        return gaps;
    }

    private static List<EmotionChange> stageEmotions(TouchpointMap before, TouchpointMap after) {
        return emotions(null, null, before.emotionCurve(), after.emotionCurve());
    }

    private static List<EmotionChange> personaEmotions(TouchpointMap before, TouchpointMap after) {
        Map<String, Persona> was = new HashMap<>();
        before.personas().stream().filter(p -> p.id() != null).forEach(p -> was.putIfAbsent(p.id(), p));
        Set<String> ids = new LinkedHashSet<>();
        after.personas().stream().map(Persona::id).filter(Objects::nonNull).forEach(ids::add);
        before.personas().stream().map(Persona::id).filter(Objects::nonNull).forEach(ids::add);
        List<EmotionChange> changes = new ArrayList<>();
        for (String id : ids) {
            Persona now = after.persona(id).orElse(null);
            Persona then = was.get(id);
            String name = (now != null ? now : then).displayName();
            changes.addAll(emotions(id, name, then == null ? List.of() : before.emotionCurve(then),
                    now == null ? List.of() : after.emotionCurve(now)));
        }
        return changes;
    }

    /** The stages whose mean differs, in the current order, then those only the baseline has. */
    private static List<EmotionChange> emotions(String persona, String name, List<StageEmotion> before, List<StageEmotion> after) {
        Map<String, Double> was = new LinkedHashMap<>();
        before.stream().filter(e -> e.stage().id() != null).forEach(e -> was.putIfAbsent(e.stage().id(), e.mean()));
        Map<String, Double> now = new LinkedHashMap<>();
        after.stream().filter(e -> e.stage().id() != null).forEach(e -> now.putIfAbsent(e.stage().id(), e.mean()));
        Set<String> stages = new LinkedHashSet<>(now.keySet());
        stages.addAll(was.keySet());
        List<EmotionChange> changes = new ArrayList<>();
        for (String stage : stages) {
            Double then = was.get(stage);
            Double current = now.get(stage);
            if (!Objects.equals(then, current)) {
                changes.add(new EmotionChange(persona, name, stage, then, current));
            }
        }
        return changes;
    }

    /**
     * The diagnostics of {@code from} that {@code others} lack, counted with repetitions, matched by code and words.
     * A stale KPI (TM220) is left out: the KPIs section says it went stale, and its words carry the reference date,
     * which moves with every version.
     */
    private static List<Diagnostic> unmatched(List<Diagnostic> from, List<Diagnostic> others) {
        Map<String, Integer> left = new HashMap<>();
        others.forEach(d -> left.merge(key(d), 1, Integer::sum));
        List<Diagnostic> unmatched = new ArrayList<>();
        for (Diagnostic diagnostic : from.stream().filter(d -> d.code() != DiagnosticCode.STALE_KPI).sorted().toList()) {
            String key = key(diagnostic);
            if (left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
            } else {
                unmatched.add(diagnostic);
            }
        }
        return unmatched;
    }

    /** A diagnostic's identity across versions: its severity, code and English words, which name the element and field. */
    private static String key(Diagnostic diagnostic) {
        return diagnostic.severity() + " " + diagnostic.code().code() + " " + diagnostic.message();
    }

    /** Our score and the competitor's for each component the competitor is scored on, in the components' order. */
    static Map<io.touchmap.model.ValueComponent, Integer[]> scores(Competitor competitor, TouchpointMap map) {
        Map<io.touchmap.model.ValueComponent, Integer[]> scores = new LinkedHashMap<>();
        for (io.touchmap.model.ValueComponent component : io.touchmap.model.ValueComponent.values()) {
            Integer theirs = competitor.valueProposition().get(component);
            if (theirs != null) {
                Integer ours = map.valueProposition().component(component).map(c -> c.score()).orElse(null);
                scores.put(component, new Integer[] {theirs, ours});
            }
        }
        return scores;
    }
}
