package io.touchmap.render.pdf;

import io.touchmap.model.Channel;
import io.touchmap.model.Competitor;
import io.touchmap.model.Kpi;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Persona;
import io.touchmap.model.Presence;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One warning for each element of the map (the map itself, a stage, a channel, a persona, a touchpoint with its
 * KPIs, the value proposition, a competitor) whose own text has characters the PDF prints as U+FFFD: each element
 * is named once, wherever and however often its text is printed.
 */
final class GlyphWarnings {

    private static final int SHOWN = 5;

    private GlyphWarnings() {
    }

    static List<String> of(TouchpointMap map, PdfFonts fonts) {
        List<String> warnings = new ArrayList<>();
        MapInfo info = map.info();
        add(warnings, fonts, "map '" + info.id() + "'", texts(info.title(), info.organisation(), info.description()));
        for (LifecycleStage stage : map.stages()) {
            add(warnings, fonts, "stage '" + stage.id() + "'", texts(stage.name(), stage.description()));
        }
        for (Channel channel : map.channels()) {
            add(warnings, fonts, "channel '" + channel.id() + "'", texts(channel.name(), channel.group(), channel.description()));
        }
        for (Persona persona : map.personas()) {
            add(warnings, fonts, "persona '" + persona.id() + "'", texts(persona.name(), persona.description()));
        }
        for (Touchpoint touchpoint : map.touchpoints()) {
            add(warnings, fonts, "touchpoint '" + touchpoint.id() + "'", texts(touchpoint));
        }
        List<String> proposition = new ArrayList<>(texts(map.valueProposition().statement()));
        for (PropositionComponent component : map.valueProposition().components()) {
            proposition.add(component.statement());
        }
        add(warnings, fonts, "value proposition", proposition);
        for (Competitor competitor : map.competitors()) {
            List<String> texts = new ArrayList<>(texts(competitor.name(), competitor.description()));
            competitor.presence().stream().map(Presence::note).forEach(texts::add);
            add(warnings, fonts, "competitor '" + competitor.id() + "'", texts);
        }
        return warnings;
    }

    private static List<String> texts(Touchpoint touchpoint) {
        List<String> texts = new ArrayList<>(texts(touchpoint.name(), touchpoint.owner(), touchpoint.description()));
        texts.addAll(touchpoint.elements().product());
        texts.addAll(touchpoint.elements().interactions());
        texts.addAll(touchpoint.elements().communication());
        texts.addAll(touchpoint.elements().emotions().perceptions());
        texts.addAll(touchpoint.painPoints());
        texts.addAll(touchpoint.opportunities());
        texts.addAll(touchpoint.value().statements().values());
        for (Kpi kpi : touchpoint.kpis()) {
            texts.addAll(texts(kpi.name(), kpi.unit(), kpi.description()));
        }
        return texts;
    }

    private static List<String> texts(String... texts) {
        List<String> list = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                list.add(text);
            }
        }
        return list;
    }

    private static void add(List<String> warnings, PdfFonts fonts, String element, List<String> texts) {
        Set<Integer> missing = fonts.unprintable(texts);
        if (missing.isEmpty()) {
            return;
        }
        List<String> shown = missing.stream().limit(SHOWN).map(cp -> String.format("U+%04X", cp)).toList();
        warnings.add(element + ": " + missing.size() + (missing.size() == 1 ? " character" : " characters")
                + " the PDF font cannot print (" + String.join(" ", shown) + (missing.size() > SHOWN ? " …" : "")
                + ") shown as \uFFFD");
    }
}
