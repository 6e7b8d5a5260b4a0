package io.touchmap.diff;

import io.touchmap.model.TouchpointMap;
import io.touchmap.internal.text.Labels;
import java.util.ArrayList;
import java.time.LocalDate;
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
        return between(before, after, null);
    }

    /**
     * Compares {@code before} with {@code after}, judging whether a KPI went stale on each map's date, else on
     * {@code buildDate} (the day of the build's output timestamp; null for none).
     */
    public static MapDiff between(TouchpointMap before, TouchpointMap after, LocalDate buildDate) {
        MapComparer comparer = new MapComparer(before, after, buildDate);
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

    /** The target and warning changes of the KPIs on both sides, each raised or relaxed ambition. */
    public List<KpiChange.Ambition> ambitions() {
        return changes().stream().flatMap(c -> c.kpis().stream())
                .filter(KpiChange.Changed.class::isInstance)
                .flatMap(k -> ((KpiChange.Changed) k).ambitions().stream())
                .toList();
    }

    /** What the change does to the map as a whole, diagnostics left out (a {@link DiffReport} has them). */
    public Consequences consequences() {
        return Consequences.of(before, after);
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
        return headline(Labels.forLanguage("en"));
    }

    /**
     * The {@linkplain #headline() headline} in the language of {@code labels}, such as {@code 3 points de contact
     * modifiés (1 déplacé), 1 ajouté, 1 supprimé ; 2 indicateurs ont changé de statut}.
     */
    public String headline(Labels labels) {
        if (isEmpty()) {
            return labels.format("diff.noChanges");
        }
        List<String> parts = new ArrayList<>();
        long moved = moved();
        String touchpoints = counts(labels, "touchpoints", new long[] {changed(), added(), removed()},
                new String[] {"changed", "added", "removed"}, moved);
        if (!touchpoints.isEmpty()) {
            parts.add(touchpoints);
        }
        long statusChanges = statusChanges().size();
        if (statusChanges > 0) {
            parts.add(labels.format("diff.statusChanges", statusChanges));
        }
        for (Section section : Section.values()) {
            List<ElementChange> changes = elements(section);
            if (changes.isEmpty()) {
                continue;
            }
            if (section == Section.MAP) {
                parts.add(labels.format("diff.mapChanged"));
                continue;
            }
            parts.add(counts(labels, noun(section), new long[] {
                    count(changes, ElementChange.Changed.class), count(changes, ElementChange.Added.class),
                    count(changes, ElementChange.Removed.class), count(changes, ElementChange.Moved.class)},
                    new String[] {"changed", "added", "removed", "moved"}, 0));
        }
        return String.join(labels.format("diff.partSeparator"), parts);
    }

    /** The key of the counted noun of a section's elements in the labels. */
    private static String noun(Section section) {
        return switch (section) {
            case MAP -> throw new IllegalArgumentException("the map is not counted");
            case STAGE -> "stages";
            case CHANNEL -> "channels";
            case PERSONA -> "personas";
            case VALUE_PROPOSITION -> "components";
            case COMPETITOR -> "competitors";
        };
    }

    private static long count(List<ElementChange> changes, Class<? extends ElementChange> kind) {
        return changes.stream().filter(kind::isInstance).count();
    }

    /**
     * {@code 3 touchpoints changed (1 moved), 1 added}: the noun after the first non-zero count only, each
     * participle agreeing with the noun where the language wants it; {@code moved} is told after "changed".
     */
    private static String counts(Labels labels, String noun, long[] counts, String[] verbs, long moved) {
        String gender = labels.get("diff.gender." + noun);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            String verb = labels.format("diff.verb." + gender + "." + verbs[i], counts[i]);
            if (text.isEmpty()) {
                text.append(labels.format("diff." + noun, counts[i])).append(' ').append(verb);
            } else {
                text.append(", ").append(counts[i]).append(' ').append(verb);
            }
            if (verbs[i].equals("changed") && moved > 0) {
                text.append(" (").append(moved).append(' ')
                        .append(labels.format("diff.verb." + gender + ".moved", moved)).append(')');
            }
        }
        return text.toString();
    }

    /** The reasons the diff meets any of {@code conditions}, one sentence each; empty when it meets none. */
    public List<String> breaches(Set<FailCondition> conditions) {
        List<String> reasons = new ArrayList<>();
        for (FailCondition condition : conditions) {
            long count = count(condition);
            if (count > 0) {
                reasons.add(condition.describe(count));
            }
        }
        return reasons;
    }

    /** How many changes meet {@code condition}; for {@link FailCondition#ANY}, 1 when anything changed. */
    long count(FailCondition condition) {
        return switch (condition) {
            case ANY -> isEmpty() ? 0 : 1;
            case ADDED -> added();
            case REMOVED -> removed();
            case MOVED -> moved();
            case CHANGED -> changed();
            case STATUS_WORSE -> statusChanges().stream().filter(k -> k.status().worse()).count();
            case AMBITION_RELAXED -> ambitions().stream().filter(a -> !a.raised()).count();
            case GAP_OPENED -> consequences().gapsOpened().size();
            case EMOTION_WORSE -> consequences().emotionWorse().size();
        };
    }
}
