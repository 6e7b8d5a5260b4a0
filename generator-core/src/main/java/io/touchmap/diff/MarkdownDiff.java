package io.touchmap.diff;

import io.touchmap.Diagnostic;
import io.touchmap.LoadResult;
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

    private MarkdownDiff(DiffReport report) {
        this.report = report;
        this.diff = report.diff();
        this.before = diff.before();
        this.after = diff.after();
    }

    /** The Markdown of {@code report}, shorter than {@link #COMMENT_LIMIT} characters. */
    public static String render(DiffReport report) {
        return new MarkdownDiff(report).render();
    }

    private String render() {
        StringBuilder out = new StringBuilder();
        out.append(MARKER).append("\n## Touchpoint map changes\n\n");
        out.append("**").append(diff.headline()).append("**\n\n");
        out.append("Compared with ").append(MarkdownText.code(report.baseline().label())).append(".\n\n");
        problems(out, "The baseline", report.baseline().result());
        problems(out, "The current map", report.current());
        int omitted = 0;
        if (!diff.isEmpty()) {
            omitted += appendGroup(out, "| Stage | Channel | Touchpoints |\n| --- | --- | --- |\n", cellRows());
            for (Section section : Section.values()) {
                omitted += appendGroup(out, "### " + section.title() + "\n\n", diff.elements(section).stream().map(this::element).toList());
            }
            omitted += appendGroup(out, "### Touchpoints\n\n", diff.touchpoints().stream().map(this::details).toList());
        }
        if (omitted > 0) {
            out.append("_This comment is shortened: ").append(omitted).append(omitted == 1 ? " entry is" : " entries are")
                    .append(" left out. diff.html and diff.json have every change._\n");
        }
        return out.toString();
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

    private void problems(StringBuilder out, String what, LoadResult result) {
        if (!result.hasErrors()) {
            return;
        }
        out.append("> [!WARNING]\n> ").append(what).append(" does not validate (").append(result.summary())
                .append("): the diff shows what could be read.\n");
        List<Diagnostic> diagnostics = result.diagnostics();
        for (Diagnostic diagnostic : diagnostics.subList(0, Math.min(MAX_DIAGNOSTICS, diagnostics.size()))) {
            out.append("> - ").append(MarkdownText.inline(diagnostic.format(report.base()))).append('\n');
        }
        if (diagnostics.size() > MAX_DIAGNOSTICS) {
            out.append("> - … and ").append(diagnostics.size() - MAX_DIAGNOSTICS).append(" more\n");
        }
        out.append('\n');
    }

    /** One table row per affected cell, in the map's column then row order. */
    private List<String> cellRows() {
        Map<Cell, List<String>> cells = new LinkedHashMap<>();
        for (TouchpointChange change : diff.touchpoints()) {
            String name = MarkdownText.inline(DiffText.name(change.touchpoint().name(), change.id()));
            if (change instanceof TouchpointChange.Added added) {
                entry(cells, added.touchpoint().cell(), "➕ " + name + " (added)");
            } else if (change instanceof TouchpointChange.Removed removed) {
                entry(cells, removed.touchpoint().cell(), "➖ " + name + " (removed)");
            } else if (change instanceof TouchpointChange.Changed changed && changed.moved()) {
                entry(cells, changed.from(), "🔀 " + name + " (moved out)");
                entry(cells, changed.to(), "🔀 " + name + " (moved in" + (isOnlyMove(changed) ? ")" : ", changed)"));
            } else {
                entry(cells, change.touchpoint().cell(), "✏️ " + name + " (changed)");
            }
        }
        CellOrder order = new CellOrder(before, after);
        return cells.entrySet().stream()
                .sorted((a, b) -> order.compare(a.getKey(), b.getKey()))
                .map(e -> "| " + MarkdownText.inline(DiffText.stageName(e.getKey().stage(), after, before)) + " | "
                        + MarkdownText.inline(DiffText.channelName(e.getKey().channel(), after, before)) + " | "
                        + entries(e.getValue()) + " |\n")
                .toList();
    }

    /** The entries of one cell, at most {@link #MAX_CELL_ENTRIES}, so that one busy cell cannot fill the comment. */
    private static String entries(List<String> entries) {
        if (entries.size() <= MAX_CELL_ENTRIES) {
            return String.join("<br>", entries);
        }
        return String.join("<br>", entries.subList(0, MAX_CELL_ENTRIES)) + "<br>… and " + (entries.size() - MAX_CELL_ENTRIES) + " more";
    }

    private static boolean isOnlyMove(TouchpointChange.Changed changed) {
        return changed.fields().isEmpty() && changed.kpis().isEmpty();
    }

    private static void entry(Map<Cell, List<String>> cells, Cell cell, String text) {
        cells.computeIfAbsent(cell, c -> new ArrayList<>()).add(text);
    }

    private String element(ElementChange change) {
        String name = DiffText.named(change.name(), change.id(), MarkdownText::inline, "**");
        if (change instanceof ElementChange.Added added) {
            return "- ➕ Added " + name + " at position " + added.position() + "\n";
        }
        if (change instanceof ElementChange.Removed removed) {
            return "- ➖ Removed " + name + ", was at position " + removed.position() + "\n";
        }
        if (change instanceof ElementChange.Moved moved) {
            return "- 🔀 Moved " + name + " from position " + moved.from() + " to " + moved.to() + "\n";
        }
        StringBuilder text = new StringBuilder("- ✏️ Changed ").append(name).append('\n');
        ((ElementChange.Changed) change).fields().forEach(f -> text.append("  - ").append(field(f)).append('\n'));
        return text.toString();
    }

    /** A collapsible section with everything that changed on one touchpoint. */
    private String details(TouchpointChange change) {
        Touchpoint touchpoint = change.touchpoint();
        String name = "<b>" + MarkdownText.html(DiffText.name(touchpoint.name(), touchpoint.id())) + "</b> ("
                + MarkdownText.html(String.valueOf(touchpoint.id())) + ")";
        StringBuilder text = new StringBuilder("<details>\n<summary>");
        List<String> lines = new ArrayList<>();
        if (change instanceof TouchpointChange.Added) {
            text.append("➕ Added: ").append(name);
            lines.add("Cell: " + MarkdownText.inline(DiffText.cell(touchpoint.cell(), after, before)));
            lines.add("Status: " + MarkdownText.inline(String.valueOf(touchpoint.status().keyword()))
                    + (touchpoint.owner() == null ? "" : " · Owner: " + MarkdownText.inline(touchpoint.owner())));
            touchpoint.kpis().forEach(k -> lines.add(kpi(new KpiChange.Added(k))));
        } else if (change instanceof TouchpointChange.Removed) {
            text.append("➖ Removed: ").append(name);
            lines.add("Cell: " + MarkdownText.inline(DiffText.cell(touchpoint.cell(), after, before)));
            touchpoint.kpis().forEach(k -> lines.add(kpi(new KpiChange.Removed(k))));
        } else {
            TouchpointChange.Changed changed = (TouchpointChange.Changed) change;
            text.append(changed.moved() ? "🔀 Moved: " : "✏️ Changed: ").append(name);
            if (changed.moved()) {
                lines.add("🔀 Moved: " + MarkdownText.inline(DiffText.cell(changed.from(), after, before)) + " → "
                        + MarkdownText.inline(DiffText.cell(changed.to(), after, before)));
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
        String name = "KPI **" + MarkdownText.inline(DiffText.name(change.name(), change.id())) + "** ("
                + MarkdownText.inline(String.valueOf(change.id())) + ")";
        StringBuilder text = new StringBuilder();
        if (change instanceof KpiChange.Added added) {
            text.append("➕ ").append(name).append(" added: ").append(DiffText.statusChange(added.status(), DiffText.Symbols.EMOJI)).append(target(added.kpi()));
        } else if (change instanceof KpiChange.Removed removed) {
            text.append("➖ ").append(name).append(" removed, ").append(DiffText.statusChange(removed.status(), DiffText.Symbols.EMOJI));
        } else {
            KpiChange.Changed changed = (KpiChange.Changed) change;
            text.append(name).append(": ").append(DiffText.statusChange(changed.status(), DiffText.Symbols.EMOJI));
            changed.fields().forEach(f -> text.append("\n  - ").append(field(f)));
            for (KpiChange.ObservationChange observation : changed.observations()) {
                text.append("\n  - ").append(observation(observation, changed.after()));
            }
        }
        return text.toString();
    }

    private static String target(Kpi kpi) {
        if (kpi.target() == null) {
            return ", no target";
        }
        return ", target " + MapComparer.number(kpi.target()) + unit(kpi);
    }

    private static String unit(Kpi kpi) {
        return kpi.unit() == null ? "" : " " + MarkdownText.inline(kpi.unit());
    }

    private static String observation(KpiChange.ObservationChange change, Kpi kpi) {
        return DiffText.observation(change, kpi, MarkdownText::inline);
    }

    static String field(FieldChange change) {
        return DiffText.field(change, MarkdownText::inline);
    }
}
