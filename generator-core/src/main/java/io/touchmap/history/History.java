package io.touchmap.history;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.diff.MapDiff;
import io.touchmap.internal.text.Labels;
import io.touchmap.load.GitHistory;
import io.touchmap.load.Limits;
import io.touchmap.load.MapSource;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.MapHistory;
import io.touchmap.model.TouchpointMap;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the history of a map from the git repository that holds its directory: each version (a tag, else a commit
 * that touched the directory) is read once, straight from the repository's objects with no checkout, validated as
 * the current map is, and compared with the version before it.
 *
 * <pre>{@code
 * MapHistory history = History.read(Path.of("src/touchmap"), 12, Limits.DEFAULT, null, Labels.forLanguage("en"));
 * }</pre>
 */
public final class History {

    private History() {
    }

    /**
     * The last {@code count} versions of the map in {@code directory}, with their headlines in English and in the
     * language of {@code labels}; {@link MapHistory#NONE} when {@code count} is 0.
     *
     * @param buildDate the date KPIs' staleness is judged on when a version has no date of its own, or null
     * @throws IOException when no git repository holds the directory, or its objects cannot be read
     */
    public static MapHistory read(Path directory, int count, Limits limits, LocalDate buildDate, Labels labels) throws IOException {
        if (count <= 0) {
            return MapHistory.NONE;
        }
        Labels english = Labels.forLanguage("en");
        try (GitHistory git = GitHistory.open(directory)) {
            GitHistory.Versions found = git.versions(count);
            List<MapHistory.Version> versions = new ArrayList<>();
            Map<String, String> names = new LinkedHashMap<>();
            List<List<String>> orders = new ArrayList<>();
            TouchpointMap previous = null;
            for (GitHistory.Revision revision : found.revisions()) {
                LoadResult result;
                try (MapSource source = git.source(revision)) {
                    result = Touchmap.load(source, limits, buildDate);
                }
                TouchpointMap map = result.map();
                String headline = null;
                String shown = null;
                if (previous != null) {
                    MapDiff diff = MapDiff.between(previous, map, buildDate);
                    headline = diff.headline(english);
                    shown = diff.headline(labels);
                }
                Map<String, KpiStatus> statuses = new LinkedHashMap<>();
                for (Kpi kpi : map.kpis()) {
                    if (kpi.id() != null && statuses.putIfAbsent(kpi.id(), kpi.status()) == null) {
                        names.put(kpi.id(), kpi.displayName());
                    }
                }
                orders.add(List.copyOf(statuses.keySet()));
                versions.add(new MapHistory.Version(revision.commit(), revision.name(), revision.date(), headline, shown,
                        !result.hasErrors(), statuses));
                previous = map;
            }
            return new MapHistory(versions, kpiLines(orders, names), found.shallow(), found.byTags());
        }
    }

    /** The KPIs of the latest version in its order, then those only older versions had, newest first. */
    private static List<MapHistory.KpiLine> kpiLines(List<List<String>> orders, Map<String, String> names) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = orders.size() - 1; i >= 0; i--) {
            ids.addAll(orders.get(i));
        }
        return ids.stream().map(id -> new MapHistory.KpiLine(id, names.get(id))).toList();
    }
}
