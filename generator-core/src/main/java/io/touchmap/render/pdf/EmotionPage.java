package io.touchmap.render.pdf;

import io.touchmap.model.StageEmotion;
import io.touchmap.render.chart.Charts;
import java.io.IOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;

/** The emotion curve along the lifecycle: the chart, then the mean score of each stage as a table. */
final class EmotionPage {

    /** Beyond this many stages the stage names under the curve are slanted. */
    private static final int SLANT_ABOVE = 5;

    private EmotionPage() {
    }

    static void write(RenderContext context) throws IOException {
        PageFlow flow = context.flow();
        PdfLabels labels = context.labels();
        flow.newPage(PdfStyle.PORTRAIT);
        flow.heading(1, labels.get("emotion"), DocumentPlan.EMOTION, null, true);
        flow.paragraph(labels.get("emotion.intro"), flow.body());
        List<StageEmotion> curve = context.map().emotionCurve();
        if (curve.stream().allMatch(e -> e.mean() == null)) {
            flow.paragraph(labels.get("emotion.none"), flow.body().withColor(PdfStyle.MUTED));
            return;
        }
        JFreeChart chart = Charts.emotionCurve(context.map(), labels.shared());
        float height = 250;
        if (chart.getPlot() instanceof CategoryPlot plot && curve.size() > SLANT_ABOVE) {
            height = 320;
            // Stage names get narrow columns on a portrait page: slant them rather than cut them mid-word.
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        flow.figures(List.of(ChartFigure.of(chart, flow.document(), flow.fonts(), flow.width(), height, 1.3f)), 10);
        PdfTable.Builder table = PdfTable.builder()
                .column(labels.get("emotion.stage"), 3)
                .column(labels.get("emotion.phase"), 2)
                .column(labels.get("emotion.mean"), 1.4f)
                .column(labels.get("emotion.scored"), 1.6f);
        for (StageEmotion emotion : curve) {
            table.row(PdfTable.Cell.text(RenderContext.name(emotion.stage()), flow.strong()),
                    PdfTable.Cell.text(emotion.stage().phase() == null ? "" : labels.of(emotion.stage().phase()), flow.body()),
                    PdfTable.Cell.text(emotion.mean() == null ? labels.get("none")
                            : TouchpointSheets.signed(emotion.mean(), labels), flow.body()),
                    PdfTable.Cell.text(String.valueOf(emotion.scored()), flow.body()));
        }
        flow.table(table.build());
    }
}
