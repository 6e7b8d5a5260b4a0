package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.Cell;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The map on landscape pages: stages across, channels down, each cell listing its touchpoints behind a marker of
 * their worst KPI status, each name linking to the touchpoint's sheet.
 */
final class MapPages implements PdfSection {

    private static final float MIN_STAGE_WIDTH = 122;
    private static final float CELL_SIZE = 8.5f;

    @Override
    public String key() {
        return "section:map";
    }

    @Override
    public String titleKey() {
        return "common.map.title";
    }

    @Override
    public PDRectangle format() {
        return PdfStyle.LANDSCAPE;
    }

    @Override
    public void write(RenderContext context, PageFlow.Heading heading) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        if (context.map().stages().isEmpty() || context.map().channels().isEmpty()) {
            flow.paragraph(labels.get("pdf.map.empty"), flow.body());
            return;
        }
        StageGrid grid = new StageGrid(context, MIN_STAGE_WIDTH);
        List<List<LifecycleStage>> ranges = grid.ranges(PdfStyle.LANDSCAPE);
        for (int r = 0; r < ranges.size(); r++) {
            List<LifecycleStage> range = ranges.get(r);
            if (ranges.size() > 1) {
                if (r > 0) {
                    flow.newPage(PdfStyle.LANDSCAPE);
                }
                String title = labels.format("pdf.map.range", range.get(0).displayName(),
                        range.get(range.size() - 1).displayName());
                PDOutlineItem parent = heading.bookmark();
                flow.heading(3, title, "map:" + r, parent, true);
            }
            // The key goes above the grid: below it, it could be left alone on a page after a long grid.
            legend(context);
            flow.table(grid.table(range, cell -> items(context, cell)));
        }
    }

    private static List<PdfTable.Item> items(RenderContext context, Cell cell) {
        PageFlow flow = context.flow();
        List<PdfTable.Item> items = new ArrayList<>();
        for (Touchpoint touchpoint : context.map().touchpointsIn(cell)) {
            KpiStatus status = touchpoint.kpiStatus();
            String name = touchpoint.displayName();
            if (touchpoint.status() != null && touchpoint.status() != TouchpointStatus.ACTIVE) {
                name += " (" + context.labels().of(touchpoint.status()).toLowerCase(context.labels().locale()) + ")";
            }
            TextStyle text = flow.body().withSize(CELL_SIZE).withColor(PdfStyle.color(touchpoint.status()));
            TextStyle marker = new TextStyle(flow.fonts().bold(), CELL_SIZE, PdfStyle.color(status));
            items.add(PdfTable.Item.marked(PdfStyle.symbol(status), marker, context.fonts().clean(name), text)
                    .linkedTo(RenderContext.sheetKey(touchpoint)));
        }
        return items;
    }

    /** The key to the markers, above every table of the map. */
    static void legend(RenderContext context) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        TextStyle small = flow.small();
        flow.ensure(3 * small.leading() + 4);
        List<PageFlow.Run> runs = new ArrayList<>();
        runs.add(new PageFlow.Run(labels.get("pdf.map.legend") + "  ", small));
        for (KpiStatus status : KpiStatus.values()) {
            runs.add(new PageFlow.Run(PdfStyle.symbol(status) + " ",
                    new TextStyle(flow.fonts().bold(), small.size(), PdfStyle.color(status))));
            runs.add(new PageFlow.Run(labels.of(status) + "    ", small.withColor(PdfStyle.TEXT)));
        }
        flow.runs(runs);
        flow.paragraph(labels.get("pdf.map.status"), small);
        flow.space(4);
    }
}
