package io.touchmap.diff;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.touchmap.LoadResult;
import io.touchmap.model.Cell;
import io.touchmap.model.Channel;
import io.touchmap.model.Kpi;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes a diff as one self-contained HTML page: the headline, the map grid with added, removed, moved and changed
 * touchpoints marked by colour, symbol and word, and every change in detail. Text from the map reaches the page
 * only through the template's HTML auto-escaping.
 */
public final class HtmlDiff {

    private static final Configuration TEMPLATES = io.touchmap.render.SafeTemplates.loadingFrom(HtmlDiff.class, "");
    private static final UnaryOperator<String> PLAIN = text -> text;
    /** Symbols that common fonts draw, since the page may be opened where no emoji font is installed. */
    private static final DiffText.Symbols SYMBOLS = DiffText.Symbols.TEXT;

    private final DiffReport report;
    private final MapDiff diff;
    private final TouchpointMap before;
    private final TouchpointMap after;
    private final DiffText words;

    private HtmlDiff(DiffReport report) {
        this.report = report;
        this.diff = report.diff();
        this.before = diff.before();
        this.after = diff.after();
        this.words = new DiffText(DiffText.labelsOf(report), before, after);
    }

    /** The HTML page of {@code report}, in the current map's language (else the baseline's, else English). */
    public static String render(DiffReport report) {
        return new HtmlDiff(report).render();
    }

    /**
     * The page of a collection's comparison, linking one page per compared map at {@code pagePath(folder)}: the
     * headline, the maps added and removed, and each compared map with its own headline.
     */
    static String index(Comparison comparison, java.util.function.Function<Comparison.Compared, String> pagePath) {
        io.touchmap.internal.text.Labels labels = comparison.labels();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("language", labels.language());
        page.put("title", labels.format("diff.title"));
        page.put("headline", comparison.headline(labels));
        page.put("comparedWith", labels.format("diff.comparedWith", comparison.baselineLabel()));
        page.put("each", labels.format("diff.maps.each"));
        List<String> changes = new ArrayList<>();
        comparison.added().forEach(map -> changes.add(labels.format("diff.maps.addedMap", mapName(map, comparison))));
        comparison.removed().forEach(map -> changes.add(labels.format("diff.maps.removedMap", mapName(map, comparison))));
        page.put("changes", changes);
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Comparison.Compared compared : comparison.compared()) {
            DiffReport report = compared.report();
            maps.add(Map.of("href", pagePath.apply(compared), "name", mapName(report.current(), comparison),
                    "headline", report.diff().headline(labels)));
        }
        page.put("maps", maps);
        return process("diff-maps.ftlh", page);
    }

    private static String mapName(LoadResult result, Comparison comparison) {
        String title = result.map().info().title();
        String path = io.touchmap.model.Location.displayPath(result.directory(), comparison.base());
        return title == null ? path : title + " (" + path + ")";
    }

    private static String process(String name, Map<String, Object> page) {
        try {
            Template template = TEMPLATES.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(page, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template io/touchmap/diff/" + name, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the diff template failed: " + e.getMessage(), e);
        }
    }

    private String render() {
        Map<String, Object> page = new LinkedHashMap<>();
        String title = after.info().title() != null ? after.info().title() : before.info().title();
        page.put("language", words.labels().language());
        page.put("title", words.text("page", title == null ? words.text("untitled") : title));
        page.put("headline", diff.headline(words.labels()));
        page.put("empty", diff.isEmpty());
        page.put("comparedWith", words.text("comparedWith", report.baseline().label()));
        page.put("text", Map.of(
                "map", words.text("html.map"),
                "legend", words.text("html.legend"),
                "caption", words.text("html.caption"),
                "channel", words.labels().get("common.channel"),
                "touchpoints", words.labels().get("common.touchpoints"),
                "added", SYMBOLS.added + " " + words.text("added"),
                "removed", SYMBOLS.removed + " " + words.text("removed"),
                "moved", SYMBOLS.moved + " " + words.text("moved"),
                "changed", SYMBOLS.changed + " " + words.text("changed")));
        List<Map<String, Object>> problems = new ArrayList<>();
        problems(problems, "baselineInvalid", report.baseline().result());
        problems(problems, "currentInvalid", report.current());
        page.put("problems", problems);
        page.put("stages", stages());
        page.put("rows", rows());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            List<ElementChange> changes = diff.elements(section);
            if (!changes.isEmpty()) {
                sections.add(Map.of("title", words.title(section), "entries", changes.stream().map(this::element).toList()));
            }
        }
        page.put("sections", sections);
        page.put("consequencesTitle", words.text("consequences.title"));
        page.put("consequences", words.consequences(report.consequences(), PLAIN, "", SYMBOLS, report.base()));
        page.put("touchpoints", diff.touchpoints().stream().map(this::touchpoint).toList());
        try {
            Template template = TEMPLATES.getTemplate("diff.ftlh");
            StringWriter out = new StringWriter();
            template.process(page, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template io/touchmap/diff/diff.ftlh", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the diff template failed: " + e.getMessage(), e);
        }
    }

    private void problems(List<Map<String, Object>> problems, String key, LoadResult result) {
        if (!result.hasErrors()) {
            return;
        }
        List<String> lines = result.diagnostics().stream().limit(200).map(d -> d.format(report.base())).toList();
        long errors = result.errors().size();
        int more = result.diagnostics().size() - lines.size();
        problems.add(Map.of("text", words.text(key, words.text("summary", errors, result.diagnostics().size() - errors)),
                "lines", lines, "more", more > 0 ? words.text("more", more) : ""));
    }

    /** The columns: the current stages, then those only the baseline has. */
    private List<Map<String, Object>> stages() {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (String id : stageIds()) {
            String state = axisState(after.stage(id).isPresent(), before.stage(id).isPresent());
            stages.add(Map.of("name", words.stageName(id), "state", state, "tag", state.isEmpty() ? "" : words.text("stage." + state)));
        }
        return stages;
    }

    /**
     * The columns: the current stages, then those only the baseline has, then any stage a changed touchpoint names
     * without either map declaring it (a map with errors), so that every change has its cell.
     */
    private List<String> stageIds() {
        Set<String> ids = new LinkedHashSet<>();
        after.stages().stream().map(LifecycleStage::id).filter(Objects::nonNull).forEach(ids::add);
        before.stages().stream().map(LifecycleStage::id).filter(Objects::nonNull).forEach(ids::add);
        changedCells().stream().map(Cell::stage).filter(Objects::nonNull).forEach(ids::add);
        return List.copyOf(ids);
    }

    /** The rows, in the same way as {@link #stageIds()}. */
    private List<String> channelIds() {
        Set<String> ids = new LinkedHashSet<>();
        after.channels().stream().map(Channel::id).filter(Objects::nonNull).forEach(ids::add);
        before.channels().stream().map(Channel::id).filter(Objects::nonNull).forEach(ids::add);
        changedCells().stream().map(Cell::channel).filter(Objects::nonNull).forEach(ids::add);
        return List.copyOf(ids);
    }

    private List<Cell> changedCells() {
        List<Cell> cells = new ArrayList<>();
        for (TouchpointChange change : diff.touchpoints()) {
            cells.add(change.touchpoint().cell());
            if (change instanceof TouchpointChange.Changed changed) {
                cells.add(changed.from());
            }
        }
        return cells;
    }

    /** The grid's rows: one per channel, each cell with its touchpoints and their change. */
    private List<Map<String, Object>> rows() {
        Map<Cell, List<Map<String, Object>>> items = new HashMap<>();
        Map<Cell, Integer> strongest = new HashMap<>();
        Map<String, TouchpointChange> changes = new HashMap<>();
        diff.touchpoints().stream().filter(c -> !(c instanceof TouchpointChange.Removed)).forEach(c -> changes.put(c.id(), c));
        for (Touchpoint touchpoint : after.touchpoints()) {
            TouchpointChange change = changes.get(touchpoint.id());
            String state = change == null ? "" : change instanceof TouchpointChange.Added ? "added"
                    : ((TouchpointChange.Changed) change).moved() ? "moved" : "changed";
            String label = switch (state) {
                case "added" -> SYMBOLS.added + " " + words.text("added");
                case "moved" -> SYMBOLS.moved + " " + words.text("movedIn");
                case "changed" -> SYMBOLS.changed + " " + words.text("changed");
                default -> "";
            };
            item(items, strongest, touchpoint.cell(), touchpoint, state, label);
        }
        for (TouchpointChange change : diff.touchpoints()) {
            if (change instanceof TouchpointChange.Removed removed) {
                item(items, strongest, removed.touchpoint().cell(), removed.touchpoint(), "removed", SYMBOLS.removed + " " + words.text("removed"));
            } else if (change instanceof TouchpointChange.Changed changed && changed.moved()) {
                item(items, strongest, changed.from(), changed.before(), "moved-out", SYMBOLS.moved + " " + words.text("movedOut"));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String channel : channelIds()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String stage : stageIds()) {
                Cell cell = new Cell(stage, channel);
                cells.add(Map.of("items", items.getOrDefault(cell, List.of()), "state", STATES[strongest.getOrDefault(cell, 0)],
                        "label", words.cell(cell)));
            }
            String state = axisState(after.channel(channel).isPresent(), before.channel(channel).isPresent());
            rows.add(Map.of("name", words.channelName(channel), "state", state, "tag", state.isEmpty() ? "" : words.text("channel." + state),
                    "cells", cells));
        }
        return rows;
    }

    /** {@code added} or {@code removed} for a stage or channel only one side declares, else nothing. */
    private static String axisState(boolean now, boolean was) {
        return now == was ? "" : now ? "added" : "removed";
    }

    /** Cell states from the weakest to the strongest; a cell shows the strongest of its touchpoints'. */
    private static final String[] STATES = {"", "changed", "moved", "added", "removed"};

    private void item(Map<Cell, List<Map<String, Object>>> items, Map<Cell, Integer> strongest, Cell cell, Touchpoint touchpoint,
            String state, String label) {
        items.computeIfAbsent(cell, c -> new ArrayList<>()).add(Map.of("name", words.name(touchpoint.name(), touchpoint.id()),
                "state", state, "label", label));
        int rank = List.of(STATES).indexOf(state.equals("moved-out") ? "moved" : state);
        strongest.merge(cell, Math.max(rank, 0), Math::max);
    }

    private Map<String, Object> element(ElementChange change) {
        String name = words.named(change, PLAIN, "");
        List<String> lines = new ArrayList<>();
        String text;
        if (change.section() == Section.COMPETITOR && !(change instanceof ElementChange.Changed)) {
            boolean added = change instanceof ElementChange.Added;
            text = (added ? SYMBOLS.added : SYMBOLS.removed) + " "
                    + words.text(added ? "element.addedCompetitor" : "element.removedCompetitor", name);
            TouchpointMap map = added ? after : before;
            map.competitors().stream().filter(c -> change.id().equals(c.id())).findFirst().ifPresent(competitor -> lines.addAll(
                    words.competitor(competitor, map, Consequences.gapsOf(map.competitorGaps(), competitor.id()), added, PLAIN)));
        } else if (change instanceof ElementChange.Added added) {
            text = SYMBOLS.added + " " + words.text("element.added", name, added.position());
        } else if (change instanceof ElementChange.Removed removed) {
            text = SYMBOLS.removed + " " + words.text("element.removed", name, removed.position());
        } else if (change instanceof ElementChange.Moved moved) {
            text = SYMBOLS.moved + " " + words.text("element.moved", name, moved.from(), moved.to());
        } else {
            text = SYMBOLS.changed + " " + words.text("element.changed", name);
            ((ElementChange.Changed) change).fields().forEach(f -> lines.add(words.field(f, PLAIN)));
        }
        return Map.of("text", text, "lines", lines);
    }

    private Map<String, Object> touchpoint(TouchpointChange change) {
        Touchpoint touchpoint = change.touchpoint();
        List<Map<String, Object>> lines = new ArrayList<>();
        String kind;
        if (change instanceof TouchpointChange.Added) {
            kind = SYMBOLS.added + " " + words.text("touchpoint.added");
            line(lines, words.labelled(words.labels().get("common.cell"), words.cell(touchpoint.cell())));
            touchpoint.kpis().forEach(k -> lines.add(kpi(new KpiChange.Added(k))));
        } else if (change instanceof TouchpointChange.Removed) {
            kind = SYMBOLS.removed + " " + words.text("touchpoint.removed");
            line(lines, words.labelled(words.labels().get("common.cell"), words.cell(touchpoint.cell())));
            touchpoint.kpis().forEach(k -> lines.add(kpi(new KpiChange.Removed(k))));
        } else {
            TouchpointChange.Changed changed = (TouchpointChange.Changed) change;
            kind = changed.moved() ? SYMBOLS.moved + " " + words.text("touchpoint.moved") : SYMBOLS.changed + " " + words.text("touchpoint.changed");
            if (changed.moved()) {
                line(lines, words.labelled(words.text("touchpoint.moved"), words.cell(changed.from()) + " → " + words.cell(changed.to())));
            }
            changed.fields().forEach(f -> line(lines, words.field(f, PLAIN)));
            changed.kpis().forEach(k -> lines.add(kpi(k)));
        }
        String name = words.name(touchpoint.name(), touchpoint.id());
        return Map.of("summary", words.labelled(kind, name + " (" + touchpoint.id() + ")"), "lines", lines);
    }

    private static void line(List<Map<String, Object>> lines, String text) {
        lines.add(Map.of("text", text, "sub", List.of()));
    }

    private Map<String, Object> kpi(KpiChange change) {
        String name = words.labels().get("common.kpi") + " " + words.name(change.name(), change.id()) + " (" + change.id() + ")";
        List<String> sub = new ArrayList<>();
        String text;
        if (change instanceof KpiChange.Added added) {
            Kpi kpi = added.kpi();
            String target = kpi.target() == null ? words.text("kpi.noTarget")
                    : words.text("kpi.target", words.number(kpi.target()) + (kpi.unit() == null ? "" : " " + kpi.unit()));
            text = SYMBOLS.added + " " + words.text("kpi.added", name, words.statusChange(added.status(), SYMBOLS) + target);
        } else if (change instanceof KpiChange.Removed removed) {
            text = SYMBOLS.removed + " " + words.text("kpi.removed", name, words.statusChange(removed.status(), SYMBOLS));
        } else if (change instanceof KpiChange.WentStale stale) {
            text = "\u23F0 " + words.wentStale(name, stale);
        } else {
            KpiChange.Changed changed = (KpiChange.Changed) change;
            text = words.labelled(name, words.statusChange(changed.status(), SYMBOLS));
            changed.fields().forEach(f -> sub.add(words.field(f, PLAIN) + words.ambition(f, changed)));
            changed.thresholdStatus().ifPresent(status -> sub.add(words.thresholdStatus(status, changed.after(), PLAIN, SYMBOLS)));
            changed.observations().forEach(o -> sub.add(words.observation(o, changed.after(), PLAIN)));
        }
        return Map.of("text", text, "sub", sub);
    }
}
