package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.Suggestions;
import io.touchmap.model.Channel;
import io.touchmap.model.Competitor;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Location;
import io.touchmap.model.Persona;
import io.touchmap.model.Presence;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.util.LinkedHashSet;
import java.util.Set;

/** TM106: every stage, channel and persona a touchpoint, a competitor or the value proposition names exists. */
public final class KnownReferences implements MapRule {

    @Override
    public void check(TouchpointMap map, Reporter out) {
        Set<String> stages = ids(map.stages().stream().map(LifecycleStage::id));
        Set<String> channels = ids(map.channels().stream().map(Channel::id));
        Set<String> personas = ids(map.personas().stream().map(Persona::id));
        for (Touchpoint touchpoint : map.touchpoints()) {
            String what = touchpoint.id() == null ? "a touchpoint" : "touchpoint '" + touchpoint.id() + "'";
            known(touchpoint.stage(), stages, "stage", what, touchpoint.origin().field("stage"), out);
            known(touchpoint.channel(), channels, "channel", what, touchpoint.origin().field("channel"), out);
            for (String persona : touchpoint.personas()) {
                Location at = touchpoint.origin().has("personas." + persona)
                        ? touchpoint.origin().field("personas." + persona)
                        : touchpoint.origin().field("personas");
                known(persona, personas, "persona", what, at, out);
            }
        }
        for (Competitor competitor : map.competitors()) {
            String what = competitor.id() == null ? "a competitor" : "competitor '" + competitor.id() + "'";
            for (Presence presence : competitor.presence()) {
                known(presence.stage(), stages, "stage", what, presence.origin().field("stage"), out);
                known(presence.channel(), channels, "channel", what, presence.origin().field("channel"), out);
            }
        }
        for (PropositionComponent component : map.valueProposition().components()) {
            String what = "the importance of component '" + component.component().keyword() + "'";
            for (String stage : component.importance().keySet()) {
                known(stage, stages, "stage", what, component.origin().field("importance." + stage), out);
            }
        }
    }

    private static Set<String> ids(java.util.stream.Stream<String> ids) {
        Set<String> set = new LinkedHashSet<>();
        ids.forEach(id -> {
            if (id != null) {
                set.add(id);
            }
        });
        return set;
    }

    private static void known(String id, Set<String> ids, String kind, String what, Location at, Reporter out) {
        if (id == null || ids.contains(id)) {
            return;
        }
        String section = kind + "s";
        String some = String.join(", ", ids.stream().limit(12).toList()) + (ids.size() > 12 ? ", …" : "");
        Diagnostic unknown = DiagnosticText.UNKNOWN_ELEMENT.at(at, what, kind, id, section, some);
        out.report(Suggestions.closest(id, ids).map(guess -> unknown.withHint(DiagnosticText.REFERENCE_GUESS.hint(guess)))
                .orElse(ids.isEmpty() ? unknown.withHint(DiagnosticText.UNDECLARED.hint(section)) : unknown));
    }
}
