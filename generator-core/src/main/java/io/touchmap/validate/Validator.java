package io.touchmap.validate;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.RuleSetting;
import io.touchmap.model.TouchpointMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs every rule over a loaded map, then applies the severities the map sets in {@code map.rules}. */
public final class Validator {

    /** The rules every map is checked against. */
    public static final List<MapRule> RULES = List.of(
            new UniqueIds(),
            new KnownReferences(),
            new RuleSettings(),
            new CoverageWarnings(),
            new KpiChecks(),
            new CompleteValueProposition(),
            new StaleKpis(null));

    private Validator() {
    }

    /** The problems the rules find in {@code map}, whose files lie in {@code mapDirectory}. */
    public static List<Diagnostic> validate(TouchpointMap map, Path mapDirectory) {
        return validate(map, mapDirectory, null);
    }

    /**
     * The problems the rules find in {@code map}, with its KPIs' staleness judged on the map's date, else on
     * {@code buildDate} (the day of the build's output timestamp; null for none).
     */
    public static List<Diagnostic> validate(TouchpointMap map, Path mapDirectory, LocalDate buildDate) {
        Reporter out = new Reporter(mapDirectory);
        for (MapRule rule : RULES) {
            (rule instanceof StaleKpis ? new StaleKpis(buildDate) : rule).check(map, out);
        }
        // an element repeated through a YAML alias would otherwise be reported once per repetition
        return out.diagnostics().stream().distinct().toList();
    }

    /** {@code diagnostics} with the map's own severities applied: warnings raised to errors or ignored. */
    public static List<Diagnostic> applySettings(List<Diagnostic> diagnostics, Map<String, RuleSetting> settings) {
        if (settings.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> adjusted = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            RuleSetting setting = diagnostic.code().isAdjustable() ? settings.get(diagnostic.code().code()) : null;
            if (setting == null) {
                adjusted.add(diagnostic);
            } else if (setting != RuleSetting.IGNORE) {
                adjusted.add(diagnostic.withSeverity(setting == RuleSetting.ERROR ? io.touchmap.diagnostic.Severity.ERROR
                        : io.touchmap.diagnostic.Severity.WARNING));
            }
        }
        return adjusted;
    }
}
