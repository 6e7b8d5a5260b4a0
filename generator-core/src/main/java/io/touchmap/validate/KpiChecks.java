package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticCode;
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
            String what = "KPI '" + kpi.id() + "'";
            if (kpi.target() == null && !kpi.origin().has("target")) {
                out.report(DiagnosticCode.KPI_WITHOUT_TARGET, kpi.origin().field("id"), what + " has no target",
                        "add 'target:' so its status can be judged");
            } else if (beyondTarget(kpi)) {
                out.report(DiagnosticCode.WARNING_BEYOND_TARGET, kpi.origin().field("warning"),
                        what + " has warning " + Numbers.format(kpi.warning()) + " on the good side of its target "
                                + Numbers.format(kpi.target()) + " (" + kpi.direction().keyword() + ")",
                        "set the warning between the target and the values that should alert");
            }
            checkPeriods(kpi, what, out);
        }
    }

    /** True when the warning lies on the good side of the target; false unless both were read. */
    private static boolean beyondTarget(Kpi kpi) {
        if (kpi.target() == null || kpi.warning() == null) {
            // a target or warning written but not a number is null here, and was reported where it was written
            return false;
        }
        return kpi.direction() == Direction.LOWER_IS_BETTER ? kpi.warning() < kpi.target() : kpi.warning() > kpi.target();
    }

    private static void checkPeriods(Kpi kpi, String what, Reporter out) {
        Map<Period, Observation> seen = new HashMap<>();
        Observation previous = null;
        boolean unsortedReported = false;
        for (Observation observation : kpi.series()) {
            Observation earlier = seen.putIfAbsent(observation.period(), observation);
            if (earlier != null) {
                out.report(DiagnosticCode.DUPLICATE_PERIOD, observation.origin().field("period"),
                        what + " has period '" + observation.period() + "' twice; first at " + out.where(earlier.origin().field("period")),
                        "keep one value per period: the last one is used");
            } else if (previous != null && observation.period().compareTo(previous.period()) < 0 && !unsortedReported) {
                out.report(DiagnosticCode.UNSORTED_PERIODS, observation.origin().field("period"),
                        what + " has period '" + observation.period() + "' after '" + previous.period() + "'",
                        "list the values in chronological order");
                unsortedReported = true;
            }
            previous = observation;
        }
    }
}
