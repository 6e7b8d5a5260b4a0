package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.Direction;
import io.touchmap.model.Kpi;
import io.touchmap.model.Observation;
import io.touchmap.model.Period;
import io.touchmap.model.TouchpointMap;
import java.util.HashMap;
import java.util.Map;

/** TM202, TM205, TM206, TM208: KPIs with a target, values in chronological order once each, useful warning thresholds. */
public final class KpiChecks implements MapRule {

    @Override
    public void check(TouchpointMap map, Reporter out) {
        for (Kpi kpi : map.kpis()) {
            if (kpi.id() == null) {
                continue;
            }
            if (kpi.target() == null && !kpi.origin().has("target")) {
                out.report(DiagnosticText.NO_TARGET, kpi.origin().field("id"), kpi.id());
            } else if (beyondTarget(kpi)) {
                out.report(DiagnosticText.WARNING_BEYOND_TARGET, kpi.origin().field("warning"), kpi.id(),
                        Numbers.format(kpi.warning()), Numbers.format(kpi.target()), kpi.direction().keyword());
            }
            checkPeriods(kpi, out);
        }
    }

    /** True when the warning lies on the good side of the target; false unless both were read. */
    private static boolean beyondTarget(Kpi kpi) {
        if (kpi.target() == null || kpi.warning() == null || kpi.origin().isRefused("direction")) {
            // a target or warning written but not a number is null here, and a refused direction is the default:
            // each was reported where it was written, and judging with it would add a second message
            return false;
        }
        return kpi.direction() == Direction.LOWER_IS_BETTER ? kpi.warning() < kpi.target() : kpi.warning() > kpi.target();
    }

    private static void checkPeriods(Kpi kpi, Reporter out) {
        Map<Period, Observation> seen = new HashMap<>();
        Observation previous = null;
        boolean unsortedReported = false;
        for (Observation observation : kpi.series()) {
            Observation earlier = seen.putIfAbsent(observation.period(), observation);
            if (earlier != null) {
                out.report(DiagnosticText.DUPLICATE_PERIOD, observation.origin().field("period"), kpi.id(), observation.period(),
                        out.where(earlier.origin().field("period")));
            } else if (previous != null && observation.period().compareTo(previous.period()) < 0 && !unsortedReported) {
                out.report(DiagnosticText.UNSORTED_PERIODS, observation.origin().field("period"), kpi.id(), observation.period(),
                        previous.period());
                unsortedReported = true;
            }
            previous = observation;
        }
    }
}
