package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Diagnostic;
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
                Diagnostic unknown = DiagnosticText.UNKNOWN_RULE.at(at, code, String.join(", ", adjustable));
                out.report(Suggestions.closest(code, adjustable, 1)
                        .map(guess -> unknown.withHint(DiagnosticText.REFERENCE_GUESS.hint(guess)))
                        .orElse(unknown));
            } else if (!known.get().isAdjustable()) {
                out.report(DiagnosticText.NOT_ADJUSTABLE, at, code, String.join(", ", adjustable));
            }
        }
    }
}
