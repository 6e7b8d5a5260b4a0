package io.touchmap.diff;

import io.touchmap.LoadResult;
import io.touchmap.Maps;
import io.touchmap.internal.text.Labels;
import io.touchmap.model.Location;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Origin;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueProposition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a diff compares: each map of the current source with the same map of the baseline, matched by folder, and the
 * maps only one side holds. Two single maps make a comparison of one report, written as before; a folder of maps on
 * either side makes a collection, compared map by map, where a map added or removed is a change.
 *
 * <pre>{@code
 * Comparison comparison = Comparison.between("origin/main", baselineMaps, currentMaps, projectBase, null);
 * }</pre>
 *
 * @param baselineLabel how reports name the baseline, such as {@code origin/main}
 * @param compared one entry per map both sides hold, in the order of the current source
 * @param added the maps only the current source holds
 * @param removed the maps only the baseline holds
 * @param collection true when either side is a folder of maps
 * @param base the directory that file paths in the reports are shown relative to
 * @param language {@code en} or {@code fr}, or null for each map's own language
 */
public record Comparison(String baselineLabel, List<Compared> compared, List<LoadResult> added, List<LoadResult> removed,
        boolean collection, Path base, String language) {

    /**
     * One map both sides hold.
     *
     * @param folder the map's folder below the collection's root, such as {@code bakery}; empty for a single map
     */
    public record Compared(String folder, DiffReport report) {
    }

    public Comparison {
        Objects.requireNonNull(baselineLabel, "baselineLabel");
        Objects.requireNonNull(base, "base");
        compared = List.copyOf(compared);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        if (!collection && (compared.size() != 1 || !added.isEmpty() || !removed.isEmpty())) {
            throw new IllegalArgumentException("a comparison of single maps holds one report");
        }
    }

    /** The comparison of one map, as {@code report} holds it. */
    public static Comparison of(DiffReport report) {
        return new Comparison(report.baseline().label(), List.of(new Compared("", report)), List.of(), List.of(), false,
                report.base(), report.language());
    }

    /**
     * Compares every map of {@code current} with the map in the same folder of {@code baseline}; a baseline that holds
     * no map at all (its directory did not exist) counts as a collection of none when the current source is a
     * collection.
     *
     * @param language {@code en} or {@code fr}, or null for each map's own language
     */
    public static Comparison between(String baselineLabel, Maps baseline, Maps current, Path base, String language) {
        return between(baselineLabel, baseline, current, base, language, null);
    }

    /**
     * Compares as {@link #between(String, Maps, Maps, Path, String)} does, judging whether a KPI went stale on each
     * map's date, else on {@code buildDate} (the day of the build's output timestamp; null for none).
     */
    public static Comparison between(String baselineLabel, Maps baseline, Maps current, Path base, String language,
            LocalDate buildDate) {
        if (!baseline.collection() && !current.collection()) {
            Baseline against = new Baseline(baselineLabel, baseline.results().get(0));
            return of(DiffReport.of(against, current.results().get(0), base, buildDate).inLanguage(language));
        }
        Map<String, LoadResult> before = byFolder(baseline);
        List<Compared> compared = new ArrayList<>();
        List<LoadResult> added = new ArrayList<>();
        for (Map.Entry<String, LoadResult> map : byFolder(current).entrySet()) {
            LoadResult was = before.remove(map.getKey());
            if (was == null) {
                added.add(map.getValue());
            } else {
                String label = baseline.root().equals(current.root()) ? baselineLabel : Location.relativePath(was.directory(), base);
                compared.add(new Compared(map.getKey(), DiffReport.of(new Baseline(label, was), map.getValue(), base, buildDate).inLanguage(language)));
            }
        }
        List<LoadResult> removed = before.values().stream().filter(result -> !isNothing(result)).toList();
        return new Comparison(baselineLabel, compared, added, removed, true, base, language);
    }

    private static Map<String, LoadResult> byFolder(Maps maps) {
        Map<String, LoadResult> byFolder = new LinkedHashMap<>();
        for (LoadResult result : maps.results()) {
            byFolder.put(maps.collection() ? Location.displayPath(result.directory(), maps.root()) : "", result);
        }
        return byFolder;
    }

    /** True for the result of a source that held no map at all: nothing declared, nothing to call removed. */
    private static boolean isNothing(LoadResult result) {
        TouchpointMap map = result.map();
        return map.info().id() == null && map.stages().isEmpty() && map.channels().isEmpty() && map.touchpoints().isEmpty();
    }

    /** The reports of the maps both sides hold, in order. */
    public List<DiffReport> reports() {
        return compared.stream().map(Compared::report).toList();
    }

    /** True when no map changed, and none was added or removed. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && compared.stream().allMatch(c -> c.report().diff().isEmpty());
    }

    /** How many compared maps changed. */
    public long changedMaps() {
        return compared.stream().filter(c -> !c.report().diff().isEmpty()).count();
    }

    /**
     * One line that sums the comparison up: the map's own headline for single maps, such as {@code 1 touchpoint
     * removed}; for a collection, the maps changed, added and removed, such as {@code 2 maps changed, 1 added}.
     */
    public String headline() {
        return headline(null);
    }

    /** The {@linkplain #headline() headline} in the language of {@code labels}, or in each map's when null. */
    public String headline(Labels labels) {
        if (!collection) {
            DiffReport report = compared.get(0).report();
            return report.diff().headline(labels != null ? labels : DiffText.labelsOf(report));
        }
        Labels words = labels != null ? labels : labels();
        if (isEmpty()) {
            return words.format("diff.maps.noChanges");
        }
        List<String> parts = new ArrayList<>();
        long[] counts = {changedMaps(), added.size(), removed.size()};
        String[] verbs = {"changed", "added", "removed"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(parts.isEmpty() ? words.format("diff.maps." + verbs[i], counts[i])
                        : counts[i] + " " + words.format("diff.verb.f." + verbs[i], counts[i]));
            }
        }
        return String.join(", ", parts);
    }

    /** The labels of a collection's own pages: the language asked for, else the first map's, else English. */
    Labels labels() {
        if (language != null) {
            return Labels.forLanguage(language);
        }
        if (!compared.isEmpty()) {
            return DiffText.labelsOf(compared.get(0).report());
        }
        List<LoadResult> any = added.isEmpty() ? removed : added;
        return Labels.forLanguage(any.isEmpty() ? null : any.get(0).map().info().locale());
    }

    /**
     * The reasons the comparison meets any of {@code conditions}, one sentence each; the touchpoints of a map added or
     * removed count as added or removed, and a map added or removed is a change.
     */
    public List<String> breaches(Set<FailCondition> conditions) {
        List<MapDiff> diffs = new ArrayList<>();
        compared.forEach(c -> diffs.add(c.report().diff()));
        added.forEach(result -> diffs.add(MapDiff.between(empty(result), result.map())));
        removed.forEach(result -> diffs.add(MapDiff.between(result.map(), empty(result))));
        List<String> reasons = new ArrayList<>();
        for (FailCondition condition : conditions) {
            long count = condition == FailCondition.ANY
                    ? (isEmpty() ? 0 : 1)
                    : diffs.stream().mapToLong(diff -> diff.count(condition)).sum();
            if (count > 0) {
                reasons.add(condition.describe(count));
            }
        }
        return reasons;
    }

    /** A map with nothing in it, where {@code result}'s map would be. */
    private static TouchpointMap empty(LoadResult result) {
        Origin origin = Origin.at(Location.of(result.directory()));
        MapInfo info = new MapInfo(null, null, null, MapInfo.DEFAULT_LOCALE, null, List.of(), null, Map.of(), origin);
        return new TouchpointMap(info, List.of(), List.of(), List.of(), List.of(), ValueProposition.none(origin), List.of());
    }
}
