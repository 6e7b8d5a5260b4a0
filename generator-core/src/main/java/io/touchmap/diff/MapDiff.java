package io.touchmap.diff;

import io.touchmap.model.TouchpointMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The semantic difference between a baseline map and the current one: elements are matched by id, never by position
 * or by the file they are written in, so moving YAML between files changes nothing.
 *
 * <pre>{@code
 * MapDiff diff = MapDiff.between(baseline.map(), current.map());
 * }</pre>
 *
 * @param touchpoints the touchpoints added or changed, in the order of the current map, then those removed
 * @param elements the changes to the map, stages, channels, personas, value proposition and competitors, in that order
 */
public record MapDiff(TouchpointMap before, TouchpointMap after, List<TouchpointChange> touchpoints, List<ElementChange> elements) {

    public MapDiff {
        touchpoints = List.copyOf(touchpoints);
        elements = List.copyOf(elements);
    }

    /** Compares {@code before} (the baseline) with {@code after} (the current map). */
    public static MapDiff between(TouchpointMap before, TouchpointMap after) {
        MapComparer comparer = new MapComparer(before, after);
        return new MapDiff(before, after, comparer.touchpoints(), comparer.elements());
    }

    /** True when nothing changed. */
    public boolean isEmpty() {
        return touchpoints.isEmpty() && elements.isEmpty();
    }

    public long added() {
        return touchpoints.stream().filter(c -> c instanceof TouchpointChange.Added).count();
    }

    public long removed() {
        return touchpoints.stream().filter(c -> c instanceof TouchpointChange.Removed).count();
    }

    /** How many touchpoints exist on both sides and differ, moved ones included. */
    public long changed() {
        return changes().size();
    }

    /** How many touchpoints sit in another cell. */
    public long moved() {
        return changes().stream().filter(TouchpointChange.Changed::moved).count();
    }

    /** The touchpoints that exist on both sides and differ. */
    public List<TouchpointChange.Changed> changes() {
        List<TouchpointChange.Changed> changes = new ArrayList<>();
        for (TouchpointChange change : touchpoints) {
            if (change instanceof TouchpointChange.Changed changed) {
                changes.add(changed);
            }
        }
        return changes;
    }

    /** The changes of KPIs that exist on both sides and whose status changed. */
    public List<KpiChange> statusChanges() {
        return changes().stream().flatMap(c -> c.kpis().stream()).filter(k -> k.status().changed()).toList();
    }

    /** The changes of one section. */
    public List<ElementChange> elements(Section section) {
        return elements.stream().filter(e -> e.section() == section).toList();
    }

    /**
     * One line that sums the diff up, such as {@code 3 touchpoints changed (1 moved), 1 added, 1 removed; 2 KPIs
     * changed status; 1 stage added}, or {@code No changes to the map}.
     */
    public String headline() {
        if (isEmpty()) {
            return "No changes to the map";
        }
        List<String> parts = new ArrayList<>();
        String touchpointPart = counts("touchpoint", "touchpoints", new long[] {changed(), added(), removed()},
                new String[] {"changed", "added", "removed"});
        if (!touchpointPart.isEmpty()) {
            long moved = moved();
            parts.add(moved == 0 ? touchpointPart : touchpointPart.replaceFirst(" changed", " changed (" + moved + " moved)"));
        }
        long statusChanges = statusChanges().size();
        if (statusChanges > 0) {
            parts.add(statusChanges + (statusChanges == 1 ? " KPI" : " KPIs") + " changed status");
        }
        for (Section section : Section.values()) {
            List<ElementChange> changes = elements(section);
            if (changes.isEmpty()) {
                continue;
            }
            if (section == Section.MAP) {
                parts.add("map details changed");
                continue;
            }
            String noun = section.noun();
            String part = counts(noun, plural(noun), new long[] {
                    count(changes, ElementChange.Changed.class), count(changes, ElementChange.Added.class),
                    count(changes, ElementChange.Removed.class), count(changes, ElementChange.Moved.class)},
                    new String[] {"changed", "added", "removed", "moved"});
            parts.add(part);
        }
        return String.join("; ", parts);
    }

    private static long count(List<ElementChange> changes, Class<? extends ElementChange> kind) {
        return changes.stream().filter(kind::isInstance).count();
    }

    private static String plural(String noun) {
        return noun + "s";
    }

    /** {@code 3 touchpoints changed, 1 added}: the noun after the first non-zero count only. */
    private static String counts(String singular, String plural, long[] counts, String[] verbs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            if (text.isEmpty()) {
                text.append(counts[i]).append(' ').append(counts[i] == 1 ? singular : plural).append(' ').append(verbs[i]);
            } else {
                text.append(", ").append(counts[i]).append(' ').append(verbs[i]);
            }
        }
        return text.toString();
    }

    /** The reasons the diff meets any of {@code conditions}, one sentence each; empty when it meets none. */
    public List<String> breaches(Set<FailCondition> conditions) {
        List<String> reasons = new ArrayList<>();
        for (FailCondition condition : conditions) {
            long count = switch (condition) {
                case ANY -> isEmpty() ? 0 : 1;
                case ADDED -> added();
                case REMOVED -> removed();
                case MOVED -> moved();
                case CHANGED -> changed();
                case STATUS_WORSE -> statusChanges().stream().filter(k -> k.status().worse()).count();
            };
            if (count > 0) {
                reasons.add(condition.describe(count));
            }
        }
        return reasons;
    }
}
