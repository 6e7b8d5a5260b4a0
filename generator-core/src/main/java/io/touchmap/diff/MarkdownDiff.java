package io.touchmap.diff;

import io.touchmap.internal.text.MarkdownText;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.LoadResult;
import io.touchmap.internal.text.Labels;
import io.touchmap.model.Cell;
import io.touchmap.model.Kpi;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a diff as GitHub-flavoured Markdown for a pull-request comment: a headline, a table of the affected cells,
 * the changes to stages, channels and the rest, then one collapsible section per touchpoint. It stays under
 * GitHub's comment limit by leaving out what does not fit and saying how much.
 */
public final class MarkdownDiff {

    /** GitHub refuses comments longer than this many characters. */
    public static final int COMMENT_LIMIT = 65_536;

    /** Room kept for the closing note that says what was left out. */
    private static final int RESERVE = 600;

    /** How many touchpoints a cell of the table lists before "… and N more". */
    private static final int MAX_CELL_ENTRIES = 10;

    /** How many diagnostics of a map that does not validate are listed. */
    private static final int MAX_DIAGNOSTICS = 10;

    /** The first line of every diff comment, so that a workflow can find and update its earlier comment. */
    public static final String MARKER = "<!-- touchmap-diff -->";

    private final DiffReport report;
    private final MapDiff diff;
    private final TouchpointMap before;
    private final TouchpointMap after;
    private final DiffText words;
    private final Consequences consequences;

    private MarkdownDiff(DiffReport report) {
        this.report = report;
        this.diff = report.diff();
        this.before = diff.before();
        this.after = diff.after();
        this.words = new DiffText(DiffText.labelsOf(report), before, after);
        this.consequences = report.consequences();
    }

    /**
     * The Markdown of {@code report}, shorter than {@link #COMMENT_LIMIT} characters, in the current map's language
     * (else the baseline's, else English).
     */
    public static String render(DiffReport report) {
        return new MarkdownDiff(report).render();
    }

    /**
     * The Markdown of {@code comparison}: for single maps, that of its report; for a collection, one comment with the
     * maps added and removed, then a section for each map that changed or does not validate, all of it shorter than
     * {@link #COMMENT_LIMIT} characters.
     */
    static String render(Comparison comparison) {
        if (!comparison.collection()) {
            return render(comparison.reports().get(0));
        }
        Labels labels = comparison.labels();
        StringBuilder out = new StringBuilder();
        out.append(MARKER).append("\n## ").append(labels.format("diff.title")).append("\n\n");
        out.append("**").append(comparison.headline(labels)).append("**\n\n");
        out.append(labels.format("diff.comparedWith", MarkdownText.code(comparison.baselineLabel()))).append("\n\n");
        for (LoadResult added : comparison.added()) {
            out.append("- ➕ ").append(labels.format("diff.maps.addedMap", mapName(added, comparison))).append('\n');
        }
        for (LoadResult removed : comparison.removed()) {
            out.append("- ➖ ").append(labels.format("diff.maps.removedMap", mapName(removed, comparison))).append('\n');
        }
        if (!comparison.added().isEmpty() || !comparison.removed().isEmpty()) {
            out.append('\n');
        }
        for (DiffReport report : comparison.reports()) {
            if (!report.diff().isEmpty() || report.baseline().hasErrors() || report.current().hasErrors()) {
                MarkdownDiff map = new MarkdownDiff(report);
                out.append("## ").append(map.words.text("page", map.title())).append("\n\n");
                map.body(out);
            }
        }
        return out.toString();
    }

    /** A map of a collection as a list names it: its title and, in code, its folder. */
    private static String mapName(LoadResult result, Comparison comparison) {
        String title = result.map().info().title();
        String path = MarkdownText.code(io.touchmap.model.Location.displayPath(result.directory(), comparison.base()));
        return title == null ? path : MarkdownText.inline(title) + " (" + path + ")";
    }

    /** The map's title, from the current map, else the baseline, else the word for an untitled map. */
    private String title() {
        String title = after.info().title() != null ? after.info().title() : before.info().title();
        return title == null ? words.text("untitled") : MarkdownText.inline(title);
    }

    private String render() {
        StringBuilder out = new StringBuilder();
        out.append(MARKER).append("\n## ").append(words.text("title")).append("\n\n");
        body(out);
        return out.toString();
    }

    /** Everything after the title: the headline, the problems, the cells, the sections, the touchpoints. */
    private void body(StringBuilder out) {
        out.append("**").append(diff.headline(words.labels())).append("**\n\n");
        out.append(words.text("comparedWith", MarkdownText.code(report.baseline().label()))).append("\n\n");
        problems(out, "baselineInvalid", report.baseline().result());
        problems(out, "currentInvalid", report.current());
        int omitted = 0;
        if (!diff.isEmpty()) {
            String header = "| " + label("common.stage") + " | " + label("common.channel") + " | "
                    + label("common.touchpoints") + " |\n| --- | --- | --- |\n";
            omitted += appendGroup(out, header, cellRows());
            omitted += appendGroup(out, "### " + words.text("consequences.title") + "\n\n", words.consequences(consequences,
                    MarkdownText::inline, "**", DiffText.Symbols.EMOJI, report.base()).stream().map(line -> "- " + line + "\n").toList());
            String journey = DiffJourney.markdown(diff, words);
            if (!journey.isEmpty()) {
                omitted += appendGroup(out, "### " + words.text("journey.title") + "\n\n", List.of(journey));
            }
            for (Section section : Section.values()) {
                omitted += appendGroup(out, "### " + words.title(section) + "\n\n",
                        diff.elements(section).stream().map(this::element).toList());
            }
            omitted += appendGroup(out, "### " + label("common.touchpoints") + "\n\n",
                    diff.touchpoints().stream().map(this::details).toList());
        }
        if (omitted > 0) {
            out.append('_').append(words.text("shortened", omitted)).append("_\n");
        }
    }

    /**
     * Appends a heading with as many of its entries as fit, then a blank line; returns how many entries were left
     * out. The heading only comes with at least its first entry, so no table or section is ever left empty.
     */
    private static int appendGroup(StringBuilder out, String heading, List<String> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < entries.size(); i++) {
            String block = i == 0 ? heading + entries.get(0) : entries.get(i);
            if (out.length() + block.length() > COMMENT_LIMIT - RESERVE) {
                if (i > 0 && !block.startsWith("<details>")) {
                    out.append('\n');
                }
                return entries.size() - i;
            }
            out.append(block);
        }
        if (!entries.get(entries.size() - 1).startsWith("<details>")) {
            out.append('\n');
        }
        return 0;
    }

    /** A label the site shares; labels are the project's own text, so they go into the Markdown unescaped. */
    private String label(String key) {
        return words.labels().get(key);
    }

    private void problems(StringBuilder out, String key, LoadResult result) {
        if (!result.hasErrors()) {
            return;
        }
        long errors = result.errors().size();
        String summary = words.text("summary", errors, result.diagnostics().size() - errors);
        out.append("> [!WARNING]\n> ").append(words.text(key, summary)).append('\n');
        List<Diagnostic> diagnostics = result.diagnostics();
        for (Diagnostic diagnostic : diagnostics.subList(0, Math.min(MAX_DIAGNOSTICS, diagnostics.size()))) {
            out.append("> - ").append(MarkdownText.inline(diagnostic.format(report.base()))).append('\n');
        }
        if (diagnostics.size() > MAX_DIAGNOSTICS) {
            out.append("> - ").append(words.text("more", diagnostics.size() - MAX_DIAGNOSTICS)).append('\n');
        }
        out.append('\n');
    }

    /** One table row per affected cell, in the map's column then row order. */
    private List<String> cellRows() {
        Map<Cell, List<String>> cells = new LinkedHashMap<>();
        for (TouchpointChange change : diff.touchpoints()) {
            String name = MarkdownText.inline(words.name(change.touchpoint().name(), change.id()));
            if (change instanceof TouchpointChange.Added added) {
                entry(cells, added.touchpoint().cell(), "➕ " + name + tag("added"));
            } else if (change instanceof TouchpointChange.Removed removed) {
                entry(cells, removed.touchpoint().cell(), "➖ " + name + tag("removed"));
            } else if (change instanceof TouchpointChange.Changed changed && changed.moved()) {
                entry(cells, changed.from(), "🔀 " + name + tag("movedOut"));
                entry(cells, changed.to(), "🔀 " + name + tag(isOnlyMove(changed) ? "movedIn" : "movedInChanged"));
            } else {
                entry(cells, change.touchpoint().cell(), "✏️ " + name + tag("changed"));
            }
        }
        CellOrder order = new CellOrder(before, after);
        return cells.entrySet().stream()
                .sorted((a, b) -> order.compare(a.getKey(), b.getKey()))
                .map(e -> "| " + MarkdownText.inline(words.stageName(e.getKey().stage())) + " | "
                        + MarkdownText.inline(words.channelName(e.getKey().channel())) + " | "
                        + entries(e.getValue()) + " |\n")
                .toList();
    }

    /** {@code  (added)}: what happened to a touchpoint in a cell, after its name. */
    private String tag(String key) {
        return " (" + words.text(key) + ")";
    }

    /** The entries of one cell, at most {@link #MAX_CELL_ENTRIES}, so that one busy cell cannot fill the comment. */
    private String entries(List<String> entries) {
        if (entries.size() <= MAX_CELL_ENTRIES) {
            return String.join("<br>", entries);
        }
        return String.join("<br>", entries.subList(0, MAX_CELL_ENTRIES)) + "<br>"
                + words.text("more", entries.size() - MAX_CELL_ENTRIES);
    }

    private static boolean isOnlyMove(TouchpointChange.Changed changed) {
        return changed.fields().isEmpty() && changed.kpis().isEmpty();
    }

    private static void entry(Map<Cell, List<String>> cells, Cell cell, String text) {
        cells.computeIfAbsent(cell, c -> new ArrayList<>()).add(text);
    }

    private String element(ElementChange change) {
        String name = words.named(change, MarkdownText::inline, "**");
        if (change.section() == Section.COMPETITOR && !(change instanceof ElementChange.Changed)) {
            boolean added = change instanceof ElementChange.Added;
            StringBuilder text = new StringBuilder(added ? "- ➕ " : "- ➖ ")
                    .append(words.text(added ? "element.addedCompetitor" : "element.removedCompetitor", name)).append('\n');
            TouchpointMap map = added ? after : before;
            map.competitors().stream().filter(c -> change.id().equals(c.id())).findFirst().ifPresent(competitor ->
                    words.competitor(competitor, map, Consequences.gapsOf(map.competitorGaps(), competitor.id()), added, MarkdownText::inline)
                            .forEach(line -> text.append("  - ").append(line).append('\n')));
            return text.toString();
        }
        if (change instanceof ElementChange.Added added) {
            return "- ➕ " + words.text("element.added", name, added.position()) + "\n";
        }
        if (change instanceof ElementChange.Removed removed) {
            return "- ➖ " + words.text("element.removed", name, removed.position()) + "\n";
        }
        if (change instanceof ElementChange.Moved moved) {
            return "- 🔀 " + words.text("element.moved", name, moved.from(), moved.to()) + "\n";
        }
        StringBuilder text = new StringBuilder("- ✏️ ").append(words.text("element.changed", name)).append('\n');
        ((ElementChange.Changed) change).fields().forEach(f -> text.append("  - ").append(field(f)).append('\n'));
        return text.toString();
    }

    /** A collapsible section with everything that changed on one touchpoint. */
    private String details(TouchpointChange change) {
        Touchpoint touchpoint = change.touchpoint();
        String name = "<b>" + MarkdownText.html(words.name(touchpoint.name(), touchpoint.id())) + "</b> ("
                + MarkdownText.html(String.valueOf(touchpoint.id())) + ")";
        StringBuilder text = new StringBuilder("<details>\n<summary>");
        List<String> lines = new ArrayList<>();
        if (change instanceof TouchpointChange.Added) {
            text.append("➕ ").append(words.labelled(words.text("touchpoint.added"), name));
            lines.add(words.labelled(label("common.cell"), MarkdownText.inline(words.cell(touchpoint.cell()))));
            lines.add(words.labelled(label("common.status"), MarkdownText.inline(words.inSentence(words.labels().of(touchpoint.status()))))
                    + (touchpoint.owner() == null ? "" : " · " + words.labelled(label("common.owner"), MarkdownText.inline(touchpoint.owner()))));
            touchpoint.kpis().forEach(k -> lines.add(kpi(new KpiChange.Added(k))));
        } else if (change instanceof TouchpointChange.Removed) {
            text.append("➖ ").append(words.labelled(words.text("touchpoint.removed"), name));
            lines.add(words.labelled(label("common.cell"), MarkdownText.inline(words.cell(touchpoint.cell()))));
            touchpoint.kpis().forEach(k -> lines.add(kpi(new KpiChange.Removed(k))));
        } else {
            TouchpointChange.Changed changed = (TouchpointChange.Changed) change;
            text.append(changed.moved() ? "🔀 " + words.labelled(words.text("touchpoint.moved"), name)
                    : "✏️ " + words.labelled(words.text("touchpoint.changed"), name));
            if (changed.moved()) {
                lines.add("🔀 " + words.labelled(words.text("touchpoint.moved"), MarkdownText.inline(words.cell(changed.from())) + " → "
                        + MarkdownText.inline(words.cell(changed.to()))));
            }
            changed.fields().forEach(f -> lines.add(field(f)));
            changed.kpis().forEach(k -> lines.add(kpi(k)));
        }
        text.append("</summary>\n\n");
        lines.forEach(line -> text.append("- ").append(line).append('\n'));
        return text.append("\n</details>\n\n").toString();
    }

    /** {@code KPI **Wait time** (wait): ⚠️ warning → ✅ on target (▲ better)}, then its changes as sub-items. */
    private String kpi(KpiChange change) {
        String name = label("common.kpi") + " **" + MarkdownText.inline(words.name(change.name(), change.id())) + "** ("
                + MarkdownText.inline(String.valueOf(change.id())) + ")";
        StringBuilder text = new StringBuilder();
        if (change instanceof KpiChange.Added added) {
            text.append("➕ ").append(words.text("kpi.added", name, words.statusChange(added.status(), DiffText.Symbols.EMOJI) + target(added.kpi())));
        } else if (change instanceof KpiChange.Removed removed) {
            text.append("➖ ").append(words.text("kpi.removed", name, words.statusChange(removed.status(), DiffText.Symbols.EMOJI)));
        } else if (change instanceof KpiChange.WentStale stale) {
            text.append("⏰ ").append(words.wentStale(name, stale));
        } else {
            KpiChange.Changed changed = (KpiChange.Changed) change;
            text.append(words.labelled(name, words.statusChange(changed.status(), DiffText.Symbols.EMOJI)));
            changed.fields().forEach(f -> text.append("\n  - ").append(field(f)).append(words.ambition(f, changed)));
            changed.thresholdStatus().ifPresent(status -> text.append("\n  - ")
                    .append(words.thresholdStatus(status, changed.after(), MarkdownText::inline, DiffText.Symbols.EMOJI)));
            for (KpiChange.ObservationChange observation : changed.observations()) {
                text.append("\n  - ").append(observation(observation, changed.after()));
            }
        }
        return text.toString();
    }

    private String target(Kpi kpi) {
        if (kpi.target() == null) {
            return words.text("kpi.noTarget");
        }
        return words.text("kpi.target", words.number(kpi.target()) + unit(kpi));
    }

    private static String unit(Kpi kpi) {
        return kpi.unit() == null ? "" : " " + MarkdownText.inline(kpi.unit());
    }

    private String observation(KpiChange.ObservationChange change, Kpi kpi) {
        return words.observation(change, kpi, MarkdownText::inline);
    }

    private String field(FieldChange change) {
        return words.field(change, MarkdownText::inline);
    }
}
