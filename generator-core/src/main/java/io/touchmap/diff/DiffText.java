package io.touchmap.diff;

import io.touchmap.model.Cell;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.Kpi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The words every diff format shares: field labels, KPI statuses with their symbols, names of cells. */
final class DiffText {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name"),
            Map.entry("owner", "Owner"),
            Map.entry("status", "Status"),
            Map.entry("description", "Description"),
            Map.entry("personas", "Personas"),
            Map.entry("elements.product", "Product"),
            Map.entry("elements.interactions", "Interactions"),
            Map.entry("elements.communication", "Communication"),
            Map.entry("elements.emotions.score", "Emotion score"),
            Map.entry("elements.emotions.perceptions", "Perceptions"),
            Map.entry("painPoints", "Pain points"),
            Map.entry("opportunities", "Opportunities"),
            Map.entry("value.price", "Value delivered: price"),
            Map.entry("value.service", "Value delivered: service"),
            Map.entry("value.personalization", "Value delivered: personalization"),
            Map.entry("value.proximity", "Value delivered: proximity"),
            Map.entry("kind", "Kind"),
            Map.entry("unit", "Unit"),
            Map.entry("direction", "Direction"),
            Map.entry("target", "Target"),
            Map.entry("warning", "Warning threshold"),
            Map.entry("source", "Source"),
            Map.entry("data", "Data file"),
            Map.entry("phase", "Phase"),
            Map.entry("type", "Type"),
            Map.entry("group", "Group"),
            Map.entry("statement", "Statement"),
            Map.entry("score", "Score"),
            Map.entry("id", "Id"),
            Map.entry("title", "Title"),
            Map.entry("organisation", "Organisation"),
            Map.entry("locale", "Locale"),
            Map.entry("owners", "Owners"),
            Map.entry("date", "Date"));

    private DiffText() {
    }

    /** The label of a field path, such as "Pain points" for {@code painPoints}. */
    static String label(String field) {
        String known = LABELS.get(field);
        if (known != null) {
            return known;
        }
        if (field.startsWith("importance.")) {
            return "Importance at " + field.substring("importance.".length());
        }
        if (field.startsWith("valueProposition.")) {
            return "Score for " + field.substring("valueProposition.".length());
        }
        if (field.startsWith("presence.")) {
            return "Presence in " + field.substring("presence.".length()).replace(".", " × ");
        }
        return field;
    }

    /**
     * The symbols that mark changes and statuses beside their words: emoji where GitHub draws them, plain Unicode
     * symbols that common fonts have for a page that may be opened anywhere.
     */
    enum Symbols {
        EMOJI("➕", "➖", "🔀", "✏️", "✅", "⚠️", "❌", "⚪"),
        TEXT("+", "−", "⇄", "✎", "✓", "⚠", "✗", "○");

        final String added;
        final String removed;
        final String moved;
        final String changed;
        private final String[] statuses;

        Symbols(String added, String removed, String moved, String changed, String... statuses) {
            this.added = added;
            this.removed = removed;
            this.moved = moved;
            this.changed = changed;
            this.statuses = statuses;
        }

        /** The symbol of a KPI status. */
        String of(KpiStatus status) {
            return statuses[status.ordinal()];
        }
    }

    /** A status in words with a symbol, so that it never relies on colour: {@code ✅ on target}. */
    static String status(KpiStatus status, Symbols symbols) {
        return symbols.of(status) + " " + words(status);
    }

    static String words(KpiStatus status) {
        return status.keyword().replace('-', ' ');
    }

    /** {@code ⚠️ warning → ✅ on target (▲ better)}, or the status alone when it did not change. */
    static String statusChange(KpiChange.StatusChange change, Symbols symbols) {
        if (change.before() == null) {
            return status(change.after(), symbols);
        }
        if (change.after() == null) {
            return "was " + status(change.before(), symbols);
        }
        if (!change.changed()) {
            return status(change.after(), symbols) + " (unchanged)";
        }
        String trend = change.better() ? " (▲ better)" : change.worse() ? " (▼ worse)" : "";
        return status(change.before(), symbols) + " → " + status(change.after(), symbols) + trend;
    }

    /** The stage's display name, from the current map or else the baseline, or else the id. */
    static String stageName(String id, TouchpointMap after, TouchpointMap before) {
        if (id == null) {
            return "(no stage)";
        }
        return after.stage(id).or(() -> before.stage(id)).map(s -> s.name() == null ? id : s.name()).orElse(id);
    }

    static String channelName(String id, TouchpointMap after, TouchpointMap before) {
        if (id == null) {
            return "(no channel)";
        }
        return after.channel(id).or(() -> before.channel(id)).map(c -> c.name() == null ? id : c.name()).orElse(id);
    }

    /** {@code Purchase × Website}. */
    static String cell(Cell cell, TouchpointMap after, TouchpointMap before) {
        return stageName(cell.stage(), after, before) + " × " + channelName(cell.channel(), after, before);
    }

    /** {@code Name (id)}, or the id alone when the element has no other name. */
    static String named(String name, String id, UnaryOperator<String> escape, String strong) {
        String shown = strong + escape.apply(name(name, id)) + strong;
        return name == null || name.equals(id) || id == null ? shown : shown + " (" + escape.apply(id) + ")";
    }

    /** A display name, or the id when the element has none. */
    static String name(String name, String id) {
        return name != null ? name : id != null ? id : "(unnamed)";
    }

    /** {@code Owner: a → b}; for lists {@code Pain points: added “x”; removed “y”}; values passed through {@code escape}. */
    static String field(FieldChange change, UnaryOperator<String> escape) {
        String label = label(change.field());
        if (change instanceof FieldChange.Value value) {
            return label + ": " + value(value.before(), escape) + " → " + value(value.after(), escape);
        }
        FieldChange.Items items = (FieldChange.Items) change;
        if (items.onlyReordered()) {
            return label + ": reordered";
        }
        List<String> parts = new ArrayList<>();
        if (!items.added().isEmpty()) {
            parts.add("added " + quoted(items.added(), escape));
        }
        if (!items.removed().isEmpty()) {
            parts.add("removed " + quoted(items.removed(), escape));
        }
        return label + ": " + String.join("; ", parts);
    }

    /** {@code New value for 2026-03: 4.2 min}, or the value's removal or revision. */
    static String observation(KpiChange.ObservationChange change, Kpi kpi, UnaryOperator<String> escape) {
        String period = escape.apply(change.period());
        String unit = kpi.unit() == null ? "" : " " + escape.apply(kpi.unit());
        if (change.before() == null) {
            return "New value for " + period + ": " + MapComparer.number(change.after()) + unit;
        }
        if (change.after() == null) {
            return "Value for " + period + " removed (was " + MapComparer.number(change.before()) + unit + ")";
        }
        return "Value for " + period + " revised: " + MapComparer.number(change.before()) + " → " + MapComparer.number(change.after()) + unit;
    }

    private static String value(String value, UnaryOperator<String> escape) {
        return value == null ? "(none)" : escape.apply(value);
    }

    private static String quoted(List<String> items, UnaryOperator<String> escape) {
        return String.join(", ", items.stream().map(i -> "“" + escape.apply(i) + "”").toList());
    }
}
