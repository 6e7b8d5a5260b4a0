package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.Suggestions;
import io.touchmap.model.MapInfo;
import io.touchmap.model.TouchpointMap;
import java.util.Arrays;
import java.util.List;

/** TM106 and TM115: {@code map.rules} names existing codes, and changes only the severity of warnings. */
public final class RuleSettings implements MapRule {

    @Override
    public void check(TouchpointMap map, Reporter out) {
        MapInfo info = map.info();
        List<String> adjustable = Arrays.stream(DiagnosticCode.values()).filter(DiagnosticCode::isAdjustable)
                .map(DiagnosticCode::code).toList();
        for (String code : info.rules().keySet()) {
            var at = info.origin().field("rules." + code);
            var known = DiagnosticCode.of(code);
            if (known.isEmpty()) {
                String hint = Suggestions.didYouMean(code, adjustable);
                out.report(DiagnosticCode.UNKNOWN_REFERENCE, at, "map.rules names unknown rule '" + code + "'",
                        hint != null ? hint : "rules that can be changed: " + String.join(", ", adjustable));
            } else if (!known.get().isAdjustable()) {
                out.report(DiagnosticCode.RULE_NOT_ADJUSTABLE, at, "map.rules changes the severity of '" + code + "', which is always an error",
                        "remove it from map.rules; only warnings can be changed: " + String.join(", ", adjustable));
            }
        }
    }
}
