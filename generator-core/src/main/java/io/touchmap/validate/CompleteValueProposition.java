package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.Keyword;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueComponent;
import io.touchmap.model.ValueProposition;
import java.util.EnumSet;
import java.util.Set;

/** TM207: a value proposition, once written, describes all four components. */
public final class CompleteValueProposition implements MapRule {

    @Override
    public void check(TouchpointMap map, Reporter out) {
        ValueProposition proposition = map.valueProposition();
        if (proposition.components().isEmpty() && proposition.statement() == null) {
            return;
        }
        Set<ValueComponent> missing = EnumSet.allOf(ValueComponent.class);
        proposition.components().stream().map(PropositionComponent::component).forEach(missing::remove);
        if (!missing.isEmpty()) {
            String names = String.join(", ", missing.stream().map(Keyword::keyword).toList());
            String entries = String.join(" and ", missing.stream().map(c -> "'- component: " + c.keyword() + "'").toList());
            out.report(DiagnosticText.MISSING_COMPONENTS, proposition.origin().at(), names, entries);
        }
    }
}
