package io.touchmap.diff;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.LoadResult;
import io.touchmap.model.Cell;
import io.touchmap.model.Competitor;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.Keyword;
import io.touchmap.model.Presence;
import io.touchmap.model.TouchpointMap;
import java.util.Map;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.Location;
import io.touchmap.model.Touchpoint;
import io.touchmap.internal.json.JsonWriter;
import java.util.List;

/**
 * Writes a diff as JSON, the machine-readable change set. The shape is versioned by its {@code version} member:
 * 1 for the diff of a map, 2 for that of a folder of maps, whose {@code maps} hold one version-1 object per map. A
 * later version may add members, and changes meaning only with a new version number. The README documents every
 * member.
 */
public final class JsonDiff {

    /** The version of the JSON shape this class writes. */
    public static final int VERSION = 1;

    private JsonDiff() {
    }

    /** The version of the JSON shape of a collection's diff: {@code maps}, {@code added} and {@code removed}. */
    public static final int COLLECTION_VERSION = 2;

    /** The JSON of {@code report}. */
    public static String render(DiffReport report) {
        JsonWriter json = new JsonWriter();
        write(json, report);
        return json.toString();
    }

    /**
     * The JSON of {@code comparison}: for single maps, that of its report (version 1); for a collection, version 2,
     * an object whose {@code maps} hold one version-1 object per map compared, and whose {@code added} and
     * {@code removed} name the maps only one side holds.
     */
    static String render(Comparison comparison) {
        if (!comparison.collection()) {
            return render(comparison.reports().get(0));
        }
        JsonWriter json = new JsonWriter().beginObject();
        json.name("version").value(COLLECTION_VERSION);
        json.name("maps").beginArray();
        for (DiffReport report : comparison.reports()) {
            write(json, report);
        }
        json.endArray();
        json.name("added").beginArray();
        comparison.added().forEach(map -> mapEntry(json, map, comparison));
        json.endArray();
        json.name("removed").beginArray();
        comparison.removed().forEach(map -> mapEntry(json, map, comparison));
        json.endArray();
        return json.endObject().toString();
    }

    private static void mapEntry(JsonWriter json, LoadResult result, Comparison comparison) {
        json.beginObject()
                .name("label").value(Location.displayPath(result.directory(), comparison.base()))
                .name("id").value(result.map().info().id())
                .name("title").value(result.map().info().title())
                .name("valid").value(!result.hasErrors())
                .name("touchpoints").value((long) result.map().touchpoints().size())
                .endObject();
    }

    /** Writes the version-1 object of {@code report}. */
    private static void write(JsonWriter json, DiffReport report) {
        MapDiff diff = report.diff();
        Consequences consequences = report.consequences();
        json.beginObject();
        json.name("version").value(VERSION);
        json.name("baseline");
        map(json, report.baseline().label(), report.baseline().result(), report);
        json.name("current");
        map(json, Location.displayPath(report.current().directory(), report.base()), report.current(), report);
        json.name("summary").beginObject()
                .name("headline").value(diff.headline())
                .name("empty").value(diff.isEmpty())
                .name("touchpoints").beginObject()
                .name("added").value(diff.added())
                .name("removed").value(diff.removed())
                .name("changed").value(diff.changed())
                .name("moved").value(diff.moved())
                .endObject()
                .name("kpiStatusChanges").value((long) diff.statusChanges().size())
                .name("kpiStatusWorse").value(diff.statusChanges().stream().filter(k -> k.status().worse()).count())
                .name("ambitionRelaxed").value(diff.count(FailCondition.AMBITION_RELAXED))
                .name("gapsOpened").value((long) consequences.gapsOpened().size())
                .name("emotionWorse").value((long) consequences.emotionWorse().size())
                .endObject();
        json.name("touchpoints").beginArray();
        for (TouchpointChange change : diff.touchpoints()) {
            touchpoint(json, change);
        }
        json.endArray();
        json.name("elements").beginArray();
        for (ElementChange change : diff.elements()) {
            element(json, change, diff);
        }
        json.endArray();
        json.name("consequences");
        consequences(json, consequences, report);
        json.endObject();
    }

    /** What the change does to the map as a whole: coverage, channel types, emotion, KPI statuses, gaps, diagnostics. */
    private static void consequences(JsonWriter json, Consequences c, DiffReport report) {
        json.beginObject();
        json.name("coverage").beginObject()
                .name("before").beginObject().name("covered").value((long) c.coveredBefore().size()).name("cells").value(c.cellsBefore()).endObject()
                .name("after").beginObject().name("covered").value((long) c.coveredAfter().size()).name("cells").value(c.cellsAfter()).endObject();
        json.name("gained").beginArray();
        c.gained().forEach(cell -> cell(json, cell));
        json.endArray().name("lost").beginArray();
        c.lost().forEach(cell -> cell(json, cell));
        json.endArray().endObject();
        json.name("channelTypes").beginObject();
        counts(json.name("before"), c.channelTypesBefore());
        counts(json.name("after"), c.channelTypesAfter());
        json.endObject();
        json.name("emotion").beginObject().name("stages").beginArray();
        c.stages().forEach(e -> emotion(json, e));
        json.endArray().name("personas").beginArray();
        c.personas().forEach(e -> emotion(json, e));
        json.endArray().endObject();
        json.name("kpiStatuses").beginObject();
        counts(json.name("before"), c.kpiStatusesBefore());
        counts(json.name("after"), c.kpiStatusesAfter());
        json.endObject();
        json.name("gaps").beginObject().name("opened").beginArray();
        c.gapsOpened().forEach(gap -> gap(json, gap));
        json.endArray().name("closed").beginArray();
        c.gapsClosed().forEach(gap -> gap(json, gap));
        json.endArray().endObject();
        json.name("diagnostics").beginObject().name("introduced").beginArray();
        c.introduced().forEach(d -> diagnostic(json, d, report));
        json.endArray().name("resolved").beginArray();
        c.resolved().forEach(d -> diagnostic(json, d, report));
        json.endArray().endObject();
        json.endObject();
    }

    private static void cell(JsonWriter json, Cell cell) {
        json.beginObject().name("stage").value(cell.stage()).name("channel").value(cell.channel()).endObject();
    }

    private static <K extends Keyword> void counts(JsonWriter json, Map<K, Long> counts) {
        json.beginObject();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(k -> ((Enum<?>) k).ordinal())))
                .forEach(e -> json.name(e.getKey().keyword()).value(e.getValue()));
        json.endObject();
    }

    private static void emotion(JsonWriter json, Consequences.EmotionChange change) {
        json.beginObject();
        if (change.persona() != null) {
            json.name("persona").value(change.persona());
        }
        json.name("stage").value(change.stage()).name("before").value(change.before()).name("after").value(change.after())
                .name("trend").value(change.worse() ? "worse" : change.better() ? "better" : "same")
                .endObject();
    }

    private static void gap(JsonWriter json, CompetitorGap gap) {
        Cell cell = gap.presence().cell();
        json.beginObject().name("competitor").value(gap.competitor().id())
                .name("stage").value(cell.stage()).name("channel").value(cell.channel())
                .name("kind").value(gap.kind() == CompetitorGap.Kind.ABSENT ? "absent" : "outrated")
                .name("rating").value(number(gap.presence().rating()))
                .name("ourRating").value(gap.ourRating())
                .endObject();
    }

    private static void map(JsonWriter json, String label, LoadResult result, DiffReport report) {
        json.beginObject()
                .name("label").value(label)
                .name("valid").value(!result.hasErrors())
                .name("errors").value((long) result.errors().size())
                .name("warnings").value((long) result.warnings().size())
                .name("diagnostics").beginArray();
        for (Diagnostic diagnostic : result.diagnostics()) {
            diagnostic(json, diagnostic, report);
        }
        json.endArray().endObject();
    }

    private static void diagnostic(JsonWriter json, Diagnostic diagnostic, DiffReport report) {
        Location at = diagnostic.location();
        json.beginObject()
                .name("severity").value(diagnostic.severity().label())
                .name("code").value(diagnostic.code().code())
                .name("file").value(Location.displayPath(at.file(), report.base()))
                .name("line").value(at.line())
                .name("column").value(at.column())
                .name("message").value(diagnostic.message().toString())
                .optional("hint", diagnostic.hint() == null ? null : diagnostic.hint().toString())
                .endObject();
    }

    private static void touchpoint(JsonWriter json, TouchpointChange change) {
        json.beginObject();
        Touchpoint before = null;
        Touchpoint after = null;
        if (change instanceof TouchpointChange.Added added) {
            json.name("change").value("added");
            after = added.touchpoint();
        } else if (change instanceof TouchpointChange.Removed removed) {
            json.name("change").value("removed");
            before = removed.touchpoint();
        } else {
            TouchpointChange.Changed changed = (TouchpointChange.Changed) change;
            json.name("change").value("changed");
            before = changed.before();
            after = changed.after();
        }
        json.name("id").value(change.id()).name("name").value(change.touchpoint().name());
        json.name("before");
        cell(json, before);
        json.name("after");
        cell(json, after);
        json.name("moved").value(change instanceof TouchpointChange.Changed c && c.moved());
        json.name("fields").beginArray();
        if (change instanceof TouchpointChange.Changed changed) {
            changed.fields().forEach(f -> field(json, f));
        }
        json.endArray();
        json.name("kpis").beginArray();
        if (change instanceof TouchpointChange.Changed changed) {
            changed.kpis().forEach(k -> kpi(json, k));
        } else if (change instanceof TouchpointChange.Added added) {
            added.touchpoint().kpis().forEach(k -> kpi(json, new KpiChange.Added(k)));
        } else {
            change.touchpoint().kpis().forEach(k -> kpi(json, new KpiChange.Removed(k)));
        }
        json.endArray();
        json.endObject();
    }

    private static void cell(JsonWriter json, Touchpoint touchpoint) {
        if (touchpoint == null) {
            json.value((String) null);
            return;
        }
        Cell cell = touchpoint.cell();
        json.beginObject().name("stage").value(cell.stage()).name("channel").value(cell.channel()).endObject();
    }

    private static void kpi(JsonWriter json, KpiChange change) {
        json.beginObject();
        String kind = change instanceof KpiChange.Added ? "added" : change instanceof KpiChange.Removed ? "removed"
                : change instanceof KpiChange.WentStale ? "went-stale" : "changed";
        json.name("change").value(kind).name("id").value(change.id()).name("name").value(change.name());
        KpiChange.StatusChange status = change.status();
        json.name("status").beginObject()
                .name("before").value(keyword(status.before()))
                .name("after").value(keyword(status.after()))
                .name("trend").value(trend(status))
                .endObject();
        json.name("fields").beginArray();
        List<KpiChange.ObservationChange> observations = List.of();
        if (change instanceof KpiChange.Changed changed) {
            changed.fields().forEach(f -> field(json, f));
            observations = changed.observations();
        }
        json.endArray();
        json.name("observations").beginArray();
        for (KpiChange.ObservationChange observation : observations) {
            json.beginObject().name("period").value(observation.period())
                    .name("before").value(observation.before())
                    .name("after").value(observation.after())
                    .endObject();
        }
        json.endArray();
        Kpi kpi = change instanceof KpiChange.Removed removed ? removed.kpi()
                : change instanceof KpiChange.Added added ? added.kpi()
                : change instanceof KpiChange.WentStale stale ? stale.after() : ((KpiChange.Changed) change).after();
        json.name("target").value(kpi.target()).name("unit").value(kpi.unit());
        if (change instanceof KpiChange.Changed changed) {
            json.name("ambition").beginArray();
            for (KpiChange.Ambition ambition : changed.ambitions()) {
                json.beginObject().name("field").value(ambition.field()).name("before").value(ambition.before())
                        .name("after").value(ambition.after()).name("change").value(ambition.raised() ? "raised" : "relaxed").endObject();
            }
            json.endArray();
            json.name("latest");
            changed.thresholdStatus().ifPresentOrElse(latest -> json.beginObject()
                    .name("period").value(latest.period()).name("value").value(latest.value())
                    .name("statusBefore").value(latest.before().keyword()).name("statusAfter").value(latest.after().keyword())
                    .endObject(), () -> json.value((String) null));
        }
        if (change instanceof KpiChange.WentStale stale) {
            json.name("stale").beginObject().name("latest").value(stale.staleness().latest().toString())
                    .name("due").value(stale.staleness().due().toString()).endObject();
        }
        json.endObject();
    }

    private static void field(JsonWriter json, FieldChange change) {
        json.beginObject().name("field").value(change.field());
        if (change instanceof FieldChange.Value value) {
            json.name("before").value(value.before()).name("after").value(value.after());
        } else {
            FieldChange.Items items = (FieldChange.Items) change;
            strings(json.name("before"), items.before());
            strings(json.name("after"), items.after());
            strings(json.name("added"), items.added());
            strings(json.name("removed"), items.removed());
        }
        json.endObject();
    }

    private static void element(JsonWriter json, ElementChange change, MapDiff diff) {
        json.beginObject().name("section").value(change.section().keyword());
        if (change instanceof ElementChange.Added added) {
            json.name("change").value("added").name("id").value(added.id()).name("name").value(added.name())
                    .name("position").value(added.position());
            competitor(json, change, diff.after());
        } else if (change instanceof ElementChange.Removed removed) {
            json.name("change").value("removed").name("id").value(removed.id()).name("name").value(removed.name())
                    .name("position").value(removed.position());
            competitor(json, change, diff.before());
        } else if (change instanceof ElementChange.Moved moved) {
            json.name("change").value("moved").name("id").value(moved.id()).name("name").value(moved.name())
                    .name("from").value(moved.from()).name("to").value(moved.to());
        } else {
            ElementChange.Changed changed = (ElementChange.Changed) change;
            json.name("change").value("changed").name("id").value(changed.id()).name("name").value(changed.name());
            json.name("fields").beginArray();
            changed.fields().forEach(f -> field(json, f));
            json.endArray();
        }
        json.endObject();
    }

    /** For a competitor added or removed: its scores against ours, its presence, and the gaps it opens or closes. */
    private static void competitor(JsonWriter json, ElementChange change, TouchpointMap map) {
        if (change.section() != Section.COMPETITOR) {
            return;
        }
        Competitor competitor = map.competitors().stream().filter(c -> change.id().equals(c.id())).findFirst().orElse(null);
        if (competitor == null) {
            return;
        }
        json.name("scores").beginArray();
        Consequences.scores(competitor, map).forEach((component, pair) -> json.beginObject()
                .name("component").value(component.keyword())
                .name("theirs").value(number(pair[0]))
                .name("ours").value(number(pair[1]))
                .endObject());
        json.endArray();
        json.name("presence").beginArray();
        for (Presence presence : competitor.presence()) {
            json.beginObject().name("stage").value(presence.stage()).name("channel").value(presence.channel())
                    .name("rating").value(number(presence.rating())).endObject();
        }
        json.endArray();
        json.name("gaps").beginArray();
        Consequences.gapsOf(map.competitorGaps(), competitor.id()).forEach(gap -> gap(json, gap));
        json.endArray();
    }

    /** A whole number, or null; written as JSON writes any number, without decimals. */
    private static Double number(Integer value) {
        return value == null ? null : value.doubleValue();
    }

    private static void strings(JsonWriter json, List<String> values) {
        json.beginArray();
        values.forEach(json::value);
        json.endArray();
    }

    /** {@code better}, {@code worse}, {@code changed} (to or from "no target" or "no data"), {@code same}, or {@code none} for a KPI added or removed. */
    private static String trend(KpiChange.StatusChange status) {
        if (status.before() == null || status.after() == null) {
            return "none";
        }
        return status.better() ? "better" : status.worse() ? "worse" : status.changed() ? "changed" : "same";
    }

    private static String keyword(KpiStatus status) {
        return status == null ? null : status.keyword();
    }
}
