package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Subject;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.Location;
import io.touchmap.model.Origin;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.TouchpointMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** TM105: no two stages, channels, personas, touchpoints, KPIs, competitors or value components share an id. */
public final class UniqueIds implements MapRule {

    @Override
    public void check(TouchpointMap map, Reporter out) {
        unique(map.stages(), s -> s.id(), s -> s.origin(), "stage", out);
        unique(map.channels(), c -> c.id(), c -> c.origin(), "channel", out);
        unique(map.personas(), p -> p.id(), p -> p.origin(), "persona", out);
        unique(map.touchpoints(), t -> t.id(), t -> t.origin(), "touchpoint", out);
        unique(map.kpis(), k -> k.id(), k -> k.origin(), "kpi", out);
        unique(map.competitors(), c -> c.id(), c -> c.origin(), "competitor", out);
        Map<String, Origin> described = new HashMap<>();
        for (PropositionComponent component : map.valueProposition().components()) {
            String name = component.component().keyword();
            Origin earlier = described.putIfAbsent(name, component.origin());
            if (earlier != null) {
                out.report(DiagnosticText.COMPONENT_TWICE, component.origin().at(), name, out.where(earlier.at()));
            }
        }
    }

    private static <T> void unique(List<T> elements, Function<T, String> id, Function<T, Origin> origin, String kind,
            Reporter out) {
        Map<String, Origin> first = new HashMap<>();
        for (T element : elements) {
            String key = id.apply(element);
            if (key == null) {
                continue;
            }
            Origin here = origin.apply(element);
            Origin earlier = first.putIfAbsent(key, here);
            if (earlier != null) {
                Location at = here.has("id") ? here.field("id") : here.at();
                if (at.equals(earlier.field("id"))) {
                    out.report(DiagnosticText.REPEATED_THROUGH_ALIAS, at, Subject.noun(kind), key);
                } else {
                    out.report(DiagnosticText.DUPLICATE_ID, at, Subject.noun(kind), key, out.where(earlier.field("id")));
                }
            }
        }
    }
}
