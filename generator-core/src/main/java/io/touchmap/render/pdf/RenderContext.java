package io.touchmap.render.pdf;

import io.touchmap.model.Channel;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.time.LocalDate;

/**
 * What every part of the document is written with: the map, its labels, the page flow, and the date printed.
 *
 * @param date the date of the document, or {@code null} when neither the build nor the map gives one
 */
record RenderContext(TouchpointMap map, PdfLabels labels, PageFlow flow, LocalDate date) {

    PdfFonts fonts() {
        return flow.fonts();
    }

    /** The name of a stage, or its id when the map does not define it. */
    String stageName(String id) {
        return map.stage(id).map(LifecycleStage::name).filter(n -> n != null && !n.isBlank()).orElse(id);
    }

    /** The name of a channel, or its id when the map does not define it. */
    String channelName(String id) {
        return map.channel(id).map(Channel::name).filter(n -> n != null && !n.isBlank()).orElse(id);
    }

    static String name(Touchpoint touchpoint) {
        return touchpoint.name() == null || touchpoint.name().isBlank() ? touchpoint.id() : touchpoint.name();
    }

    static String name(LifecycleStage stage) {
        return stage.name() == null || stage.name().isBlank() ? stage.id() : stage.name();
    }

    static String name(Channel channel) {
        return channel.name() == null || channel.name().isBlank() ? channel.id() : channel.name();
    }

    /** The anchor of a touchpoint's sheet, which the map's cells and the contents link to. */
    static String sheetKey(Touchpoint touchpoint) {
        return "touchpoint:" + touchpoint.id();
    }

    static String stageKey(LifecycleStage stage) {
        return "stage:" + stage.id();
    }
}
