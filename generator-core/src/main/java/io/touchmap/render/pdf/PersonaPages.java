package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.Markdown;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Persona;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.render.JourneyView;
import io.touchmap.render.chart.Charts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;

/**
 * A page per persona, as the site's persona pages: the map filtered to the touchpoints that serve the persona
 * ({@link JourneyView#persona}), stage by stage with each touchpoint's KPI status and emotion score, under the
 * persona's own emotion curve. A map without personas has no such section.
 */
final class PersonaPages implements PdfSection {

    /** Beyond this many stages the stage names under the curve are slanted, as on the emotion page. */
    private static final int SLANT_ABOVE = 5;
    private static final float CURVE_HEIGHT = 190;

    @Override
    public String key() {
        return "section:personas";
    }

    @Override
    public String titleKey() {
        return "common.personas";
    }

    /** A map without personas has no persona pages: there is nothing to filter the map by. */
    @Override
    public boolean appliesTo(TouchpointMap map) {
        return !map.personas().isEmpty();
    }

    static String personaKey(Persona persona) {
        return "persona:" + persona.id();
    }

    @Override
    public List<ContentsPages.Line> contents(TouchpointMap map) {
        return map.personas().stream().map(p -> new ContentsPages.Line(1, p.displayName(), personaKey(p))).toList();
    }

    @Override
    public void write(RenderContext context, PageFlow.Heading opening) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        List<Persona> personas = context.map().personas();
        flow.paragraph(labels.get("pdf.persona.intro"), flow.small());
        for (int p = 0; p < personas.size(); p++) {
            if (p > 0) {
                flow.newPage(PdfStyle.PORTRAIT);
            }
            persona(context, personas.get(p), opening);
        }
    }

    private static void persona(RenderContext context, Persona persona, PageFlow.Heading opening) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        flow.heading(2, persona.displayName(), personaKey(persona), opening.bookmark(), true);
        for (List<Markdown.Span> paragraph : Markdown.parse(persona.description()).styledParagraphs()) {
            flow.paragraph(paragraph, flow.body());
        }
        JourneyView view = JourneyView.persona(context.map(), persona);
        if (view.touchpoints() == 0) {
            flow.paragraph(labels.get("pdf.persona.noTouchpoint"), flow.body().withColor(PdfStyle.MUTED));
            return;
        }
        JourneyView.EmotionLine line = view.emotion().get(0);
        if (line.isEmpty()) {
            flow.paragraph(labels.get("common.emotion.noScores"), flow.body().withColor(PdfStyle.MUTED));
        } else {
            JFreeChart chart = Charts.emotionCurve(context.map(), persona, labels);
            if (chart.getPlot() instanceof CategoryPlot plot && view.stages().size() > SLANT_ABOVE) {
                plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            }
            float height = view.stages().size() > SLANT_ABOVE ? CURVE_HEIGHT + 50 : CURVE_HEIGHT;
            flow.figures(List.of(ChartFigure.of(chart, flow.document(), flow.fonts(), flow.width(), height, 1.3f,
                    FigureText.emotion(context.map().emotionCurve(persona), labels))), 6);
        }
        PdfTable.Builder table = PdfTable.builder().rowHeaders()
                .column(labels.get("common.stage"), 1.7f)
                .column(labels.get("common.touchpoints"), 4.3f);
        for (int s = 0; s < view.stages().size(); s++) {
            LifecycleStage stage = view.stages().get(s);
            List<PdfTable.Item> head = new ArrayList<>();
            head.add(PdfTable.Item.text(stage.displayName(), flow.smallStrong().withSize(8.5f)));
            Double mean = line.means().get(s);
            if (mean != null) {
                head.add(PdfTable.Item.text(labels.format("pdf.labelled", labels.get("common.meanEmotion"),
                        TouchpointSheets.signed(mean, labels)), flow.small().withSize(7.5f)));
            }
            List<PdfTable.Item> items = new ArrayList<>();
            for (JourneyView.MapCell cell : view.cells()) {
                if (cell.stage().id().equals(stage.id())) {
                    cell.touchpoints().forEach(t -> items.add(touchpoint(context, t, true)));
                }
            }
            if (items.isEmpty()) {
                items.add(PdfTable.Item.text(labels.get("pdf.none"), flow.body().withColor(PdfStyle.MUTED)));
            }
            table.row(PdfTable.Cell.of(head).filled(PdfStyle.ROW_HEADER_FILL), PdfTable.Cell.of(items));
        }
        flow.table(table.build());
    }

    /**
     * A touchpoint behind the marker of its worst KPI status, with its channel (when asked) and emotion score, linking
     * to its sheet.
     */
    static PdfTable.Item touchpoint(RenderContext context, Touchpoint touchpoint, boolean withChannel) {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        KpiStatus status = touchpoint.kpiStatus();
        Integer score = touchpoint.elements().emotions().score();
        String name = withChannel ? labels.format("pdf.persona.touchpoint", touchpoint.displayName(),
                context.channelName(touchpoint.channel())) : touchpoint.displayName();
        String text = score == null ? name : labels.format("pdf.persona.scored", name, TouchpointSheets.signed(score, labels));
        TextStyle style = flow.body().withSize(8.5f).withColor(PdfStyle.color(touchpoint.status()));
        TextStyle marker = new TextStyle(flow.fonts().bold(), 8.5f, PdfStyle.color(status));
        return PdfTable.Item.marked(PdfStyle.symbol(status), marker, text, style).linkedTo(RenderContext.sheetKey(touchpoint));
    }
}
