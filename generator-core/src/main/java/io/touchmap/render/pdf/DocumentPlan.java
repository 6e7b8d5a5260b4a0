package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The sections of the document in order, known before anything is drawn, so the contents can reserve their pages:
 * the map, the emotion curve, the touchpoint sheets by stage, the value proposition, the competitors, the warnings.
 */
final class DocumentPlan {

    static final String MAP = "section:map";
    static final String EMOTION = "section:emotion";
    static final String TOUCHPOINTS = "section:touchpoints";
    static final String VALUE = "section:value";
    static final String COMPETITORS = "section:competitors";
    static final String WARNINGS = "section:warnings";
    static final String CONTENTS = "section:contents";

    /** A line of the contents: its depth (0 for a section), its title and the anchor it leads to. */
    record Entry(int level, String title, String key) {
    }

    /** The touchpoints of one stage, in the order of the map's channels, then as written. */
    record StageGroup(LifecycleStage stage, List<Touchpoint> touchpoints) {
    }

    private final List<StageGroup> groups;
    private final List<Touchpoint> unplaced;
    private final List<Entry> entries;

    DocumentPlan(TouchpointMap map, Labels labels) {
        Map<String, Integer> channelOrder = IntStream.range(0, map.channels().size()).boxed()
                .collect(Collectors.toMap(i -> map.channels().get(i).id(), Function.identity(), (a, b) -> a));
        Comparator<Touchpoint> byChannel = Comparator.comparingInt(t -> channelOrder.getOrDefault(t.channel(),
                Integer.MAX_VALUE));
        groups = map.stages().stream()
                .map(stage -> new StageGroup(stage, map.touchpointsAt(stage).stream().sorted(byChannel).toList()))
                .toList();
        unplaced = map.touchpoints().stream().filter(t -> map.stage(t.stage()).isEmpty()).toList();

        List<Entry> list = new ArrayList<>();
        list.add(new Entry(0, labels.get("common.map.title"), MAP));
        list.add(new Entry(0, labels.get("common.emotionCurve"), EMOTION));
        list.add(new Entry(0, labels.get("common.touchpoints"), TOUCHPOINTS));
        for (StageGroup group : groups) {
            list.add(new Entry(1, group.stage().displayName(), RenderContext.stageKey(group.stage())));
            group.touchpoints().forEach(t -> list.add(new Entry(2, t.displayName(), RenderContext.sheetKey(t))));
        }
        unplaced.forEach(t -> list.add(new Entry(1, t.displayName(), RenderContext.sheetKey(t))));
        list.add(new Entry(0, labels.get("common.valueProposition"), VALUE));
        list.add(new Entry(0, labels.get("common.competitors"), COMPETITORS));
        list.add(new Entry(0, labels.get("common.warnings"), WARNINGS));
        entries = List.copyOf(list);
    }

    List<StageGroup> groups() {
        return groups;
    }

    /** Touchpoints whose stage the map does not define (only in a map with errors), sheeted after the others. */
    List<Touchpoint> unplaced() {
        return unplaced;
    }

    List<Entry> entries() {
        return entries;
    }
}
