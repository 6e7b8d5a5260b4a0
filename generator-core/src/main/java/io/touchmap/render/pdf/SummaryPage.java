package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Presence;
import io.touchmap.model.Staleness;
import io.touchmap.model.Touchpoint;
import io.touchmap.render.JourneyView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a stakeholder asks first, worst first, as the site's index opens with it ({@link JourneyView.WorstFirst}): the
 * touchpoints with a negative emotion, the KPIs off target then in warning, the competitor gaps, and the stages with
 * no KPI, each block showing its first {@link JourneyView#SUMMARY_LINES} lines with names linking to their sheets.
 */
final class SummaryPage implements PdfSection {

    /** The type size of the summary's tables, a little smaller than the body's so that the summary fits one page. */
    private static final float SIZE = 8;

    @Override
    public String key() {
        return "section:summary";
    }

    @Override
    public String titleKey() {
        return "common.summary.title";
    }

    @Override
    public void write(RenderContext context, PageFlow.Heading opening) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        JourneyView.WorstFirst worst = JourneyView.worstFirst(context.map(), context.date());
        if (worst.isEmpty()) {
            flow.paragraph(labels.get("common.summary.nothing"), quiet(flow));
            return;
        }
        negative(context, worst.negative());
        kpis(context, labels.get("common.summary.offTarget"), worst.offTarget(), labels.get("common.summary.noOffTarget"));
        kpis(context, labels.get("common.summary.warning"), worst.warning(), labels.get("common.summary.noWarning"));
        stale(context, worst.stale());
        gaps(context, worst.gaps());
        stagesWithoutKpi(context, worst.stagesWithoutKpi());
    }

    private static TextStyle quiet(PageFlow flow) {
        return flow.body().withColor(PdfStyle.MUTED);
    }

    private static TextStyle body(PageFlow flow) {
        return flow.body().withSize(SIZE);
    }

    private static TextStyle strong(PageFlow flow) {
        return flow.strong().withSize(SIZE);
    }

    /** A block's heading with its count; true when the block has lines to show, else its quiet sentence is written. */
    private static boolean heading(RenderContext context, String title, int count, String none) throws IOException {
        PageFlow flow = context.flow();
        String heading = context.labels().format("pdf.summary.heading", title, count);
        if (count > 0) {
            flow.heading(3, heading, null, null, false);
            return true;
        }
        // An empty block needs only the room of its heading and its sentence, not that of a table.
        TextStyle style = flow.heading(3);
        flow.ensure(style.size() * 0.9f + style.leading() + 2 * quiet(flow).leading());
        flow.space(style.size() * 0.9f);
        flow.title(3, heading, style);
        flow.paragraph(none, quiet(flow));
        return false;
    }

    private static <T> List<T> shown(List<T> items) {
        return items.size() > JourneyView.SUMMARY_LINES ? items.subList(0, JourneyView.SUMMARY_LINES) : items;
    }

    /** The table of the first lines, then how many more there are. */
    private static void table(RenderContext context, PdfTable.Builder table, int total) throws IOException {
        PageFlow flow = context.flow();
        flow.table(table.build());
        int more = total - JourneyView.SUMMARY_LINES;
        if (more > 0) {
            flow.paragraph(context.labels().format("common.more", more), flow.small());
        }
    }

    private static void negative(RenderContext context, List<Touchpoint> touchpoints) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        if (!heading(context, labels.get("common.summary.negative"), touchpoints.size(), labels.get("common.summary.noNegative"))) {
            return;
        }
        PdfTable.Builder table = PdfTable.builder()
                .column(labels.get("common.touchpoint"), 3)
                .column(labels.get("common.cell"), 3.2f)
                .column(labels.get("common.emotionScore"), 2.2f);
        for (Touchpoint touchpoint : shown(touchpoints)) {
            int score = touchpoint.elements().emotions().score();
            table.row(sheetLink(context, touchpoint, strong(flow)),
                    PdfTable.Cell.text(cell(context, touchpoint.stage(), touchpoint.channel()), body(flow)),
                    PdfTable.Cell.text(labels.format("pdf.summary.emotion", TouchpointSheets.signed(score, labels),
                            labels.get("common.emotion." + score)), body(flow)));
        }
        table(context, table, touchpoints.size());
    }

    /** The KPIs gone stale, with the date each next value was due by; or, without a reference date, how to judge them. */
    private static void stale(RenderContext context, List<JourneyView.StaleKpi> stale) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        boolean judged = Staleness.judged(context.map(), context.date());
        if (!heading(context, labels.get("common.summary.stale"), stale.size(),
                labels.get(judged ? "common.summary.noStale" : "common.kpi.staleNotJudged"))) {
            return;
        }
        PdfTable.Builder table = PdfTable.builder()
                .column(labels.get("common.kpi"), 2.2f)
                .column(labels.get("common.touchpoint"), 2.6f)
                .column(labels.get("common.status"), 5.2f);
        for (JourneyView.StaleKpi kpi : shown(stale)) {
            Staleness staleness = kpi.staleness();
            table.row(PdfTable.Cell.of(PdfTable.Item.text(kpi.kpi().displayName(), strong(flow)).linkedTo(RenderContext.sheetKey(kpi.touchpoint()))),
                    sheetLink(context, kpi.touchpoint(), body(flow)),
                    PdfTable.Cell.text(labels.format("common.kpi.staleSince", labels.period(staleness.latest()),
                            labels.date(staleness.due())), body(flow)));
        }
        table(context, table, stale.size());
    }

    private static void kpis(RenderContext context, String title, List<JourneyView.KpiConcern> concerns, String none)
            throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        if (!heading(context, title, concerns.size(), none)) {
            return;
        }
        PdfTable.Builder table = PdfTable.builder()
                .column(labels.get("common.kpi"), 2.2f)
                .column(labels.get("common.touchpoint"), 2.6f)
                .column(labels.get("pdf.summary.value"), 3.9f)
                .column(labels.get("pdf.kpi.trend"), 1.3f);
        for (JourneyView.KpiConcern concern : shown(concerns)) {
            Kpi kpi = concern.kpi();
            KpiStatus status = kpi.status();
            String detail = labels.format("common.summary.kpiDetail", labels.quantity(concern.latest(), kpi.unit()),
                    labels.quantity(kpi.target(), kpi.unit()), concern.percentAway());
            table.row(PdfTable.Cell.of(PdfTable.Item.marked(PdfStyle.symbol(status), strong(flow).withColor(PdfStyle.color(status)),
                            kpi.displayName(), strong(flow)).linkedTo(RenderContext.sheetKey(concern.touchpoint()))),
                    sheetLink(context, concern.touchpoint(), body(flow)),
                    PdfTable.Cell.text(detail, body(flow)),
                    PdfTable.Cell.of(PdfTable.Item.marked(trendSymbol(concern.trend()), strong(flow),
                            labels.get("common.trend." + concern.trendKeyword()), body(flow))));
        }
        table(context, table, concerns.size());
    }

    /** The direction of a KPI's last change as an arrow, beside its word. */
    private static String trendSymbol(int trend) {
        return trend > 0 ? "\u2197" : trend < 0 ? "\u2198" : "\u2192";
    }

    private static void gaps(RenderContext context, List<CompetitorGap> gaps) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        if (!heading(context, labels.get("common.gaps"), gaps.size(), labels.get("common.competitors.noGaps"))) {
            return;
        }
        List<JourneyView.CompetitorKey> keys = JourneyView.of(context.map()).competitors();
        PdfTable.Builder table = PdfTable.builder()
                .column(labels.get("common.competitor"), 2.4f)
                .column(labels.get("common.cell"), 3)
                .column(labels.get("common.gap.reason"), 3.5f);
        for (CompetitorGap gap : shown(gaps)) {
            Presence presence = gap.presence();
            table.row(CompetitorPages.named(context, keys, gap.competitor(), strong(flow)),
                    PdfTable.Cell.text(cell(context, presence.stage(), presence.channel()), body(flow)),
                    PdfTable.Cell.text(CompetitorPages.reason(gap, labels), body(flow)));
        }
        table(context, table, gaps.size());
    }

    /** The stages with no KPI, three to a line, each linking to its stage in the touchpoint sheets. */
    private static void stagesWithoutKpi(RenderContext context, List<LifecycleStage> stages) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        if (!heading(context, labels.get("common.summary.noKpi"), stages.size(), labels.get("common.summary.kpiEverywhere"))) {
            return;
        }
        int across = 3;
        PdfTable.Builder table = PdfTable.builder().noHeader().noBorders();
        for (int c = 0; c < across; c++) {
            table.column(null, 1);
        }
        for (int start = 0; start < stages.size(); start += across) {
            List<PdfTable.Cell> cells = new ArrayList<>();
            for (int c = start; c < start + across; c++) {
                cells.add(c < stages.size()
                        ? PdfTable.Cell.of(PdfTable.Item.marked("\u25CB", strong(flow).withColor(PdfStyle.color(KpiStatus.NO_DATA)),
                                stages.get(c).displayName(), body(flow)).linkedTo(RenderContext.stageKey(stages.get(c))))
                        : PdfTable.Cell.of());
            }
            table.row(cells);
        }
        flow.table(table.build());
    }

    private static PdfTable.Cell sheetLink(RenderContext context, Touchpoint touchpoint, TextStyle style) {
        return PdfTable.Cell.of(PdfTable.Item.text(touchpoint.displayName(), style).linkedTo(RenderContext.sheetKey(touchpoint)));
    }

    private static String cell(RenderContext context, String stage, String channel) {
        return context.stageName(stage) + " \u00D7 " + context.channelName(channel);
    }
}
