package io.touchmap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The map over its past versions, oldest first: what each version changed from the one before, and the status of
 * each KPI in each version.
 *
 * @param versions the versions read, oldest first
 * @param kpis every KPI of any version, those of the latest version first in the map's order, then those only older
 *     versions had
 * @param shallow true when the repository is a shallow clone that lacks older versions
 * @param byTags true when the versions are tags, false when they are commits
 */
public record MapHistory(List<Version> versions, List<KpiLine> kpis, boolean shallow, boolean byTags) {

    /** No history: none asked for, or none to read. */
    public static final MapHistory NONE = new MapHistory(List.of(), List.of(), false, false);

    public MapHistory {
        versions = List.copyOf(versions);
        kpis = List.copyOf(kpis);
    }

    /**
     * One version of the map.
     *
     * @param commit the full id of its commit
     * @param name its tag, else its abbreviated commit id
     * @param date the day of its commit
     * @param headline what changed since the version before, in English; null for the first version
     * @param shownHeadline the same in the language of the report
     * @param valid false when the version does not validate: its statuses are what could be read
     * @param statuses the status of each KPI the version has, by KPI id
     */
    public record Version(String commit, String name, LocalDate date, String headline, String shownHeadline, boolean valid,
            Map<String, KpiStatus> statuses) {

        public Version {
            statuses = Map.copyOf(statuses);
        }
    }

    /** A KPI of the history: its id and its latest name. */
    public record KpiLine(String id, String name) {
    }

    /** True when there is a history to show. */
    public boolean isEmpty() {
        return versions.isEmpty() && !shallow;
    }

    /** The commits read, which the up-to-date stamp of a render includes: a new version renders the site again. */
    @Override
    public String toString() {
        return "MapHistory" + versions.stream().map(Version::commit).toList() + (shallow ? " shallow" : "");
    }
}
