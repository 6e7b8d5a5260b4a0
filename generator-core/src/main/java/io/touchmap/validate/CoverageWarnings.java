package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticCode;
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
                out.report(DiagnosticCode.TOUCHPOINT_WITHOUT_KPI, touchpoint.origin().field("id"),
                        "touchpoint '" + touchpoint.id() + "' has no KPI", "add a KPI under 'kpis' to measure it");
            }
        }
        for (LifecycleStage stage : coverage.emptyStages()) {
            if (stage.id() != null) {
                out.report(DiagnosticCode.EMPTY_STAGE, stage.origin().field("id"), "stage '" + stage.id() + "' has no touchpoint",
                        "add a touchpoint with 'stage: " + stage.id() + "', or remove the stage");
            }
        }
        for (Channel channel : coverage.unusedChannels()) {
            if (channel.id() != null) {
                out.report(DiagnosticCode.UNUSED_CHANNEL, channel.origin().field("id"), "channel '" + channel.id() + "' has no touchpoint",
                        "add a touchpoint with 'channel: " + channel.id() + "', or remove the channel");
            }
        }
    }
}
