package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Persona;
import io.touchmap.model.StageEmotion;
import io.touchmap.render.chart.Charts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;

/** The emotion curve along the lifecycle: the chart, then the mean score of each stage as a table. */
final class EmotionPage implements PdfSection {

    /** Beyond this many stages the stage names under the curve are slanted. */
    private static final int SLANT_ABOVE = 5;
    /** Personas whose means are columns of the stage table; the others get tables of their own. */
    private static final int PERSONAS_INLINE = 3;
    /** Personas side by side in each of those further tables. */
    private static final int PERSONAS_PER_TABLE = 6;

    @Override
    public String key() {
        return "section:emotion";
    }

    @Override
    public String titleKey() {
        return "common.emotionCurve";
    }

    @Override
    public void write(RenderContext context, PageFlow.Heading opening) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        flow.paragraph(labels.get("pdf.emotion.intro"), flow.body());
        List<StageEmotion> curve = context.map().emotionCurve();
        if (curve.stream().allMatch(e -> e.mean() == null)) {
            flow.paragraph(labels.get("common.emotion.noScores"), flow.body().withColor(PdfStyle.MUTED));
            return;
        }
        JFreeChart chart = Charts.emotionCurve(context.map(), labels);
        float height = 250;
        if (chart.getPlot() instanceof CategoryPlot plot && curve.size() > SLANT_ABOVE) {
            height = 320;
            // Stage names get narrow columns on a portrait page: slant them rather than cut them mid-word.
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        flow.figures(List.of(ChartFigure.of(chart, flow.document(), flow.fonts(), flow.width(), height, 1.3f,
                FigureText.emotion(curve, labels))), 10);
        List<Persona> personas = context.map().personas().stream()
                .filter(p -> context.map().emotionCurve(p).stream().anyMatch(e -> e.mean() != null))
                .toList();
        // The first personas get a column beside the overall mean; more get tables of their own below.
        List<Persona> inline = personas.subList(0, Math.min(personas.size(), PERSONAS_INLINE));
        PdfTable.Builder table = PdfTable.builder()
                .column(labels.get("common.stage"), 2.6f)
                .column(labels.get("common.phase"), 1.8f)
                .column(labels.get("common.meanEmotion"), 1.2f)
                .column(labels.get("common.scoredTouchpoints"), 1.3f);
        inline.forEach(persona -> table.column(persona.displayName(), 1.3f));
        List<List<StageEmotion>> inlineCurves = inline.stream().map(p -> context.map().emotionCurve(p)).toList();
        for (int s = 0; s < curve.size(); s++) {
            StageEmotion emotion = curve.get(s);
            List<PdfTable.Cell> cells = new ArrayList<>(List.of(
                    PdfTable.Cell.text(emotion.stage().displayName(), flow.strong()),
                    PdfTable.Cell.text(emotion.stage().phase() == null ? "" : labels.of(emotion.stage().phase()), flow.body()),
                    PdfTable.Cell.text(mean(emotion, labels), flow.body()),
                    PdfTable.Cell.text(String.valueOf(emotion.scored()), flow.body())));
            for (List<StageEmotion> personaCurve : inlineCurves) {
                cells.add(PdfTable.Cell.text(mean(personaCurve.get(s), labels), flow.body()));
            }
            table.row(cells);
        }
        flow.table(table.build());
        if (personas.size() > PERSONAS_INLINE) {
            morePersonas(context, personas.subList(PERSONAS_INLINE, personas.size()));
        }
    }

    private static String mean(StageEmotion emotion, Labels labels) {
        return emotion.mean() == null ? labels.get("pdf.none") : TouchpointSheets.signed(emotion.mean(), labels);
    }

    /** The personas that did not fit beside the overall mean, a few per table. */
    private static void morePersonas(RenderContext context, List<Persona> personas) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        flow.heading(2, labels.get("pdf.emotion.byPersona"), null, null, false);
        List<LifecycleStage> stages = context.map().stages();
        for (int start = 0; start < personas.size(); start += PERSONAS_PER_TABLE) {
            List<Persona> group = personas.subList(start, Math.min(personas.size(), start + PERSONAS_PER_TABLE));
            PdfTable.Builder table = PdfTable.builder().column(labels.get("common.stage"), 2.6f);
            group.forEach(persona -> table.column(persona.displayName(), 1.3f));
            List<List<StageEmotion>> curves = group.stream().map(p -> context.map().emotionCurve(p)).toList();
            for (int s = 0; s < stages.size(); s++) {
                List<PdfTable.Cell> cells = new ArrayList<>();
                cells.add(PdfTable.Cell.text(stages.get(s).displayName(), flow.strong()));
                for (List<StageEmotion> curve : curves) {
                    cells.add(PdfTable.Cell.text(mean(curve.get(s), labels), flow.body()));
                }
                table.row(cells);
            }
            flow.table(table.build());
        }
    }
}
