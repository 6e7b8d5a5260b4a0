package io.touchmap.render.pdf;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.internal.text.Labels;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Named;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.render.PageSize;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What every part of the document is written with: the map and its warnings, its labels, the page flow, and the
 * date printed.
 *
 * @param date the date of the document, or {@code null} when neither the build nor the map gives one
 * @param warnings the map's warnings, listed in the appendix
 * @param base the directory the warnings' file paths are printed relative to, or null
 * @param pageSize the paper of the map page, printed in landscape
 * @param charts where the KPI charts are drawn, on worker threads
 */
record RenderContext(TouchpointMap map, Labels labels, PageFlow flow, LocalDate date, List<Diagnostic> warnings, Path base,
        PageSize pageSize, ChartPool charts) {

    PdfFonts fonts() {
        return flow.fonts();
    }

    /** The display name of a stage, or its id when the map does not define it. */
    String stageName(String id) {
        return map.stage(id).map(Named::displayName).orElse(id);
    }

    /** The display name of a channel, or its id when the map does not define it. */
    String channelName(String id) {
        return map.channel(id).map(Named::displayName).orElse(id);
    }

    /** The anchor of a touchpoint's sheet, which the map's cells and the contents link to. */
    static String sheetKey(Touchpoint touchpoint) {
        return "touchpoint:" + touchpoint.id();
    }

    static String stageKey(LifecycleStage stage) {
        return "stage:" + stage.id();
    }
}
