package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.Markdown;
import io.touchmap.model.Cell;
import io.touchmap.model.Competitor;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Presence;
import io.touchmap.model.ValueComponent;
import io.touchmap.render.JourneyView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The competitors: who they are and how their value proposition scores, where they meet the customer on our map
 * (a dot matrix over the map's own grid, each competitor a lettered dot in its colour, as on the site), and the gaps
 * where they are present and we are not, or rated above us.
 */
final class CompetitorPages implements PdfSection {

    private static final float MIN_STAGE_WIDTH = 80;
    /** The size of a competitor's letter on its dot. */
    private static final float DOT_SIZE = 7;
    /** Competitors side by side in the key of the matrix. */
    private static final int KEYS_ACROSS = 3;

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
        List<JourneyView.CompetitorKey> keys = JourneyView.of(context.map()).competitors();
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
            about.addAll(named(context, keys, competitor, flow.strong()).items());
            Markdown.parse(competitor.description()).paragraphs().forEach(p -> about.add(PdfTable.Item.text(p, flow.small())));
            cells.add(PdfTable.Cell.of(about));
            for (ValueComponent component : ValueComponent.values()) {
                Integer score = competitor.valueProposition().get(component);
                cells.add(PdfTable.Cell.text(score == null ? labels.get("pdf.none") : labels.format("common.outOfFive", score), flow.body()));
            }
            table.row(cells);
        }
        flow.table(table.build());
        presence(context, keys);
        gaps(context, keys);
    }

    /** A competitor's name behind its lettered dot. */
    static PdfTable.Cell named(RenderContext context, List<JourneyView.CompetitorKey> keys, Competitor competitor, TextStyle style) {
        JourneyView.CompetitorKey key = keys.stream().filter(k -> k.competitor() == competitor).findFirst().orElseThrow();
        return PdfTable.Cell.of(dot(context, key, competitor.displayName(), style));
    }

    private static PdfTable.Item dot(RenderContext context, JourneyView.CompetitorKey key, String text, TextStyle style) {
        TextStyle letter = new TextStyle(context.fonts().bold(), DOT_SIZE, PdfStyle.TEXT);
        return PdfTable.Item.badged(key.letter(), PdfStyle.competitor(key.colour()), letter, text, style);
    }

    private static void presence(RenderContext context, List<JourneyView.CompetitorKey> keys) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        if (context.map().stages().isEmpty() || context.map().channels().isEmpty()) {
            return;
        }
        StageGrid grid = new StageGrid(context, MIN_STAGE_WIDTH);
        // The matrix is the map's grid: when its stages do not fit across a portrait page, it takes a landscape one
        // rather than being cut into ranges of stages.
        boolean landscape = grid.ranges(PdfStyle.PORTRAIT).size() > grid.ranges(PdfStyle.LANDSCAPE).size();
        if (landscape) {
            flow.newPage(PdfStyle.LANDSCAPE);
        } else {
            // The heading and its legend go with the first rows of the matrix.
            flow.ensure(PdfStyle.KEEP_WITH_HEADING + 60);
        }
        flow.heading(2, labels.get("common.competitors.presence"), null, null, false);
        flow.paragraph(labels.get("pdf.competitors.presenceLegend"), flow.small());
        key(context, keys);
        Map<Cell, JourneyView.MapCell> cells = new HashMap<>();
        JourneyView.of(context.map()).cells().forEach(cell -> cells.put(cell.cell(), cell));
        for (List<LifecycleStage> range : grid.ranges(landscape ? PdfStyle.LANDSCAPE : PdfStyle.PORTRAIT)) {
            flow.table(grid.table(range, cell -> presentIn(context, cells.get(cell))));
        }
        if (landscape) {
            flow.newPage(PdfStyle.PORTRAIT);
        }
    }

    /** The key of the matrix: each competitor's dot and name, a few to a line. */
    private static void key(RenderContext context, List<JourneyView.CompetitorKey> keys) throws IOException {
        PageFlow flow = context.flow();
        PdfTable.Builder table = PdfTable.builder().noHeader().noBorders();
        for (int c = 0; c < KEYS_ACROSS; c++) {
            table.column(null, 1);
        }
        for (int start = 0; start < keys.size(); start += KEYS_ACROSS) {
            List<PdfTable.Cell> row = new ArrayList<>();
            for (int k = start; k < start + KEYS_ACROSS; k++) {
                row.add(k < keys.size() ? PdfTable.Cell.of(dot(context, keys.get(k), keys.get(k).competitor().displayName(), flow.body()))
                        : PdfTable.Cell.of());
            }
            table.row(row);
        }
        flow.table(table.build());
    }

    /** The dots of the competitors met in a cell with their rating, and ○ where we have no touchpoint. */
    private static List<PdfTable.Item> presentIn(RenderContext context, JourneyView.MapCell cell) {
        PageFlow flow = context.flow();
        List<PdfTable.Item> items = new ArrayList<>();
        if (cell == null || cell.competitors().isEmpty()) {
            return items;
        }
        TextStyle rating = flow.body().withSize(8.5f);
        for (JourneyView.CompetitorMark mark : cell.competitors()) {
            Integer score = mark.presence().rating();
            items.add(dot(context, mark.key(), score == null ? "" : context.labels().format("common.outOfFive", score), rating));
        }
        if (cell.touchpoints().isEmpty()) {
            items.add(PdfTable.Item.marked("\u25CB", flow.strong().withSize(8.5f).withColor(PdfStyle.MUTED),
                    context.labels().get("common.gap.absent"), flow.small()));
        }
        return items;
    }

    private static void gaps(RenderContext context, List<JourneyView.CompetitorKey> keys) throws IOException {
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
            table.row(named(context, keys, gap.competitor(), flow.strong().withSize(8.5f)),
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
    static String reason(CompetitorGap gap, Labels labels) {
        return gap.kind() == CompetitorGap.Kind.ABSENT ? labels.get("common.gap.absent")
                : labels.format("common.gap.outrated", String.valueOf(gap.presence().rating()), labels.number(gap.ourRating()));
    }
}
