package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.Markdown;
import io.touchmap.model.Cell;
import io.touchmap.model.Competitor;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Presence;
import io.touchmap.model.ValueComponent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The competitors: who they are and how their value proposition scores, where they meet the customer on our map
 * (a presence matrix), and the gaps where they are present and we are not, or rated above us.
 */
final class CompetitorPages implements PdfSection {

    private static final float MIN_STAGE_WIDTH = 96;

    @Override
    public String key() {
        return "section:competitors";
    }

    @Override
    public String titleKey() {
        return "common.competitors";
    }

    @Override
    public void write(RenderContext context, PageFlow.Heading opening) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        List<Competitor> competitors = context.map().competitors();
        if (competitors.isEmpty()) {
            flow.paragraph(labels.get("common.competitors.none"), flow.body().withColor(PdfStyle.MUTED));
            return;
        }
        PdfTable.Builder table = PdfTable.builder().column(labels.get("common.competitor"), 3.4f);
        for (ValueComponent component : ValueComponent.values()) {
            table.column(labels.of(component), 1.75f);
        }
        for (Competitor competitor : competitors) {
            List<PdfTable.Cell> cells = new ArrayList<>();
            List<PdfTable.Item> about = new ArrayList<>();
            about.add(PdfTable.Item.text(competitor.displayName(), flow.strong()));
            Markdown.parse(competitor.description()).paragraphs().forEach(p -> about.add(PdfTable.Item.text(p, flow.small())));
            cells.add(PdfTable.Cell.of(about));
            for (ValueComponent component : ValueComponent.values()) {
                Integer score = competitor.valueProposition().get(component);
                cells.add(PdfTable.Cell.text(score == null ? labels.get("pdf.none") : labels.format("common.outOfFive", score), flow.body()));
            }
            table.row(cells);
        }
        flow.table(table.build());
        presence(context);
        gaps(context);
    }

    private static void presence(RenderContext context) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        if (context.map().stages().isEmpty() || context.map().channels().isEmpty()) {
            return;
        }
        // The heading and its legend go with the first rows of the matrix.
        flow.ensure(PdfStyle.KEEP_WITH_HEADING + 60);
        flow.heading(2, labels.get("common.competitors.presence"), null, null, false);
        flow.paragraph(labels.get("pdf.competitors.presenceLegend"), flow.small());
        StageGrid grid = new StageGrid(context, MIN_STAGE_WIDTH);
        for (List<LifecycleStage> range : grid.ranges(PdfStyle.PORTRAIT)) {
            flow.table(grid.table(range, cell -> presentIn(context, cell)));
        }
    }

    private static List<PdfTable.Item> presentIn(RenderContext context, Cell cell) {
        PageFlow flow = context.flow();
        List<PdfTable.Item> items = new ArrayList<>();
        for (Competitor competitor : context.map().competitors()) {
            for (Presence presence : competitor.presence()) {
                if (presence.cell().equals(cell)) {
                    String rating = presence.rating() == null ? "" : " (" + context.labels().format("common.outOfFive", presence.rating()) + ")";
                    items.add(PdfTable.Item.text(competitor.displayName() + rating, flow.body().withSize(8.5f)));
                }
            }
        }
        return items;
    }

    private static void gaps(RenderContext context) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        flow.heading(2, labels.get("common.gaps"), null, null, false);
        List<CompetitorGap> gaps = context.map().competitorGaps();
        if (gaps.isEmpty()) {
            flow.paragraph(labels.get("common.competitors.noGaps"), flow.body().withColor(PdfStyle.MUTED));
            return;
        }
        PdfTable.Builder table = PdfTable.builder()
                .column(labels.get("common.competitor"), 2)
                .column(labels.get("common.cell"), 2.6f)
                .column(labels.get("common.gap.reason"), 1.8f)
                .column(labels.get("pdf.gap.theirs"), 1.1f)
                .column(labels.get("pdf.gap.ours"), 1.1f)
                .column(labels.get("common.note"), 2.6f);
        TextStyle body = flow.body().withSize(8.5f);
        for (CompetitorGap gap : gaps) {
            Presence presence = gap.presence();
            table.row(PdfTable.Cell.text(gap.competitor().displayName(), flow.strong().withSize(8.5f)),
                    PdfTable.Cell.text(context.stageName(presence.stage()) + " \u00D7 "
                            + context.channelName(presence.channel()), body),
                    PdfTable.Cell.text(reason(gap, labels), body),
                    PdfTable.Cell.text(presence.rating() == null ? labels.get("pdf.none") : labels.format("common.outOfFive", presence.rating()), body),
                    PdfTable.Cell.text(gap.ourRating() == null ? labels.get("pdf.none")
                            : labels.format("common.outOfFive", labels.number(gap.ourRating())), body),
                    PdfTable.Cell.text(presence.note() == null ? "" : presence.note(), body));
        }
        flow.table(table.build());
    }

    /** Why a cell is a gap, in the site's words: we are absent, or rated below the competitor. */
    private static String reason(CompetitorGap gap, Labels labels) {
        return gap.kind() == CompetitorGap.Kind.ABSENT ? labels.get("common.gap.absent")
                : labels.format("common.gap.outrated", String.valueOf(gap.presence().rating()), labels.number(gap.ourRating()));
    }
}
