package io.touchmap.diff;

import io.touchmap.internal.fields.ElementKind;
import io.touchmap.internal.fields.Field;
import io.touchmap.internal.fields.FieldCatalogue;
import io.touchmap.model.Channel;
import io.touchmap.model.Competitor;
import io.touchmap.model.Keyword;
import io.touchmap.model.Kpi;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Observation;
import io.touchmap.model.Period;
import io.touchmap.model.Persona;
import io.touchmap.model.Presence;
import io.touchmap.model.Staleness;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compares two maps element by element. Elements without an id cannot be matched and are left out; of several
 * elements sharing an id (a map with errors) the first is compared, as the map's own lookups do.
 */
final class MapComparer {

    /** The kinds of elements compared field by field; their fields' paths name the changes. */
    static final List<ElementKind<?>> COMPARED = List.of(FieldCatalogue.MAP, FieldCatalogue.STAGE, FieldCatalogue.CHANNEL,
            FieldCatalogue.PERSONA, FieldCatalogue.TOUCHPOINT, FieldCatalogue.KPI, FieldCatalogue.VALUE_PROPOSITION,
            FieldCatalogue.COMPONENT, FieldCatalogue.COMPETITOR);

    /** Above this many stages or channels, reordering is told by position alone, to keep the comparison linear. */
    private static final int MAX_ORDER_COMPARISON = 2_000;

    private final TouchpointMap before;
    private final TouchpointMap after;
    /** The build's date, which a map without a date of its own has its KPIs' staleness judged on; or null. */
    private final LocalDate buildDate;

    MapComparer(TouchpointMap before, TouchpointMap after) {
        this(before, after, null);
    }

    MapComparer(TouchpointMap before, TouchpointMap after, LocalDate buildDate) {
        this.before = before;
        this.after = after;
        this.buildDate = buildDate;
    }

    List<TouchpointChange> touchpoints() {
        Map<String, Touchpoint> old = byId(before.touchpoints(), Touchpoint::id);
        Map<String, Touchpoint> now = byId(after.touchpoints(), Touchpoint::id);
        List<TouchpointChange> changes = new ArrayList<>();
        for (Touchpoint touchpoint : now.values()) {
            Touchpoint was = old.get(touchpoint.id());
            if (was == null) {
                changes.add(new TouchpointChange.Added(touchpoint));
            } else {
                TouchpointChange.Changed changed = compare(was, touchpoint);
                if (changed.moved() || !changed.fields().isEmpty() || !changed.kpis().isEmpty()) {
                    changes.add(changed);
                }
            }
        }
        for (Touchpoint touchpoint : old.values()) {
            if (!now.containsKey(touchpoint.id())) {
                changes.add(new TouchpointChange.Removed(touchpoint));
            }
        }
        return changes;
    }

    private TouchpointChange.Changed compare(Touchpoint was, Touchpoint now) {
        Fields fields = new Fields();
        fields.compare(FieldCatalogue.TOUCHPOINT, was, now);
        return new TouchpointChange.Changed(was, now, fields.changes, kpis(was.kpis(), now.kpis()));
    }

    private List<KpiChange> kpis(List<Kpi> was, List<Kpi> now) {
        Map<String, Kpi> old = byId(was, Kpi::id);
        Map<String, Kpi> current = byId(now, Kpi::id);
        List<KpiChange> changes = new ArrayList<>();
        for (Kpi kpi : current.values()) {
            Kpi previous = old.get(kpi.id());
            if (previous == null) {
                changes.add(new KpiChange.Added(kpi));
                continue;
            }
            Fields fields = new Fields();
            fields.compare(FieldCatalogue.KPI, previous, kpi);
            List<KpiChange.ObservationChange> observations = observations(previous, kpi);
            if (!fields.changes.isEmpty() || !observations.isEmpty()) {
                changes.add(new KpiChange.Changed(previous, kpi, fields.changes, observations));
            }
            Staleness stale = Staleness.of(after, kpi, buildDate);
            if (stale != null && Staleness.of(before, previous, buildDate) == null) {
                changes.add(new KpiChange.WentStale(previous, kpi, stale));
            }
        }
        for (Kpi kpi : old.values()) {
            if (!current.containsKey(kpi.id())) {
                changes.add(new KpiChange.Removed(kpi));
            }
        }
        return changes;
    }

    /** Values by period; for a period written twice the last value counts, as it does for the KPI's status. */
    private static List<KpiChange.ObservationChange> observations(Kpi was, Kpi now) {
        Map<Period, Double> old = values(was);
        Map<Period, Double> current = values(now);
        TreeMap<Period, KpiChange.ObservationChange> changes = new TreeMap<>();
        current.forEach((period, value) -> {
            Double previous = old.get(period);
            if (!Objects.equals(previous, value)) {
                changes.put(period, new KpiChange.ObservationChange(period.toString(), previous, value));
            }
        });
        old.forEach((period, value) -> {
            if (!current.containsKey(period)) {
                changes.put(period, new KpiChange.ObservationChange(period.toString(), value, null));
            }
        });
        return List.copyOf(changes.values());
    }

    private static Map<Period, Double> values(Kpi kpi) {
        Map<Period, Double> values = new TreeMap<>();
        for (Observation observation : kpi.series()) {
            values.put(observation.period(), observation.value());
        }
        return values;
    }

    List<ElementChange> elements() {
        List<ElementChange> changes = new ArrayList<>();
        info(changes);
        ordered(Section.STAGE, before.stages(), after.stages(), LifecycleStage::id, LifecycleStage::name,
                (was, now, f) -> f.compare(FieldCatalogue.STAGE, was, now), changes);
        ordered(Section.CHANNEL, before.channels(), after.channels(), Channel::id, Channel::name,
                (was, now, f) -> f.compare(FieldCatalogue.CHANNEL, was, now), changes);
        ordered(Section.PERSONA, before.personas(), after.personas(), Persona::id, Persona::name,
                (was, now, f) -> f.compare(FieldCatalogue.PERSONA, was, now), changes);
        proposition(changes);
        ordered(Section.COMPETITOR, before.competitors(), after.competitors(), Competitor::id, Competitor::name, (was, now, f) -> {
            f.compare(FieldCatalogue.COMPETITOR, was, now);
            // presences have no id: they are matched by their cell, and each cell is one entry of the changes
            Map<String, Presence> old = byId(was.presence(), MapComparer::cellKey);
            Map<String, Presence> current = byId(now.presence(), MapComparer::cellKey);
            Set<String> cells = new LinkedHashSet<>(current.keySet());
            cells.addAll(old.keySet());
            for (String cell : cells) {
                f.value("presence." + cell, presence(old.get(cell)), presence(current.get(cell)));
            }
        }, changes);
        return changes;
    }

    private void info(List<ElementChange> changes) {
        MapInfo was = before.info();
        MapInfo now = after.info();
        Fields f = new Fields();
        f.compare(FieldCatalogue.MAP, was, now);
        if (!f.changes.isEmpty()) {
            String id = now.id() != null ? now.id() : was.id();
            changes.add(new ElementChange.Changed(Section.MAP, id, now.title() != null ? now.title() : was.title(), f.changes));
        }
    }

    private void proposition(List<ElementChange> changes) {
        Fields statement = new Fields();
        statement.compare(FieldCatalogue.VALUE_PROPOSITION, before.valueProposition(), after.valueProposition());
        if (!statement.changes.isEmpty()) {
            changes.add(new ElementChange.Changed(Section.VALUE_PROPOSITION, "statement", "Value proposition", statement.changes));
        }
        ordered(Section.VALUE_PROPOSITION, before.valueProposition().components(), after.valueProposition().components(),
                c -> keyword(c.component()), c -> keyword(c.component()),
                (was, now, f) -> f.compare(FieldCatalogue.COMPONENT, was, now), changes);
    }

    /** Compares two lists of elements by id; reorders are reported only for sections whose order means something. */
    private static <T> void ordered(Section section, List<T> was, List<T> now, Function<T, String> id, Function<T, String> name,
            FieldComparison<T> comparison, List<ElementChange> changes) {
        Map<String, T> old = byId(was, id);
        Map<String, T> current = byId(now, id);
        List<String> oldIds = new ArrayList<>(old.keySet());
        List<String> newIds = new ArrayList<>(current.keySet());
        for (T element : current.values()) {
            T previous = old.get(id.apply(element));
            if (previous == null) {
                changes.add(new ElementChange.Added(section, id.apply(element), name.apply(element), newIds.indexOf(id.apply(element)) + 1));
                continue;
            }
            Fields fields = new Fields();
            comparison.compare(previous, element, fields);
            if (!fields.changes.isEmpty()) {
                changes.add(new ElementChange.Changed(section, id.apply(element), name.apply(element), fields.changes));
            }
        }
        for (T element : old.values()) {
            if (!current.containsKey(id.apply(element))) {
                changes.add(new ElementChange.Removed(section, id.apply(element), name.apply(element), oldIds.indexOf(id.apply(element)) + 1));
            }
        }
        if (section.isOrdered()) {
            for (String moved : moved(oldIds, newIds)) {
                changes.add(new ElementChange.Moved(section, moved, name.apply(current.get(moved)), oldIds.indexOf(moved) + 1,
                        newIds.indexOf(moved) + 1));
            }
        }
    }

    /**
     * The ids on both sides that changed places relative to the others: those outside a longest common subsequence
     * of the two orders, so that inserting or removing one stage does not make every later stage "moved".
     */
    static List<String> moved(List<String> was, List<String> now) {
        Set<String> shared = new LinkedHashSet<>(now);
        shared.retainAll(new LinkedHashSet<>(was));
        List<String> a = was.stream().filter(shared::contains).toList();
        List<String> b = now.stream().filter(shared::contains).toList();
        if (a.equals(b)) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        if (a.size() > MAX_ORDER_COMPARISON) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).equals(b.get(i))) {
                    kept.add(a.get(i));
                }
            }
        } else {
            int[][] lengths = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < a.size() && j < b.size()) {
                if (a.get(i).equals(b.get(j))) {
                    kept.add(a.get(i));
                    i++;
                    j++;
                } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        return b.stream().filter(id -> !kept.contains(id)).toList();
    }

    /** Compares the fields of two versions of one element. */
    @FunctionalInterface
    private interface FieldComparison<T> {
        void compare(T was, T now, Fields fields);
    }

    /** Collects the fields that differ. */
    private static final class Fields {
        private final List<FieldChange> changes = new ArrayList<>();

        /**
         * Compares every field of two versions of an element of {@code kind}, in the catalogue's order, except the one
         * they were matched on. Lists of elements are left to the caller, which matches their elements.
         */
        <E> void compare(ElementKind<E> kind, E was, E now) {
            compare(kind, "", was, now);
        }

        @SuppressWarnings("unchecked")
        private <E> void compare(ElementKind<E> kind, String prefix, E was, E now) {
            for (Field<E> field : kind.fields()) {
                if (kind.identifiedBy(field)) {
                    continue;
                }
                String path = prefix + field.key();
                Object before = field.of(was);
                Object after = field.of(now);
                switch (field.kind()) {
                    case ID, TEXT, INTEGER, DATE, PERIOD, PATH, COLOUR -> value(path, text(before), text(after));
                    case KEYWORD -> value(path, keyword((Keyword) before), keyword((Keyword) after));
                    case NUMBER -> value(path, number((Double) before), number((Double) after));
                    case TEXTS, REFERENCES -> items(path, (List<String>) before, (List<String>) after);
                    case ELEMENT -> compare((ElementKind<Object>) field.element(), path + ".", before, after);
                    case SCORES_BY_STAGE -> {
                        Map<String, Integer> old = (Map<String, Integer>) before;
                        Map<String, Integer> current = (Map<String, Integer>) after;
                        Set<String> stages = new LinkedHashSet<>(current.keySet());
                        stages.addAll(old.keySet());
                        for (String stage : stages) {
                            value(path + "." + stage, text(old.get(stage)), text(current.get(stage)));
                        }
                    }
                    // a touchpoint's stage and channel are its cell, compared as a move; a presence is matched on them
                    case REFERENCE -> { }
                    // elements of a list are matched by their identity and compared one by one by the caller
                    case ELEMENTS -> { }
                    // map.rules tunes validation: it changes no part of the map a diff reports
                    case SEVERITIES -> { }
                }
            }
        }

        void value(String field, String was, String now) {
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange.Value(field, was, now));
            }
        }

        void items(String field, List<String> was, List<String> now) {
            if (!was.equals(now)) {
                changes.add(new FieldChange.Items(field, was, now));
            }
        }
    }

    /** The elements by id in list order, the first of each id, those without id left out. */
    private static <T> Map<String, T> byId(List<T> elements, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T element : elements) {
            String key = id.apply(element);
            if (key != null) {
                byId.putIfAbsent(key, element);
            }
        }
        return byId;
    }

    private static String cellKey(Presence presence) {
        return presence.stage() == null || presence.channel() == null ? null : presence.stage() + "." + presence.channel();
    }

    private static String presence(Presence presence) {
        if (presence == null) {
            return null;
        }
        String rating = presence.rating() == null ? "present" : "rating " + presence.rating();
        return presence.note() == null ? rating : rating + ": " + presence.note();
    }

    private static String keyword(Keyword keyword) {
        return keyword == null ? null : keyword.keyword();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A number as people write it: {@code 5}, not {@code 5.0}. */
    static String number(Double value) {
        if (value == null) {
            return null;
        }
        if (value.isNaN() || value.isInfinite()) {
            return value.toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
