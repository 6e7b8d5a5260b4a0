package io.touchmap.validate;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.Suggestions;
import io.touchmap.model.Channel;
import io.touchmap.model.Coverage;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * TM201, TM203, TM204: touchpoints that nothing measures, stages without touchpoints, channels nobody uses. None of
 * them speaks about what a refused value may have meant: no TM201 after a misspelt {@code kpis} or a refused status,
 * no TM203 or TM204 for the stage or channel that an unknown, invalid or misspelt reference of a touchpoint resembles.
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
        Set<String> stagesMeant = meant(map, "stage", Touchpoint::stage, map.stages().stream().map(LifecycleStage::id));
        for (LifecycleStage stage : coverage.emptyStages()) {
            if (stage.id() != null && !stagesMeant.contains(stage.id())) {
                out.report(DiagnosticText.EMPTY_STAGE, stage.origin().field("id"), stage.id());
            }
        }
        Set<String> channelsMeant = meant(map, "channel", Touchpoint::channel, map.channels().stream().map(Channel::id));
        for (Channel channel : coverage.unusedChannels()) {
            if (channel.id() != null && !channelsMeant.contains(channel.id())) {
                out.report(DiagnosticText.UNUSED_CHANNEL, channel.origin().field("id"), channel.id());
            }
        }
    }

    /**
     * The declared ids that touchpoints seem to mean by a {@code field} that was refused or names no declared id: the
     * id itself once made valid, else the closest declared id. Each of those references has its own message.
     */
    private static Set<String> meant(TouchpointMap map, String field, Function<Touchpoint, String> place, Stream<String> declared) {
        Set<String> ids = declared.filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> meant = new HashSet<>();
        for (Touchpoint touchpoint : map.touchpoints()) {
            String placed = place.apply(touchpoint);
            String written = placed != null ? placed : touchpoint.origin().refusedText(field).orElse(null);
            if (written == null || written.equals(placed) && ids.contains(placed)) {
                continue;
            }
            String asId = Suggestions.asId(written);
            if (ids.contains(written)) {
                meant.add(written);
            } else if (ids.contains(asId)) {
                meant.add(asId);
            } else {
                Suggestions.closest(written, ids).ifPresent(meant::add);
            }
        }
        return meant;
    }
}
