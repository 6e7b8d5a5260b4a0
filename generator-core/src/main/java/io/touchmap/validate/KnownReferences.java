package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Subject;
import io.touchmap.diagnostic.Words;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.Suggestions;
import io.touchmap.model.Channel;
import io.touchmap.model.Competitor;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Location;
import io.touchmap.model.Origin;
import io.touchmap.model.Persona;
import io.touchmap.model.Presence;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * TM106: every stage, channel and persona a touchpoint, a competitor or the value proposition names exists. A
 * reference to an element whose own id was refused, written as that id or as the id it suggests, is not reported
 * again: the refused id was, where it is declared.
 */
public final class KnownReferences implements MapRule {

    /** The ids of one kind of element, and the ids meant by those whose id was refused. */
    private record Declared(String kind, Set<String> ids, Set<String> refused) {

        static Declared of(String kind, Stream<String> ids, Stream<Origin> refusedIds) {
            Set<String> refused = new LinkedHashSet<>();
            refusedIds.forEach(origin -> origin.refusedText("id").ifPresent(written -> {
                refused.add(written);
                refused.add(Suggestions.asId(written));
            }));
            return new Declared(kind, KnownReferences.ids(ids), refused);
        }
    }

    @Override
    public void check(TouchpointMap map, Reporter out) {
        Declared stages = Declared.of("stage", map.stages().stream().map(LifecycleStage::id),
                map.stages().stream().filter(s -> s.id() == null).map(LifecycleStage::origin));
        Declared channels = Declared.of("channel", map.channels().stream().map(Channel::id),
                map.channels().stream().filter(c -> c.id() == null).map(Channel::origin));
        Declared personas = Declared.of("persona", map.personas().stream().map(Persona::id),
                map.personas().stream().filter(p -> p.id() == null).map(Persona::origin));
        for (Touchpoint touchpoint : map.touchpoints()) {
            Words what = Subject.named("touchpoint", touchpoint.id());
            known(touchpoint.stage(), stages, what, touchpoint.origin().field("stage"), out);
            known(touchpoint.channel(), channels, what, touchpoint.origin().field("channel"), out);
            for (String persona : touchpoint.personas()) {
                Location at = touchpoint.origin().has("personas." + persona)
                        ? touchpoint.origin().field("personas." + persona)
                        : touchpoint.origin().field("personas");
                known(persona, personas, what, at, out);
            }
        }
        for (Competitor competitor : map.competitors()) {
            Words what = Subject.named("competitor", competitor.id());
            for (Presence presence : competitor.presence()) {
                known(presence.stage(), stages, what, presence.origin().field("stage"), out);
                known(presence.channel(), channels, what, presence.origin().field("channel"), out);
            }
        }
        for (PropositionComponent component : map.valueProposition().components()) {
            Words what = Subject.of("importanceOfComponent", component.component().keyword());
            for (String stage : component.importance().keySet()) {
                known(stage, stages, what, component.origin().field("importance." + stage), out);
            }
        }
    }

    private static Set<String> ids(Stream<String> ids) {
        Set<String> set = new LinkedHashSet<>();
        ids.forEach(id -> {
            if (id != null) {
                set.add(id);
            }
        });
        return set;
    }

    private static void known(String id, Declared declared, Words what, Location at, Reporter out) {
        if (id == null || declared.ids().contains(id) || declared.refused().contains(id)) {
            return;
        }
        Set<String> ids = declared.ids();
        String kind = declared.kind();
        String section = kind + "s";
        String some = String.join(", ", ids.stream().limit(12).toList()) + (ids.size() > 12 ? ", …" : "");
        Diagnostic unknown = DiagnosticText.UNKNOWN_ELEMENT.at(at, what, Subject.noun(kind), id, section, some);
        out.report(Suggestions.closest(id, ids).map(guess -> unknown.withHint(DiagnosticText.REFERENCE_GUESS.hint(guess)))
                .orElse(ids.isEmpty() ? unknown.withHint(DiagnosticText.UNDECLARED.hint(section)) : unknown));
    }
}
