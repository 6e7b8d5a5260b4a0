package io.touchmap.internal.fields;

import static io.touchmap.internal.fields.ValueKind.COLOUR;
import static io.touchmap.internal.fields.ValueKind.DATE;
import static io.touchmap.internal.fields.ValueKind.ELEMENT;
import static io.touchmap.internal.fields.ValueKind.ELEMENTS;
import static io.touchmap.internal.fields.ValueKind.ID;
import static io.touchmap.internal.fields.ValueKind.INTEGER;
import static io.touchmap.internal.fields.ValueKind.NUMBER;
import static io.touchmap.internal.fields.ValueKind.PATH;
import static io.touchmap.internal.fields.ValueKind.PERIOD;
import static io.touchmap.internal.fields.ValueKind.REFERENCE;
import static io.touchmap.internal.fields.ValueKind.REFERENCES;
import static io.touchmap.internal.fields.ValueKind.SCORES_BY_STAGE;
import static io.touchmap.internal.fields.ValueKind.SEVERITIES;
import static io.touchmap.internal.fields.ValueKind.TEXT;
import static io.touchmap.internal.fields.ValueKind.TEXTS;

import io.touchmap.model.Cadence;
import io.touchmap.model.Channel;
import io.touchmap.model.ChannelType;
import io.touchmap.model.Competitor;
import io.touchmap.model.Direction;
import io.touchmap.model.Elements;
import io.touchmap.model.Emotions;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiKind;
import io.touchmap.model.KpiSource;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Observation;
import io.touchmap.model.Persona;
import io.touchmap.model.Phase;
import io.touchmap.model.Presence;
import io.touchmap.model.Theme;
import io.touchmap.model.Typeface;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.model.ValueComponent;
import io.touchmap.model.ValueDelivered;
import io.touchmap.model.ValueProposition;
import java.util.List;
import java.util.Map;

/**
 * Every kind of element of the map format with its fields: the one place that says which keys an element has, what
 * each holds, which record component keeps it and how reports label it. The reader checks keys against it, the
 * diff compares and labels fields with it, and tests hold the model and the JSON Schema to it.
 */
public final class FieldCatalogue {

    public static final ElementKind<Emotions> EMOTIONS = ElementKind.<Emotions>of("emotions", Emotions.class)
            .field("score", INTEGER, "common.emotionScore")
            .field("perceptions", TEXTS, "diff.field.perceptions")
            .build();

    public static final ElementKind<Elements> ELEMENTS_OF_TOUCHPOINT = ElementKind.<Elements>of("elements", Elements.class)
            .field("product", TEXTS, "diff.field.product")
            .field("interactions", TEXTS, "common.elements.interactions")
            .field("communication", TEXTS, "common.elements.communication")
            .element("emotions", ELEMENT, EMOTIONS, "common.elements.emotions")
            .build();

    /** What a touchpoint delivers, one text per component of the value proposition. */
    public static final ElementKind<ValueDelivered> VALUE_DELIVERED = valueDelivered();

    public static final ElementKind<Observation> OBSERVATION = ElementKind.<Observation>of("observation", Observation.class)
            .identifiedBy("period")
            .field("period", PERIOD, "site.table.period")
            .field("value", NUMBER, "site.table.value")
            .build();

    public static final ElementKind<Kpi> KPI = ElementKind.<Kpi>of("kpi", Kpi.class)
            .identifiedBy("id")
            .field("id", ID, "diff.field.id")
            .field("name", TEXT, "diff.field.name")
            .keyword("kind", KpiKind.class, "common.kpi.kind")
            .field("unit", TEXT, "diff.field.unit")
            .keyword("direction", Direction.class, "common.kpi.direction")
            .field("target", NUMBER, "common.kpi.target")
            .field("warning", NUMBER, "common.kpi.warning")
            .keyword("source", KpiSource.class, "common.kpi.source")
            .keyword("cadence", Cadence.class, "common.kpi.cadence")
            .field("description", TEXT, "diff.field.description")
            .element("series", ELEMENTS, OBSERVATION, "site.kpi.values")
            .field("data", "dataFile", PATH, "common.kpi.dataFile")
            .build();

    /**
     * A touchpoint. Its personas come after its description, as the diff has always listed their changes after the
     * touchpoint's own words.
     */
    public static final ElementKind<Touchpoint> TOUCHPOINT = ElementKind.<Touchpoint>of("touchpoint", Touchpoint.class)
            .identifiedBy("id")
            .field("id", ID, "diff.field.id")
            .field("name", TEXT, "diff.field.name")
            .field("stage", REFERENCE, "common.stage")
            .field("channel", REFERENCE, "common.channel")
            .field("owner", TEXT, "common.owner")
            .keyword("status", TouchpointStatus.class, "common.status")
            .field("description", TEXT, "diff.field.description")
            .field("personas", REFERENCES, "common.personas")
            .element("elements", ELEMENT, ELEMENTS_OF_TOUCHPOINT, "common.elements")
            .field("painPoints", TEXTS, "common.painPoints")
            .field("opportunities", TEXTS, "common.opportunities")
            .element("value", ELEMENT, VALUE_DELIVERED, "common.valueDelivered")
            .element("kpis", ELEMENTS, KPI, "common.kpis")
            .build();

    /** How the reports look: colours, logo and the PDF's font. */
    public static final ElementKind<Theme> THEME = ElementKind.<Theme>of("theme", Theme.class)
            .field("brand", COLOUR, "common.theme.brand")
            .field("accent", COLOUR, "common.theme.accent")
            .field("logo", PATH, "common.theme.logo")
            .keyword("font", Typeface.class, "common.theme.font")
            .build();

    public static final ElementKind<MapInfo> MAP = ElementKind.<MapInfo>of("map", MapInfo.class)
            .field("id", ID, "diff.field.id")
            .field("title", TEXT, "diff.field.title")
            .field("organisation", TEXT, "diff.field.organisation")
            .field("locale", TEXT, "diff.field.locale")
            .field("description", TEXT, "diff.field.description")
            .field("owners", TEXTS, "diff.field.owners")
            .field("date", DATE, "diff.field.date")
            .field("rules", SEVERITIES, null)
            .element("theme", ELEMENT, THEME, "common.theme")
            .build();

    public static final ElementKind<LifecycleStage> STAGE = ElementKind.<LifecycleStage>of("stage", LifecycleStage.class)
            .identifiedBy("id")
            .field("id", ID, "diff.field.id")
            .field("name", TEXT, "diff.field.name")
            .keyword("phase", Phase.class, "common.phase")
            .field("description", TEXT, "diff.field.description")
            .build();

    public static final ElementKind<Channel> CHANNEL = ElementKind.<Channel>of("channel", Channel.class)
            .identifiedBy("id")
            .field("id", ID, "diff.field.id")
            .field("name", TEXT, "diff.field.name")
            .keyword("type", ChannelType.class, "common.channel.type")
            .field("group", TEXT, "common.channel.group")
            .field("description", TEXT, "diff.field.description")
            .build();

    public static final ElementKind<Persona> PERSONA = ElementKind.<Persona>of("persona", Persona.class)
            .identifiedBy("id")
            .field("id", ID, "diff.field.id")
            .field("name", TEXT, "diff.field.name")
            .field("description", TEXT, "diff.field.description")
            .build();

    public static final ElementKind<PropositionComponent> COMPONENT =
            ElementKind.<PropositionComponent>of("component", PropositionComponent.class)
                    .identifiedBy("component")
                    .keyword("component", ValueComponent.class, "common.component")
                    .field("statement", TEXT, "diff.field.statement")
                    .field("score", INTEGER, "diff.field.score")
                    .field("importance", SCORES_BY_STAGE, "diff.field.importance")
                    .build();

    public static final ElementKind<ValueProposition> VALUE_PROPOSITION =
            ElementKind.<ValueProposition>of("valueProposition", ValueProposition.class)
                    .field("statement", TEXT, "diff.field.statement")
                    .element("components", ELEMENTS, COMPONENT, "site.valueProposition.components")
                    .build();

    /** How a competitor's value proposition scores, from 1 to 5 per component. */
    public static final ElementKind<Map<ValueComponent, Integer>> COMPETITOR_SCORES = competitorScores();

    /** A cell of our map where a competitor meets the customer; presences are told apart by their cell. */
    public static final ElementKind<Presence> PRESENCE = ElementKind.<Presence>of("presence", Presence.class)
            .field("stage", REFERENCE, "common.stage")
            .field("channel", REFERENCE, "common.channel")
            .field("rating", INTEGER, null)
            .field("note", TEXT, "common.note")
            .build();

    public static final ElementKind<Competitor> COMPETITOR = ElementKind.<Competitor>of("competitor", Competitor.class)
            .identifiedBy("id")
            .field("id", ID, "diff.field.id")
            .field("name", TEXT, "diff.field.name")
            .field("description", TEXT, "diff.field.description")
            .element("valueProposition", ELEMENT, COMPETITOR_SCORES, "site.competitors.scores")
            .element("presence", ELEMENTS, PRESENCE, "diff.field.presence")
            .build();

    /** The sections of a map file; lists from several files are concatenated into one map. */
    public static final ElementKind<TouchpointMap> FILE = ElementKind.<TouchpointMap>of("", TouchpointMap.class)
            .element("map", ELEMENT, MAP, TouchpointMap::info, "common.map")
            .element("stages", ELEMENTS, STAGE, TouchpointMap::stages, "common.stages")
            .element("channels", ELEMENTS, CHANNEL, TouchpointMap::channels, "common.channels")
            .element("personas", ELEMENTS, PERSONA, TouchpointMap::personas, "common.personas")
            .element("touchpoints", ELEMENTS, TOUCHPOINT, TouchpointMap::touchpoints, "common.touchpoints")
            .element("valueProposition", ELEMENT, VALUE_PROPOSITION, TouchpointMap::valueProposition, "common.valueProposition")
            .element("competitors", ELEMENTS, COMPETITOR, TouchpointMap::competitors, "common.competitors")
            .build();

    /** Every kind, from a whole file down to its most nested elements. */
    public static final List<ElementKind<?>> KINDS = List.of(FILE, MAP, STAGE, CHANNEL, PERSONA, TOUCHPOINT,
            ELEMENTS_OF_TOUCHPOINT, EMOTIONS, VALUE_DELIVERED, KPI, OBSERVATION, VALUE_PROPOSITION, COMPONENT, COMPETITOR,
            COMPETITOR_SCORES, PRESENCE, THEME);

    private FieldCatalogue() {
    }

    private static ElementKind<ValueDelivered> valueDelivered() {
        ElementKind.Builder<ValueDelivered> kind = ElementKind.of("valueDelivered", ValueDelivered.class);
        for (ValueComponent component : ValueComponent.values()) {
            kind.entry(component, "statements", TEXT, value -> value.of(component).orElse(null), "diff.field.value");
        }
        return kind.build();
    }

    private static ElementKind<Map<ValueComponent, Integer>> competitorScores() {
        ElementKind.Builder<Map<ValueComponent, Integer>> kind = ElementKind.of("competitorScores", Map.class);
        for (ValueComponent component : ValueComponent.values()) {
            kind.entry(component, component.keyword(), INTEGER, scores -> scores.get(component), "diff.field.scoreFor");
        }
        return kind.build();
    }
}
