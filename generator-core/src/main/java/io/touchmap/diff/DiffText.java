package io.touchmap.diff;

import io.touchmap.internal.fields.ElementKind;
import io.touchmap.internal.fields.Field;
import io.touchmap.internal.fields.FieldCatalogue;
import io.touchmap.internal.fields.ValueKind;
import io.touchmap.model.Cell;
import io.touchmap.model.Keyword;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Named;
import io.touchmap.model.TouchpointMap;
import io.touchmap.internal.text.Labels;
import io.touchmap.model.ChannelType;
import io.touchmap.model.Competitor;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.Direction;
import io.touchmap.model.Presence;
import io.touchmap.model.ValueComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words every diff format shares, in the language of the report: field labels, KPI statuses with their symbols,
 * names of cells. Every word comes from the {@code diff.*} labels or from the labels the site and the PDF use; a
 * field's label is the one its {@link FieldCatalogue} entry names.
 */
final class DiffText {

    /** Every field the comparer names, by its path in the diff, such as {@code owner} or {@code elements.product}. */
    private static final Map<String, Field<?>> FIELDS = fieldsByPath();

    /** A presence as the comparer writes it: {@code present} or {@code rating 4}, then maybe {@code : note}. */
    private static final Pattern PRESENCE = Pattern.compile("(present|rating (\\S+))(: .*)?", Pattern.DOTALL);

    private final Labels labels;
    private final TouchpointMap before;
    private final TouchpointMap after;
    private final char decimalSeparator;

    DiffText(Labels labels, TouchpointMap before, TouchpointMap after) {
        this.labels = labels;
        this.before = before;
        this.after = after;
        this.decimalSeparator = DecimalFormatSymbols.getInstance(labels.locale()).getDecimalSeparator();
    }

    /**
     * The language of a diff: the one the current map writes, else the one the baseline writes, else English. A map
     * that leaves out {@code locale} reads as English, so "writes" is told by the position the loader kept.
     */
    static Labels labelsOf(DiffReport report) {
        if (report.language() != null) {
            return Labels.forLanguage(report.language());
        }
        String language = written(report.diff().after().info());
        return Labels.forLanguage(language != null ? language : written(report.diff().before().info()));
    }

    private static String written(MapInfo info) {
        return info.origin() != null && info.origin().has("locale") ? info.locale() : null;
    }

    Labels labels() {
        return labels;
    }

    /**
     * The {@code diff.*} label under {@code key}, formatted: every diff label goes through {@code MessageFormat}, so
     * its apostrophes are always written {@code ''}.
     */
    String text(String key, Object... arguments) {
        return labels.format("diff." + key, arguments);
    }

    /** {@code label: value}, with the spacing of the language before the colon. */
    String labelled(String label, String value) {
        return text("labelled", label, value);
    }

    /** The heading of a section in reports, from the labels the site uses for the same parts. */
    String title(Section section) {
        return labels.get(switch (section) {
            case MAP -> "common.map";
            case STAGE -> "common.stages";
            case CHANNEL -> "common.channels";
            case PERSONA -> "common.personas";
            case VALUE_PROPOSITION -> "common.valueProposition";
            case COMPETITOR -> "common.competitors";
        });
    }

    /**
     * The fields of the compared kinds by path, nested elements included ({@code value.price}). A path means the same
     * field in every kind that has it, as the diff's words name a change by its path alone.
     */
    private static Map<String, Field<?>> fieldsByPath() {
        Map<String, Field<?>> byPath = new HashMap<>();
        MapComparer.COMPARED.forEach(kind -> addFields(byPath, "", kind));
        return Map.copyOf(byPath);
    }

    private static void addFields(Map<String, Field<?>> byPath, String prefix, ElementKind<?> kind) {
        for (Field<?> field : kind.fields()) {
            String path = prefix + field.key();
            Field<?> other = byPath.putIfAbsent(path, field);
            if (other != null && (other.kind() != field.kind() || !Objects.equals(other.label(), field.label()))) {
                throw new IllegalStateException("field '" + path + "' is a different field in two kinds");
            }
            if (field.kind() == ValueKind.ELEMENT) {
                addFields(byPath, path + ".", field.element());
            }
        }
    }

    /** The field a change names, and the entry of a field told entry by entry: {@code discovery} of {@code importance.discovery}. */
    private record FieldAt(Field<?> field, String entry) {
    }

    private static FieldAt fieldAt(String path) {
        Field<?> field = FIELDS.get(path);
        if (field != null) {
            return new FieldAt(field, null);
        }
        int dot = path.indexOf('.');
        Field<?> whole = dot < 0 ? null : FIELDS.get(path.substring(0, dot));
        boolean byEntry = whole != null
                && (whole.kind() == ValueKind.SCORES_BY_STAGE || whole.element() == FieldCatalogue.PRESENCE);
        return byEntry ? new FieldAt(whole, path.substring(dot + 1)) : null;
    }

    /** The label of a field path, such as "Pain points" for {@code painPoints}. */
    String label(String path) {
        FieldAt at = fieldAt(path);
        if (at == null || at.field().label() == null) {
            return path;
        }
        Field<?> field = at.field();
        // the diff's own labels are patterns, the site's are plain words
        if (!field.label().startsWith("diff.")) {
            return labels.get(field.label());
        }
        if (field.labelArgument() != null) {
            Keyword keyword = field.labelArgument();
            String type = ((Enum<?>) keyword).getDeclaringClass().getSimpleName();
            return labels.format(field.label(), keywordLabel(type, keyword.keyword()));
        }
        if (at.entry() != null) {
            String entry = field.element() == FieldCatalogue.PRESENCE ? at.entry().replace(".", " × ") : at.entry();
            return labels.format(field.label(), entry);
        }
        return labels.format(field.label());
    }

    /**
     * The symbols that mark changes and statuses beside their words: emoji where GitHub draws them, plain Unicode
     * symbols that common fonts have for a page that may be opened anywhere.
     */
    enum Symbols {
        EMOJI("➕", "➖", "🔀", "✏️", "✅", "⚠️", "❌", "🔷", "⚪"),
        TEXT("+", "−", "⇄", "✎", "✓", "⚠", "✗", "◇", "○");

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
    String status(KpiStatus status, Symbols symbols) {
        return symbols.of(status) + " " + inSentence(labels.of(status));
    }

    /** {@code ⚠️ warning → ✅ on target (▲ better)}, or the status alone when it did not change. */
    String statusChange(KpiChange.StatusChange change, Symbols symbols) {
        if (change.before() == null) {
            return status(change.after(), symbols);
        }
        if (change.after() == null) {
            return text("status.was", status(change.before(), symbols));
        }
        if (!change.changed()) {
            return text("status.unchanged", status(change.after(), symbols));
        }
        String trend = change.better() ? " " + text("status.better") : change.worse() ? " " + text("status.worse") : "";
        return status(change.before(), symbols) + " → " + status(change.after(), symbols) + trend;
    }

    /** The stage's display name, from the current map or else the baseline, or else the id. */
    String stageName(String id) {
        if (id == null) {
            return text("noStage");
        }
        return after.stage(id).or(() -> before.stage(id)).map(Named::displayName).orElse(id);
    }

    String channelName(String id) {
        if (id == null) {
            return text("noChannel");
        }
        return after.channel(id).or(() -> before.channel(id)).map(Named::displayName).orElse(id);
    }

    /** {@code Purchase × Website}. */
    String cell(Cell cell) {
        return stageName(cell.stage()) + " × " + channelName(cell.channel());
    }

    /** {@code Name (id)}, or the id alone when the element has no other name. */
    String named(ElementChange change, UnaryOperator<String> escape, String strong) {
        // The comparer names the statement of the value proposition in words, so the report's language names it.
        String name = change.section() == Section.VALUE_PROPOSITION && "statement".equals(change.id())
                ? title(Section.VALUE_PROPOSITION) : change.name();
        String id = change.id();
        String shown = strong + escape.apply(name(name, id)) + strong;
        return name == null || name.equals(id) || id == null ? shown : shown + " (" + escape.apply(id) + ")";
    }

    /** A display name, or the id when the element has none. */
    String name(String name, String id) {
        return name != null ? name : id != null ? id : text("unnamed");
    }

    /** {@code Owner: a → b}; for lists {@code Pain points: added “x”; removed “y”}; values passed through {@code escape}. */
    String field(FieldChange change, UnaryOperator<String> escape) {
        String label = label(change.field());
        if (change instanceof FieldChange.Value value) {
            return labelled(label, value(change.field(), value.before(), escape) + " → " + value(change.field(), value.after(), escape));
        }
        FieldChange.Items items = (FieldChange.Items) change;
        if (items.onlyReordered()) {
            return labelled(label, text("items.reordered"));
        }
        List<String> parts = new ArrayList<>();
        if (!items.added().isEmpty()) {
            parts.add(text("items.added", quoted(items.added(), escape)));
        }
        if (!items.removed().isEmpty()) {
            parts.add(text("items.removed", quoted(items.removed(), escape)));
        }
        return labelled(label, String.join(text("partSeparator"), parts));
    }

    /** {@code New value for 2026-03: 4.2 min}, or the value's removal or revision. */
    /** {@code KPI **Wait** (wait) went stale: no value since 2026-03, the next was due by April 30, 2026}. */
    String wentStale(String name, KpiChange.WentStale change) {
        return text("kpi.wentStale", name, labels().period(change.staleness().latest()), labels().date(change.staleness().due()));
    }

    String observation(KpiChange.ObservationChange change, Kpi kpi, UnaryOperator<String> escape) {
        String period = escape.apply(change.period());
        String unit = kpi.unit() == null ? "" : " " + escape.apply(kpi.unit());
        if (change.before() == null) {
            return text("observation.added", period, number(change.after()) + unit);
        }
        if (change.after() == null) {
            return text("observation.removed", period, number(change.before()) + unit);
        }
        return text("observation.revised", period, number(change.before()), number(change.after()) + unit);
    }

    /**
     * A number in full, as the map has it ({@code 4.25}, never rounded, since a diff may be about the last digit),
     * with the decimal separator of the language.
     */
    String number(Double value) {
        return MapComparer.number(value).replace('.', decimalSeparator);
    }

    /**
     * A label inside a sentence: its first letter in lower case, unless it is an acronym such as {@code CRM}, so that
     * {@code On target} reads {@code on target}.
     */
    String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return label.substring(0, 1).toLowerCase(labels.locale()) + label.substring(1);
        }
        return label;
    }

    /** The label of a keyword of {@code type} in a sentence, or the keyword itself when the labels do not know it. */
    private String keywordLabel(String type, String keyword) {
        String key = Labels.keywordKey(type, keyword);
        return labels.has(key) ? inSentence(labels.get(key)) : keyword;
    }

    private String value(String path, String value, UnaryOperator<String> escape) {
        if (value == null) {
            return text("none");
        }
        FieldAt at = fieldAt(path);
        Field<?> field = at == null ? null : at.field();
        if (field != null && field.kind() == ValueKind.KEYWORD) {
            return escape.apply(keywordLabel(field.keywords().getSimpleName(), value));
        }
        if (field != null && field.kind() == ValueKind.NUMBER) {
            return escape.apply(value.replace('.', decimalSeparator));
        }
        if (field != null && field.element() == FieldCatalogue.PRESENCE) {
            Matcher presence = PRESENCE.matcher(value);
            if (presence.matches()) {
                String rating = presence.group(2) == null ? text("presence.present") : text("presence.rating", presence.group(2).replace('.', decimalSeparator));
                return escape.apply(presence.group(3) == null ? rating : rating + presence.group(3));
            }
        }
        return escape.apply(value);
    }

    /** The name of a value proposition component in a sentence, such as {@code price}. */
    String component(ValueComponent component) {
        return keywordLabel("ValueComponent", component.keyword());
    }

    /** A mean emotion score signed, to two decimals at most: {@code +1}, {@code -0.5}; or "no score". */
    String emotion(Double mean) {
        if (mean == null) {
            return text("consequences.noScore");
        }
        BigDecimal rounded = BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return (rounded.signum() > 0 ? "+" : "") + plain.replace('.', decimalSeparator);
    }

    /** {@code Garage Martin at Purchase × Website, where we have no touchpoint}, for a gap opened or closed. */
    String gap(String key, CompetitorGap gap, UnaryOperator<String> escape, String strong) {
        Competitor competitor = gap.competitor();
        String name = strong + escape.apply(name(competitor.name(), competitor.id())) + strong;
        return text(key, name, escape.apply(cell(gap.presence().cell())), gapReason(gap));
    }

    /** Why a cell is a gap: we are absent, or rated below the competitor there. */
    String gapReason(CompetitorGap gap) {
        if (gap.kind() == CompetitorGap.Kind.ABSENT) {
            return text("consequences.gapAbsent");
        }
        return text("consequences.gapOutrated", number(gap.presence().rating().doubleValue()), emotionRating(gap.ourRating()));
    }

    private String emotionRating(Double rating) {
        BigDecimal rounded = BigDecimal.valueOf(rating).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString().replace('.', decimalSeparator);
    }

    /** {@code Purchase × Website (rating 4)}: where a competitor meets the customer. */
    String presence(Presence presence, UnaryOperator<String> escape) {
        String cell = escape.apply(cell(presence.cell()));
        return presence.rating() == null ? cell : cell + " (" + text("presence.rating", presence.rating()) + ")";
    }

    /**
     * The lines of "What this changes on the map", each one fact, texts from the map passed through {@code escape}
     * and names wrapped in {@code strong}; empty when the map as a whole is as it was.
     */
    List<String> consequences(Consequences consequences, UnaryOperator<String> escape, String strong, Symbols symbols,
            java.nio.file.Path base) {
        List<String> lines = new ArrayList<>();
        Consequences c = consequences;
        if (!c.gained().isEmpty() || !c.lost().isEmpty() || c.cellsBefore() != c.cellsAfter()) {
            StringBuilder line = new StringBuilder(text("consequences.coverage",
                    text("consequences.cells", c.coveredBefore().size(), c.cellsBefore()),
                    text("consequences.cells", c.coveredAfter().size(), c.cellsAfter())));
            if (!c.gained().isEmpty()) {
                line.append(text("partSeparator")).append(text("consequences.gained", cells(c.gained(), escape)));
            }
            if (!c.lost().isEmpty()) {
                line.append(text("partSeparator")).append(text("consequences.lost", cells(c.lost(), escape)));
            }
            lines.add(line.toString());
        }
        if (!c.channelTypesBefore().equals(c.channelTypesAfter())) {
            lines.add(text("consequences.channelTypes", c.channelTypesBefore().get(ChannelType.ANALOG),
                    c.channelTypesBefore().get(ChannelType.DIGITAL), c.channelTypesAfter().get(ChannelType.ANALOG),
                    c.channelTypesAfter().get(ChannelType.DIGITAL)));
        }
        for (Consequences.EmotionChange change : c.stages()) {
            lines.add(text("consequences.emotionStage", escape.apply(stageName(change.stage())), emotion(change.before()),
                    emotion(change.after())) + trend(change));
        }
        for (Consequences.EmotionChange change : c.personas()) {
            lines.add(text("consequences.emotionPersona", strong + escape.apply(name(change.personaName(), change.persona())) + strong,
                    escape.apply(stageName(change.stage())), emotion(change.before()), emotion(change.after())) + trend(change));
        }
        if (!c.kpiStatusesBefore().equals(c.kpiStatusesAfter())) {
            List<String> parts = new ArrayList<>();
            for (KpiStatus status : KpiStatus.values()) {
                long was = c.kpiStatusesBefore().getOrDefault(status, 0L);
                long now = c.kpiStatusesAfter().getOrDefault(status, 0L);
                if (was != now) {
                    parts.add(status(status, symbols) + " " + was + " \u2192 " + now);
                }
            }
            lines.add(text("consequences.kpiStatuses", String.join(", ", parts)));
        }
        c.gapsOpened().forEach(gap -> lines.add(symbols.added + " " + gap("consequences.gapOpened", gap, escape, strong)));
        c.gapsClosed().forEach(gap -> lines.add(symbols.removed + " " + gap("consequences.gapClosed", gap, escape, strong)));
        c.introduced().forEach(d -> lines.add(symbols.added + " " + text("consequences.introduced", escape.apply(d.format(base, labels)))));
        c.resolved().forEach(d -> lines.add(symbols.removed + " " + text("consequences.resolved", escape.apply(d.format(base, labels)))));
        return lines;
    }

    private String trend(Consequences.EmotionChange change) {
        return change.worse() ? " " + text("status.worse") : change.better() ? " " + text("status.better") : "";
    }

    private String cells(List<Cell> cells, UnaryOperator<String> escape) {
        int shown = Math.min(cells.size(), 10);
        String list = String.join(", ", cells.subList(0, shown).stream().map(cell -> escape.apply(cell(cell))).toList());
        return cells.size() > shown ? list + " " + text("more", cells.size() - shown) : list;
    }

    /**
     * The sub-lines of a competitor added or removed: its scores against ours, where it is present, the gaps it
     * opens or closes.
     */
    List<String> competitor(Competitor competitor, TouchpointMap map, List<CompetitorGap> gaps, boolean added,
            UnaryOperator<String> escape) {
        List<String> lines = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        Consequences.scores(competitor, map).forEach((component, pair) -> scores.add(pair[1] == null
                ? text("competitor.scoreAlone", component(component), pair[0])
                : text("competitor.score", component(component), pair[0], pair[1])));
        if (!scores.isEmpty()) {
            lines.add(text("competitor.scores", String.join(", ", scores)));
        }
        if (!competitor.presence().isEmpty()) {
            lines.add(text("competitor.presence", String.join(", ", competitor.presence().stream().map(p -> presence(p, escape)).toList())));
        }
        List<String> cells = gaps.stream().map(gap -> escape.apply(cell(gap.presence().cell())) + " (" + gapReason(gap) + ")").toList();
        lines.add(text(added ? "competitor.gapsOpened" : "competitor.gapsClosed", cells.isEmpty() ? text("none") : String.join(", ", cells)));
        return lines;
    }

    /** {@code (relaxed ambition, lower is better)} after a target or warning change, or nothing for other fields. */
    String ambition(FieldChange change, KpiChange.Changed kpi) {
        for (KpiChange.Ambition ambition : kpi.ambitions()) {
            if (ambition.field().equals(change.field())) {
                Direction direction = kpi.after().direction() == null ? Direction.HIGHER_IS_BETTER : kpi.after().direction();
                return " (" + text(ambition.raised() ? "ambition.raised" : "ambition.relaxed", keywordLabel("Direction", direction.keyword())) + ")";
            }
        }
        return "";
    }

    /** {@code Latest value 30 min (2026-03): ⚠️ warning under the old thresholds, ✅ on target under the new}. */
    String thresholdStatus(KpiChange.ThresholdStatus status, Kpi kpi, UnaryOperator<String> escape, Symbols symbols) {
        String unit = kpi.unit() == null ? "" : " " + escape.apply(kpi.unit());
        return text("thresholdStatus", number(status.value()) + unit, escape.apply(status.period()), status(status.before(), symbols),
                status(status.after(), symbols));
    }

    private String quoted(List<String> items, UnaryOperator<String> escape) {
        return String.join(", ", items.stream().map(i -> text("quoted", escape.apply(i))).toList());
    }
}
