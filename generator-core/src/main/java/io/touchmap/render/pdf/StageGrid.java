package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.Cell;
import io.touchmap.model.Channel;
import io.touchmap.model.ChannelType;
import io.touchmap.model.LifecycleStage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A grid of the map's cells, lifecycle stages across and channels down, filled by a function of the cell. When the
 * stages do not fit the page width they are split into ranges, one table each, every table repeating the channel
 * column; rows taller than the page continue on the next one under the repeated stage headers.
 */
final class StageGrid {

    private static final float CHANNEL_COLUMN = 108;

    private final RenderContext context;
    private final float minStageWidth;

    StageGrid(RenderContext context, float minStageWidth) {
        this.context = context;
        this.minStageWidth = minStageWidth;
    }

    /** The stages cut into consecutive ranges of nearly equal size, each narrow enough for {@code format}. */
    List<List<LifecycleStage>> ranges(PDRectangle format) {
        List<LifecycleStage> stages = context.map().stages();
        float width = format.getWidth() - 2 * PdfStyle.MARGIN - CHANNEL_COLUMN;
        int perPage = Math.max(1, (int) (width / minStageWidth));
        int count = Math.max(1, (stages.size() + perPage - 1) / perPage);
        int size = (stages.size() + count - 1) / count;
        List<List<LifecycleStage>> ranges = new ArrayList<>();
        for (int start = 0; start < stages.size(); start += size) {
            ranges.add(stages.subList(start, Math.min(stages.size(), start + size)));
        }
        return ranges;
    }

    /** The table of one range of stages, its cells filled by {@code content}. */
    PdfTable table(List<LifecycleStage> stages, Function<Cell, List<PdfTable.Item>> content) {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        float stageWeight = Math.max(minStageWidth, (flow.width() - CHANNEL_COLUMN) / Math.max(1, stages.size()));
        PdfTable.Builder table = PdfTable.builder().rowHeaders().column(labels.get("common.channel"), CHANNEL_COLUMN);
        for (LifecycleStage stage : stages) {
            table.column(stage.displayName(), stage.phase() == null ? null : labels.of(stage.phase()), stageWeight);
        }
        for (Channel channel : context.map().channels()) {
            List<PdfTable.Cell> cells = new ArrayList<>();
            List<PdfTable.Item> header = new ArrayList<>();
            header.add(PdfTable.Item.text(channel.displayName(), flow.smallStrong().withSize(8.5f)));
            String kind = kind(channel.type(), channel.group());
            if (!kind.isEmpty()) {
                header.add(PdfTable.Item.text(kind, flow.small().withSize(7.5f)));
            }
            cells.add(PdfTable.Cell.of(header).filled(PdfStyle.ROW_HEADER_FILL));
            for (LifecycleStage stage : stages) {
                cells.add(PdfTable.Cell.of(content.apply(new Cell(stage.id(), channel.id()))));
            }
            table.row(cells);
        }
        return table.build();
    }

    private String kind(ChannelType type, String group) {
        List<String> parts = new ArrayList<>();
        if (type != null) {
            parts.add(context.labels().of(type));
        }
        if (group != null && !group.isBlank()) {
            parts.add(group);
        }
        return String.join(" \u00B7 ", parts);
    }
}
