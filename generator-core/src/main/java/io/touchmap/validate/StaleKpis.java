package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.Kpi;
import io.touchmap.model.Staleness;
import io.touchmap.model.TouchpointMap;
import java.time.LocalDate;

/**
 * TM220: a KPI whose latest value is older than two of its cadences went stale. Judged on the map's {@code date},
 * else on the build's date this rule is made with, else not at all: never on the clock, so the same files give the
 * same diagnostics.
 */
public final class StaleKpis implements MapRule {

    private final LocalDate buildDate;

    /** The rule judging KPIs on the map's date, else on {@code buildDate} (null for none). */
    public StaleKpis(LocalDate buildDate) {
        this.buildDate = buildDate;
    }

    @Override
    public void check(TouchpointMap map, Reporter out) {
        LocalDate reference = Staleness.referenceDate(map.info(), buildDate);
        if (reference == null) {
            return;
        }
        for (Kpi kpi : map.kpis()) {
            if (kpi.id() == null) {
                continue;
            }
            kpi.staleness(reference).ifPresent(stale -> {
                if (stale.cadence() != null) {
                    out.report(DiagnosticText.STALE_KPI, kpi.origin().field("id"), kpi.id(), stale.latest(), stale.cadence().keyword(),
                            stale.due(), stale.reference());
                } else {
                    out.report(DiagnosticText.STALE_KPI_DAYS, kpi.origin().field("id"), kpi.id(), stale.latest(), stale.days(),
                            stale.due(), stale.reference());
                }
            });
        }
    }
}
