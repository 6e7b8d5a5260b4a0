package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.Channel;
import io.touchmap.model.Coverage;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * TM201, TM203, TM204: touchpoints that nothing measures, stages without touchpoints, channels nobody uses. Each
 * stays silent when what it judges by was refused or is unknown (a misspelt {@code kpis}, a touchpoint whose stage or
 * channel is invalid, missing or undeclared): that mistake has its own message.
 */
public final class CoverageWarnings implements MapRule {

    @Override
    public void check(TouchpointMap map, Reporter out) {
        Coverage coverage = map.coverage();
        for (Touchpoint touchpoint : coverage.touchpointsWithoutKpis()) {
            if (touchpoint.id() != null && !touchpoint.origin().isRefused("kpis") && !touchpoint.origin().isRefused("status")) {
                out.report(DiagnosticText.NO_KPI, touchpoint.origin().field("id"), touchpoint.id());
            }
        }
        if (allKnown(map, Touchpoint::stage, map.stages().stream().map(LifecycleStage::id))) {
            for (LifecycleStage stage : coverage.emptyStages()) {
                if (stage.id() != null) {
                    out.report(DiagnosticText.EMPTY_STAGE, stage.origin().field("id"), stage.id());
                }
            }
        }
        if (allKnown(map, Touchpoint::channel, map.channels().stream().map(Channel::id))) {
            for (Channel channel : coverage.unusedChannels()) {
                if (channel.id() != null) {
                    out.report(DiagnosticText.UNUSED_CHANNEL, channel.origin().field("id"), channel.id());
                }
            }
        }
    }

    /** True when every touchpoint is placed on one of {@code declared}, so that the ones left empty are known. */
    private static boolean allKnown(TouchpointMap map, Function<Touchpoint, String> place, java.util.stream.Stream<String> declared) {
        Set<String> ids = declared.filter(Objects::nonNull).collect(Collectors.toSet());
        return map.touchpoints().stream().map(place).allMatch(id -> id != null && ids.contains(id));
    }
}
