package io.touchmap.load;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Subject;
import io.touchmap.diagnostic.Words;
import io.touchmap.internal.fields.FieldCatalogue;
import io.touchmap.model.Channel;
import io.touchmap.model.ChannelType;
import io.touchmap.model.Colour;
import io.touchmap.model.Competitor;
import io.touchmap.model.Cadence;
import io.touchmap.model.Direction;
import io.touchmap.model.Elements;
import io.touchmap.model.Emotions;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiKind;
import io.touchmap.model.KpiSource;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Location;
import io.touchmap.model.Logo;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Observation;
import io.touchmap.model.Origin;
import io.touchmap.model.Period;
import io.touchmap.model.Persona;
import io.touchmap.model.Phase;
import io.touchmap.model.Presence;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.RuleSetting;
import io.touchmap.model.Theme;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.model.Typeface;
import io.touchmap.model.ValueComponent;
import io.touchmap.model.ValueDelivered;
import io.touchmap.model.ValueProposition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns the nodes of one YAML file into model elements, following the format of the README key by key; the keys each
 * element may have are those of its {@link FieldCatalogue} entry. Every structural problem (unknown key, wrong type,
 * missing field, bad id, keyword, number or period) is reported at its value; what cannot be read is left out, so the
 * rest of the file is still checked.
 */
final class MapReader {

    static final List<String> LOCALES = List.of("en", "fr");

    private final ReadContext context;
    private final MapFragment fragment = new MapFragment();

    MapReader(ReadContext context) {
        this.context = context;
    }

    /** Reads one document of the file into the fragment. */
    MapFragment read(Node document) {
        YamlObject.of(context, document, "file", FieldCatalogue.FILE.keys()).ifPresent(top -> {
            if (top.has("map")) {
                readMap(top.node("map")).ifPresent(fragment.infos::add);
            }
            fragment.stages.addAll(top.list("stages", this::readStage));
            fragment.channels.addAll(top.list("channels", this::readChannel));
            fragment.personas.addAll(top.list("personas", this::readPersona));
            fragment.touchpoints.addAll(top.list("touchpoints", this::readTouchpoint));
            if (top.has("valueProposition")) {
                readValueProposition(top.node("valueProposition")).ifPresent(fragment.valuePropositions::add);
            }
            fragment.competitors.addAll(top.list("competitors", this::readCompetitor));
        });
        return fragment;
    }

    MapFragment fragment() {
        return fragment;
    }

    private java.util.Optional<MapInfo> readMap(Node node) {
        return YamlObject.of(context, node, "map", FieldCatalogue.MAP.keys()).map(map -> {
            String id = map.id("id", true);
            String title = map.requiredText("title", "Our touchpoint map");
            String locale = map.text("locale");
            if (locale != null && !LOCALES.contains(locale)) {
                String lower = locale.toLowerCase(Locale.ROOT);
                String allowed = String.join(", ", LOCALES);
                Diagnostic bad = DiagnosticText.BAD_LOCALE.at(context.location(map.node("locale")), map.what(), locale, allowed);
                context.report(LOCALES.stream().filter(lower::startsWith).findFirst()
                        .map(guess -> bad.withHint(DiagnosticText.KEYWORD_GUESS.hint(guess, allowed)))
                        .orElse(bad));
                locale = null;
            }
            LocalDate date = null;
            String dateText = map.text("date");
            if (dateText != null) {
                try {
                    date = LocalDate.parse(dateText);
                } catch (DateTimeParseException e) {
                    context.report(DiagnosticText.NOT_DATE, map.node("date"), map.what(), dateText);
                }
            }
            Map<String, RuleSetting> rules = readRules(map);
            Theme theme = map.has("theme") ? readTheme(map.node("theme")).orElse(null) : null;
            return new MapInfo(id, title, map.text("organisation"), locale == null ? MapInfo.DEFAULT_LOCALE : locale,
                    map.text("description"), map.names("owners"), date, rules, theme, map.origin());
        });
    }

    private java.util.Optional<Theme> readTheme(Node node) {
        return YamlObject.of(context, node, Subject.of("theme"), FieldCatalogue.THEME.keys()).map(theme -> {
            String brand = colour(theme, "brand");
            String accent = colour(theme, "accent");
            String logo = theme.text("logo");
            Logo image = logo == null ? null : LogoFile.read(context, logo, context.location(theme.node("logo")));
            Typeface font = theme.keyword("font", Typeface.class, null, Subject.noun("font"));
            return new Theme(brand, accent, logo, font, image, theme.origin());
        });
    }

    /**
     * The colour of {@code key} as {@code #rrggbb}, or null when absent or not a colour (after reporting); a colour
     * with too little contrast against white is kept, with a warning, and the reports use the default instead.
     */
    private String colour(YamlObject theme, String key) {
        Words field = Subject.field(key, theme.what());
        if (!theme.has(key)) {
            String comment = theme.emptyKey(key) instanceof ScalarNode written ? context.commentAfterKey(written) : null;
            if (comment != null && Colour.parse(comment).isPresent()) {
                context.report(DiagnosticText.COLOUR_AS_COMMENT, theme.emptyKey(key), field, comment, key);
            }
            return null;
        }
        String text = theme.text(key);
        if (text == null) {
            return null;
        }
        Node node = theme.node(key);
        java.util.Optional<Colour> colour = Colour.parse(text.strip());
        if (colour.isEmpty()) {
            Diagnostic bad = DiagnosticText.BAD_COLOUR.at(context.location(node), field, text);
            java.util.Optional<Colour> meant = Colour.parse("#" + text.strip());
            context.report(meant.map(c -> bad.withHint(DiagnosticText.COLOUR_GUESS.hint("#" + text.strip()))).orElse(bad));
            theme.refuse(key, text);
            return null;
        }
        Colour parsed = colour.get();
        if (!parsed.readableWithWhite()) {
            context.report(DiagnosticText.LOW_CONTRAST, node, field, parsed.hex(),
                    Math.floor(parsed.contrastWithWhite() * 100) / 100, parsed.nearestReadable().hex());
        }
        return parsed.hex();
    }

    private Map<String, RuleSetting> readRules(YamlObject map) {
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        Node node = map.node("rules");
        if (node == null) {
            return rules;
        }
        if (!(node instanceof MappingNode mapping)) {
            context.report(DiagnosticText.RULES_NOT_MAPPING, node, YamlObject.describe(node));
            return rules;
        }
        Map<String, Location> firstSeen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            context.visit();
            String code = context.text(tuple.getKeyNode(), Subject.of("ruleCode"));
            if (code == null) {
                continue;
            }
            Location at = context.location(tuple.getKeyNode());
            if (firstSeen.containsKey(code)) {
                context.report(DiagnosticText.DUPLICATE_RULE, tuple.getKeyNode(), code, context.shortLocation(firstSeen.get(code)));
                continue;
            }
            firstSeen.put(code, at);
            RuleSetting setting = context.keyword(tuple.getValueNode(), RuleSetting.class, Subject.of("rule", code), Subject.noun("severity"));
            if (setting != null) {
                rules.put(code, setting);
                map.position("rules." + code, at);
            }
        }
        return rules;
    }

    private LifecycleStage readStage(Node node) {
        return YamlObject.of(context, node, "stage", FieldCatalogue.STAGE.keys()).map(stage -> {
            String id = stage.id("id", true);
            YamlObject named = renamed(stage, "stage", id);
            return new LifecycleStage(id, named.requiredText("name", "Discovery"),
                    named.requiredKeyword("phase", Phase.class, Subject.noun("phase")), named.text("description"), stage.origin());
        }).orElse(null);
    }

    private Channel readChannel(Node node) {
        return YamlObject.of(context, node, "channel", FieldCatalogue.CHANNEL.keys()).map(channel -> {
            String id = channel.id("id", true);
            YamlObject named = renamed(channel, "channel", id);
            return new Channel(id, named.requiredText("name", "Shop"), named.requiredKeyword("type", ChannelType.class, Subject.noun("channelType")),
                    named.text("group"), named.text("description"), channel.origin());
        }).orElse(null);
    }

    private Persona readPersona(Node node) {
        return YamlObject.of(context, node, "persona", FieldCatalogue.PERSONA.keys()).map(persona -> {
            String id = persona.id("id", true);
            YamlObject named = renamed(persona, "persona", id);
            return new Persona(id, named.requiredText("name", "Busy parent"), named.text("description"), persona.origin());
        }).orElse(null);
    }

    private Touchpoint readTouchpoint(Node node) {
        return YamlObject.of(context, node, "touchpoint", FieldCatalogue.TOUCHPOINT.keys()).map(raw -> {
            String id = raw.id("id", true);
            YamlObject tp = renamed(raw, "touchpoint", id);
            String name = tp.requiredText("name", "Checkout");
            String stage = reference(tp, "stage");
            String channel = reference(tp, "channel");
            List<String> personas = tp.list("personas", item -> {
                Words label = Subject.entry("personas", tp.what());
                String text = context.text(item, label);
                String persona = text == null ? null : checkedReference("persona", item, text, label);
                if (persona != null) {
                    raw.position("personas." + persona, context.location(item));
                }
                return persona;
            });
            TouchpointStatus status = tp.keyword("status", TouchpointStatus.class, TouchpointStatus.ACTIVE, Subject.noun("touchpointStatus"));
            Elements elements = tp.has("elements") ? readElements(tp) : Elements.NONE;
            ValueDelivered value = tp.has("value") ? readValueDelivered(tp) : ValueDelivered.NONE;
            List<Kpi> kpis = tp.list("kpis", item -> readKpi(item, tp.what()));
            return new Touchpoint(id, name, stage, channel, personas, tp.text("owner"),
                    status == null ? TouchpointStatus.ACTIVE : status, tp.text("description"), elements,
                    tp.texts("painPoints"), tp.texts("opportunities"), value, kpis, raw.origin());
        }).orElse(null);
    }

    /** A required reference to another element's id; null when missing or malformed. */
    private String reference(YamlObject object, String key) {
        String text = object.requiredText(key, "<id of a " + key + ">");
        String id = text == null ? null : checkedReference(key, object.node(key), text, Subject.field(key, object.what()));
        if (text != null && id == null) {
            object.refuse(key, text);
        }
        return id;
    }

    /**
     * {@code text} if it is a valid id; otherwise null after reporting, the problem kept so that the loader can take
     * it back when the element referred to has the same invalid id, already reported where it is declared.
     */
    private String checkedReference(String kind, Node node, String text, Words label) {
        if (YamlObject.ID.matcher(text).matches()) {
            return text;
        }
        Diagnostic bad = YamlObject.badId(context, node, text, label);
        context.report(bad);
        fragment.badReferences.add(new MapFragment.BadReference(kind, text, bad));
        return null;
    }

    /** The same object, named by its id in later messages ({@code touchpoint 'store-checkout'}). */
    private static YamlObject renamed(YamlObject object, String kind, String id) {
        Words name = Subject.named(kind, id);
        return id == null || object.what().equals(name) ? object : object.as(name);
    }

    private Elements readElements(YamlObject tp) {
        return YamlObject.of(context, tp.node("elements"), Subject.of("elementsOf", tp.what()), FieldCatalogue.ELEMENTS_OF_TOUCHPOINT.keys()).map(elements -> {
            Emotions emotions = Emotions.NONE;
            if (elements.has("emotions")) {
                emotions = YamlObject.of(context, elements.node("emotions"), Subject.of("emotionsOf", tp.what()), FieldCatalogue.EMOTIONS.keys())
                        .map(e -> new Emotions(e.integer("score", -2, 2), e.texts("perceptions")))
                        .orElse(Emotions.NONE);
            }
            return new Elements(elements.texts("product"), elements.texts("interactions"), elements.texts("communication"), emotions);
        }).orElse(Elements.NONE);
    }

    private ValueDelivered readValueDelivered(YamlObject tp) {
        return YamlObject.of(context, tp.node("value"), Subject.of("valueOf", tp.what()), FieldCatalogue.VALUE_DELIVERED.keys()).map(value -> {
            Map<ValueComponent, String> statements = new EnumMap<>(ValueComponent.class);
            for (ValueComponent component : ValueComponent.values()) {
                String text = value.text(component.keyword());
                if (text != null) {
                    statements.put(component, text);
                }
            }
            return new ValueDelivered(statements);
        }).orElse(ValueDelivered.NONE);
    }

    private Kpi readKpi(Node node, Words owner) {
        return YamlObject.of(context, node, "kpi", FieldCatalogue.KPI.keys()).map(raw -> {
            String id = raw.id("id", true);
            YamlObject kpi = renamed(raw, "kpi", id);
            Words what = kpi.what();
            String name = kpi.requiredText("name", "Waiting time");
            KpiKind kind = kpi.keyword("kind", KpiKind.class, KpiKind.QUANTITATIVE, Subject.noun("kpiKind"));
            Direction direction = kpi.keyword("direction", Direction.class, Direction.HIGHER_IS_BETTER, Subject.noun("kpiDirection"));
            KpiSource source = kpi.keyword("source", KpiSource.class, KpiSource.MANUAL, Subject.noun("kpiSource"));
            Cadence cadence = kpi.keyword("cadence", Cadence.class, null, Subject.noun("kpiCadence"));
            List<Observation> series = List.of();
            String dataFile = null;
            if (kpi.has("series") && kpi.has("data")) {
                context.report(DiagnosticText.SERIES_AND_DATA.at(kpi.at(), what));
            } else if (kpi.has("series")) {
                series = kpi.list("series", item -> readObservation(item, what));
            } else if (kpi.has("data")) {
                dataFile = kpi.text("data");
                if (dataFile != null) {
                    series = KpiDataFile.read(context, dataFile, context.location(kpi.node("data")));
                }
            }
            return new Kpi(id, name, kind == null ? KpiKind.QUANTITATIVE : kind, kpi.text("unit"),
                    direction == null ? Direction.HIGHER_IS_BETTER : direction, kpi.number("target"), kpi.number("warning"),
                    source == null ? KpiSource.MANUAL : source, cadence, kpi.text("description"), dataFile, series, raw.origin());
        }).orElse(null);
    }

    private Observation readObservation(Node node, Words kpi) {
        Observation plain = plainObservation(node);
        if (plain != null) {
            return plain;
        }
        return YamlObject.of(context, node, Subject.of("observationOf", kpi), FieldCatalogue.OBSERVATION.keys()).map(entry -> {
            String text = entry.requiredText("period", "2026-01");
            Double value = entry.has("value") ? entry.number("value") : null;
            if (!entry.has("value")) {
                entry.missing("value", "4.5");
            }
            if (text == null) {
                return null;
            }
            var period = context.period(text);
            if (period.isEmpty()) {
                context.report(DiagnosticText.BAD_PERIOD.at(context.location(entry.node("period")), entry.what(), text)
                        .withHint(PeriodHint.of(text)));
                return null;
            }
            return value == null ? null : new Observation(period.get(), value, entry.origin());
        }).orElse(null);
    }

    /**
     * The common case, {@code { period: 2026-01, value: 4.5 }} with both values valid, read without the general
     * machinery: a large map holds hundreds of thousands of these. Null when anything is unusual, so that the
     * general path reports it.
     */
    private Observation plainObservation(Node node) {
        if (!(node instanceof MappingNode mapping) || mapping.getValue().size() != 2) {
            return null;
        }
        NodeTuple first = mapping.getValue().get(0);
        NodeTuple second = mapping.getValue().get(1);
        if (!(first.getKeyNode() instanceof ScalarNode firstKey && first.getValueNode() instanceof ScalarNode firstValue
                && second.getKeyNode() instanceof ScalarNode secondKey && second.getValueNode() instanceof ScalarNode secondValue)) {
            return null;
        }
        ScalarNode period;
        ScalarNode value;
        if (firstKey.getValue().equals("period") && secondKey.getValue().equals("value")) {
            period = firstValue;
            value = secondValue;
        } else if (firstKey.getValue().equals("value") && secondKey.getValue().equals("period")) {
            period = secondValue;
            value = firstValue;
        } else {
            return null;
        }
        var parsed = context.period(period.getValue());
        String number = value.getValue();
        if (parsed.isEmpty() || !YamlObject.isNumber(number)) {
            return null;
        }
        double amount = YamlObject.decimal(number).doubleValue();
        if (Double.isInfinite(amount)) {
            return null;
        }
        context.visit();
        Location periodAt = context.location(period);
        Location valueAt = context.location(value);
        return new Observation(parsed.get(), amount, new io.touchmap.model.Origin(context.location(mapping),
                Map.of("period", periodAt, "value", valueAt)));
    }

    private java.util.Optional<ValueProposition> readValueProposition(Node node) {
        return YamlObject.of(context, node, "valueProposition", FieldCatalogue.VALUE_PROPOSITION.keys()).map(vp -> new ValueProposition(
                vp.text("statement"), vp.list("components", this::readComponent), vp.origin()));
    }

    private PropositionComponent readComponent(Node node) {
        return YamlObject.of(context, node, "component", FieldCatalogue.COMPONENT.keys()).map(raw -> {
            ValueComponent kind = raw.has("component")
                    ? raw.keyword("component", ValueComponent.class, null, Subject.noun("component"))
                    : null;
            if (!raw.has("component")) {
                raw.missing("component", "price | service | personalization | proximity");
            }
            YamlObject c = kind == null ? raw : raw.as(Subject.named("component", kind.keyword()));
            Words what = c.what();
            Map<String, Integer> importance = readImportance(c, what);
            return kind == null ? null : new PropositionComponent(kind, c.text("statement"),
                    c.integer("score", 1, 5), importance, c.origin());
        }).orElse(null);
    }

    /** Importance 1..5 by stage id; each stage key's position is kept as {@code importance.<stage>}. */
    private Map<String, Integer> readImportance(YamlObject component, Words what) {
        Map<String, Integer> importance = new LinkedHashMap<>();
        Node node = component.node("importance");
        if (node == null) {
            return importance;
        }
        if (!(node instanceof MappingNode mapping)) {
            context.report(DiagnosticText.IMPORTANCE_NOT_MAPPING, node, what, YamlObject.describe(node));
            return importance;
        }
        Map<String, Location> firstSeen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            context.visit();
            String stage = context.text(tuple.getKeyNode(), Subject.of("importanceStage", what));
            if (stage == null) {
                continue;
            }
            if (firstSeen.containsKey(stage)) {
                context.report(DiagnosticText.DUPLICATE_IMPORTANCE, tuple.getKeyNode(), stage, what,
                        context.shortLocation(firstSeen.get(stage)));
                continue;
            }
            firstSeen.put(stage, context.location(tuple.getKeyNode()));
            Integer value = context.integer(tuple.getValueNode(), 1, 5, Subject.of("importanceOf", stage, what));
            if (value != null) {
                importance.put(stage, value);
                component.position("importance." + stage, context.location(tuple.getKeyNode()));
            }
        }
        return importance;
    }

    private Competitor readCompetitor(Node node) {
        return YamlObject.of(context, node, "competitor", FieldCatalogue.COMPETITOR.keys()).map(raw -> {
            String id = raw.id("id", true);
            YamlObject c = renamed(raw, "competitor", id);
            Words what = c.what();
            Map<ValueComponent, Integer> scores = new EnumMap<>(ValueComponent.class);
            if (c.has("valueProposition")) {
                YamlObject.of(context, c.node("valueProposition"), Subject.of("valuePropositionOf", what), FieldCatalogue.COMPETITOR_SCORES.keys()).ifPresent(vp -> {
                    for (ValueComponent component : ValueComponent.values()) {
                        Integer score = vp.integer(component.keyword(), 1, 5);
                        if (score != null) {
                            scores.put(component, score);
                        }
                    }
                });
            }
            List<Presence> presence = c.list("presence", item -> readPresence(item, what));
            return new Competitor(id, c.requiredText("name", "Rival A"), c.text("description"), scores, presence, raw.origin());
        }).orElse(null);
    }

    private Presence readPresence(Node node, Words competitor) {
        return YamlObject.of(context, node, Subject.of("presenceOf", competitor), FieldCatalogue.PRESENCE.keys()).map(p -> new Presence(
                reference(p, "stage"), reference(p, "channel"), p.integer("rating", 1, 5), p.text("note"), p.origin()))
                .orElse(null);
    }
}
