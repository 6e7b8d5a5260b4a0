package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.Channel;
import io.touchmap.model.Coverage;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;

/** TM201, TM203, TM204: touchpoints that nothing measures, stages without touchpoints, channels nobody uses. */
public final class CoverageWarnings implements MapRule {

    @Override
    public void check(TouchpointMap map, Reporter out) {
        Coverage coverage = map.coverage();
        for (Touchpoint touchpoint : coverage.touchpointsWithoutKpis()) {
            if (touchpoint.id() != null) {
                out.report(DiagnosticText.NO_KPI, touchpoint.origin().field("id"), touchpoint.id());
            }
        }
        for (LifecycleStage stage : coverage.emptyStages()) {
            if (stage.id() != null) {
                out.report(DiagnosticText.EMPTY_STAGE, stage.origin().field("id"), stage.id());
            }
        }
        for (Channel channel : coverage.unusedChannels()) {
            if (channel.id() != null) {
                out.report(DiagnosticText.UNUSED_CHANNEL, channel.origin().field("id"), channel.id());
            }
        }
    }
}
