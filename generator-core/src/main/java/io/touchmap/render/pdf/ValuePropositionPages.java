package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.Markdown;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.ValueProposition;
import io.touchmap.render.chart.Charts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The value proposition: its statement, each component with our score, the importance of each component per stage
 * as a heat map (the number printed in every cell, so it reads without colour), and our scores next to the
 * competitors'.
 */
final class ValuePropositionPages implements PdfSection {

    private static final float MIN_STAGE_WIDTH = 76;
    private static final float COMPONENT_COLUMN = 104;
    private static final float CHART_HEIGHT = 240;

    @Override
    public String key() {
        return "section:value";
    }

    @Override
    public String titleKey() {
        return "common.valueProposition";
    }

    @Override
    public void write(RenderContext context, PageFlow.Heading opening) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        ValueProposition proposition = context.map().valueProposition();
        if (proposition.components().isEmpty() && (proposition.statement() == null || proposition.statement().isBlank())) {
            flow.paragraph(labels.get("pdf.valueProposition.none"), flow.body().withColor(PdfStyle.MUTED));
            return;
        }
        for (List<Markdown.Span> paragraph : Markdown.parse(proposition.statement()).styledParagraphs()) {
            flow.paragraph(paragraph, flow.body().withSize(10.5f));
        }
        if (proposition.components().isEmpty()) {
            return;
        }
        PdfTable.Builder components = PdfTable.builder()
                .column(labels.get("common.component"), 1.3f)
                .column(labels.get("common.valueProposition.promise"), 4)
                .column(labels.get("common.valueProposition.score"), 1);
        for (PropositionComponent component : proposition.components()) {
            components.row(PdfTable.Cell.text(labels.of(component.component()), flow.strong()),
                    PdfTable.Cell.text(component.statement() == null ? "" : component.statement(), flow.body()),
                    PdfTable.Cell.text(component.score() == null ? labels.get("pdf.none") : labels.format("common.outOfFive", component.score()), flow.body()));
        }
        flow.table(components.build());
        importance(context, proposition);
        // The heading goes with its chart: both on this page or both on the next.
        flow.ensure(CHART_HEIGHT + PdfStyle.H2_SIZE * 2.8f);
        flow.heading(2, labels.get("common.valueProposition.comparison"), null, null, false);
        flow.figures(List.of(ChartFigure.of(Charts.valueProposition(context.map(), labels), flow.document(),
                flow.fonts(), flow.width(), CHART_HEIGHT, 1.3f, FigureText.valueProposition(context.map(), labels))), 10);
    }

    private static void importance(RenderContext context, ValueProposition proposition) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        List<LifecycleStage> stages = context.map().stages();
        if (stages.isEmpty() || proposition.components().stream().allMatch(c -> c.importance().isEmpty())) {
            return;
        }
        flow.heading(2, labels.get("common.valueProposition.importance"), null, null, false);
        int perTable = Math.max(1, (int) ((flow.width() - COMPONENT_COLUMN) / MIN_STAGE_WIDTH));
        int tables = (stages.size() + perTable - 1) / perTable;
        int size = (stages.size() + tables - 1) / tables;
        for (int start = 0; start < stages.size(); start += size) {
            List<LifecycleStage> range = stages.subList(start, Math.min(stages.size(), start + size));
            float stageWidth = (flow.width() - COMPONENT_COLUMN) / range.size();
            PdfTable.Builder table = PdfTable.builder().column(labels.get("common.component"), COMPONENT_COLUMN);
            for (LifecycleStage stage : range) {
                table.column(stage.displayName(), stageWidth);
            }
            for (PropositionComponent component : proposition.components()) {
                List<PdfTable.Cell> cells = new ArrayList<>();
                cells.add(PdfTable.Cell.text(labels.of(component.component()), flow.strong()).filled(PdfStyle.ROW_HEADER_FILL));
                for (LifecycleStage stage : range) {
                    Integer importance = component.importance().get(stage.id());
                    cells.add(importance == null ? PdfTable.Cell.text(labels.get("pdf.none"), flow.small())
                            : PdfTable.Cell.text(String.valueOf(importance),
                                    flow.strong().withColor(PdfStyle.onFill(importance))).filled(PdfStyle.scale(importance)));
                }
                table.row(cells);
            }
            flow.table(table.build());
        }
        flow.paragraph(labels.get("pdf.valueProposition.importanceLegend"), flow.small());
    }
}
