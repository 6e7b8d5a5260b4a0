package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.Markdown;
import io.touchmap.model.Elements;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Observation;
import io.touchmap.model.Staleness;
import io.touchmap.model.Persona;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueComponent;
import io.touchmap.render.JourneyView;
import io.touchmap.render.chart.Charts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * One sheet per touchpoint, grouped by stage: where it sits, who owns it, its elements, pain points, opportunities,
 * the value it delivers, and its KPIs with their status and charts. The contents list every stage and sheet.
 */
final class TouchpointSheets implements PdfSection {

    /**
     * Above this many KPIs a sheet shows each KPI's trend as a sparkline in the KPI table instead of a full chart,
     * which keeps big maps fast and their sheets short.
     */
    static final int MAX_CHARTS = 6;

    private static final float CHART_HEIGHT = 138;
    private static final float MIN_CHART_HEIGHT = 108;
    private static final float CHART_SCALE = 1.45f;
    private static final float GAP = 12;

    /** The touchpoints of one stage, in the order of the map's channels, then as written. */
    record StageGroup(LifecycleStage stage, List<Touchpoint> touchpoints) {
    }

    @Override
    public String key() {
        return "section:touchpoints";
    }

    @Override
    public String titleKey() {
        return "common.touchpoints";
    }

    /** A line per stage, with a line per touchpoint under it, then the touchpoints of no known stage. */
    @Override
    public List<ContentsPages.Line> contents(TouchpointMap map) {
        List<ContentsPages.Line> lines = new ArrayList<>();
        for (StageGroup group : groups(map)) {
            lines.add(new ContentsPages.Line(1, group.stage().displayName(), RenderContext.stageKey(group.stage())));
            group.touchpoints().forEach(t -> lines.add(new ContentsPages.Line(2, t.displayName(), RenderContext.sheetKey(t))));
        }
        unplaced(map).forEach(t -> lines.add(new ContentsPages.Line(1, t.displayName(), RenderContext.sheetKey(t))));
        return lines;
    }

    @Override
    public void write(RenderContext context, PageFlow.Heading opening) throws IOException {
        TouchpointMap map = context.map();
        new Sheets(context).write(groups(map), unplaced(map), opening.bookmark());
    }

    /** The touchpoints of each stage, in the order of the map's channels, then as written. */
    static List<StageGroup> groups(TouchpointMap map) {
        Map<String, Integer> channelOrder = IntStream.range(0, map.channels().size()).boxed()
                .collect(Collectors.toMap(i -> map.channels().get(i).id(), Function.identity(), (a, b) -> a));
        Comparator<Touchpoint> byChannel = Comparator.comparingInt(t -> channelOrder.getOrDefault(t.channel(),
                Integer.MAX_VALUE));
        return map.stages().stream()
                .map(stage -> new StageGroup(stage, map.touchpointsAt(stage).stream().sorted(byChannel).toList()))
                .toList();
    }

    /** Touchpoints whose stage the map does not define (only in a map with errors), sheeted after the others. */
    static List<Touchpoint> unplaced(TouchpointMap map) {
        return map.touchpoints().stream().filter(t -> map.stage(t.stage()).isEmpty()).toList();
    }

    /** A score with its sign, such as {@code +1,3} or {@code −0,5} in French; zero has none. */
    static String signed(double value, Labels labels) {
        String number = labels.number(Math.abs(value));
        return value > 0 ? "+" + number : value < 0 ? "\u2212" + number : number;
    }

    /** The sheets of one document, written down its page flow. */
    private static final class Sheets {

        private final RenderContext context;
        private final PageFlow flow;
        private final Labels labels;

        Sheets(RenderContext context) {
            this.context = context;
            this.flow = context.flow();
            this.labels = context.labels();
        }

        void write(List<StageGroup> groups, List<Touchpoint> unplaced, PDOutlineItem section) throws IOException {
            boolean first = true;
            for (StageGroup group : groups) {
                if (!first) {
                    flow.newPage(PdfStyle.PORTRAIT);
                }
                first = false;
                PDOutlineItem stageItem = stageIntro(group, section);
                boolean firstSheet = true;
                for (Touchpoint touchpoint : group.touchpoints()) {
                    if (!firstSheet) {
                        flow.newPage(PdfStyle.PORTRAIT);
                    }
                    firstSheet = false;
                    sheet(touchpoint, stageItem);
                }
            }
            for (Touchpoint touchpoint : unplaced) {
                flow.newPage(PdfStyle.PORTRAIT);
                sheet(touchpoint, section);
            }
        }

        private PDOutlineItem stageIntro(StageGroup group, PDOutlineItem parent) throws IOException {
            String title = group.stage().displayName();
            if (group.stage().phase() != null) {
                title += " \u2014 " + labels.of(group.stage().phase());
            }
            PageFlow.Heading heading = flow.heading(2, title, RenderContext.stageKey(group.stage()), parent, false);
            PDOutlineItem item = flow.navigation().bookmark(parent, group.stage().displayName(), heading.anchor());
            for (List<Markdown.Span> paragraph : Markdown.parse(group.stage().description()).styledParagraphs()) {
                flow.paragraph(paragraph, flow.body());
            }
            int count = group.touchpoints().size();
            flow.paragraph(count == 0 ? labels.get("pdf.stage.none") : labels.format("pdf.stage.count", count), flow.small());
            if (count > 0) {
                column(group.stage());
            }
            flow.space(6);
            return item;
        }

        /**
         * The stage's column of the map, as the site's stage page shows it: its touchpoints channel by channel (at most
         * {@link JourneyView#CELL_CARDS} a cell), then its lanes (emotion, pain points, opportunities, KPI status).
         */
        private void column(LifecycleStage stage) throws IOException {
            JourneyView view = JourneyView.column(context.map(), stage);
            PdfTable.Builder table = PdfTable.builder().noHeader().rowHeaders()
                    .column(null, 1.6f).column(null, 4.4f);
            TextStyle head = flow.smallStrong().withSize(8.5f);
            for (JourneyView.MapCell cell : view.cells()) {
                if (!cell.touchpoints().isEmpty()) {
                    // a crowded cell shows as many touchpoints as the site's cards; its sheets follow anyway
                    List<PdfTable.Item> items = new ArrayList<>(cell.shown().stream()
                            .map(t -> PersonaPages.touchpoint(context, t, false)).toList());
                    if (cell.more() > 0) {
                        items.add(PdfTable.Item.text(labels.format("common.more", cell.more()), flow.small()));
                    }
                    table.row(PdfTable.Cell.text(cell.channel().displayName(), head).filled(PdfStyle.ROW_HEADER_FILL),
                            PdfTable.Cell.of(items));
                }
            }
            JourneyView.StageLanes lanes = view.lanes().get(0);
            TextStyle lane = flow.body().withSize(8.5f);
            List<PdfTable.Item> emotion = new ArrayList<>();
            for (JourneyView.EmotionLine line : view.emotion()) {
                Double mean = line.means().get(0);
                if (mean != null) {
                    String score = signed(mean, labels);
                    emotion.add(PdfTable.Item.text(line.persona() == null ? score
                            : labels.format("pdf.labelled", line.persona().displayName(), score), lane));
                }
            }
            laneRow(table, labels.get("common.meanEmotion"), emotion);
            laneRow(table, labels.get("common.painPoints"), texts(lanes.painPoints(), lane));
            laneRow(table, labels.get("common.opportunities"), texts(lanes.opportunities(), lane));
            List<PdfTable.Item> statuses = new ArrayList<>();
            for (KpiStatus status : List.of(KpiStatus.OFF_TARGET, KpiStatus.WARNING, KpiStatus.ON_TARGET, KpiStatus.NO_DATA)) {
                int n = lanes.kpiStatus().get(status);
                if (n > 0) {
                    statuses.add(PdfTable.Item.marked(PdfStyle.symbol(status), lane.withColor(PdfStyle.color(status)),
                            labels.format("pdf.labelled", labels.of(status), n), lane));
                }
            }
            laneRow(table, labels.get("common.kpiStatus"), statuses);
            flow.table(table.build());
        }

        private void laneRow(PdfTable.Builder table, String name, List<PdfTable.Item> items) {
            PdfTable.Cell content = items.isEmpty() ? PdfTable.Cell.text(labels.get("pdf.none"), flow.body().withColor(PdfStyle.MUTED))
                    : PdfTable.Cell.of(items);
            table.row(PdfTable.Cell.text(name, flow.small().withSize(8.5f)).filled(PdfStyle.HEADER_FILL), content);
        }

        /** The first {@link JourneyView#LANE_ITEMS} texts of a lane, then how many more there are. */
        private List<PdfTable.Item> texts(List<JourneyView.LaneItem> items, TextStyle style) {
            List<PdfTable.Item> shown = new ArrayList<>();
            for (JourneyView.LaneItem item : items.subList(0, Math.min(items.size(), JourneyView.LANE_ITEMS))) {
                shown.add(PdfTable.Item.marked("\u2022", style, item.text(), style));
            }
            if (items.size() > JourneyView.LANE_ITEMS) {
                shown.add(PdfTable.Item.text(labels.format("common.more", items.size() - JourneyView.LANE_ITEMS), flow.small()));
            }
            return shown;
        }

        private void sheet(Touchpoint touchpoint, PDOutlineItem parent) throws IOException {
            flow.heading(2, touchpoint.displayName(), RenderContext.sheetKey(touchpoint), parent, true);
            facts(touchpoint);
            for (List<Markdown.Span> paragraph : Markdown.parse(touchpoint.description()).styledParagraphs()) {
                flow.paragraph(paragraph, flow.body());
            }
            elements(touchpoint.elements());
            painPointsAndOpportunities(touchpoint);
            value(touchpoint);
            kpis(touchpoint);
        }

        /** Where the touchpoint sits and who owns it, as label and value pairs, two pairs a row to keep sheets short. */
        private void facts(Touchpoint touchpoint) throws IOException {
            List<PdfTable.Cell> pairs = new ArrayList<>();
            fact(pairs, labels.get("common.cell"), PdfTable.Cell.text(context.stageName(touchpoint.stage()) + " \u00D7 "
                    + context.channelName(touchpoint.channel()), flow.body()));
            if (touchpoint.status() != null) {
                fact(pairs, labels.get("common.status"), PdfTable.Cell.text(labels.of(touchpoint.status()), flow.body()));
            }
            if (touchpoint.owner() != null && !touchpoint.owner().isBlank()) {
                fact(pairs, labels.get("common.owner"), PdfTable.Cell.text(touchpoint.owner(), flow.body()));
            }
            if (!touchpoint.personas().isEmpty()) {
                List<String> names = touchpoint.personas().stream()
                        .map(id -> context.map().persona(id).map(Persona::displayName).orElse(id))
                        .toList();
                fact(pairs, labels.get("common.personas"), PdfTable.Cell.text(String.join(", ", names), flow.body()));
            }
            fact(pairs, labels.get("common.kpiStatus"), PdfTable.Cell.of(statusItem(touchpoint.kpiStatus())));
            Integer score = touchpoint.elements().emotions().score();
            if (score != null) {
                fact(pairs, labels.get("common.emotionScore"), PdfTable.Cell.text(signed(score, labels) + " ("
                        + labels.get("common.emotion." + score) + ")", flow.body()));
            }
            PdfTable.Builder table = PdfTable.builder().noHeader()
                    .column(null, 1.05f).column(null, 1.95f).column(null, 1.05f).column(null, 1.95f);
            for (int i = 0; i < pairs.size(); i += 4) {
                List<PdfTable.Cell> row = new ArrayList<>(pairs.subList(i, Math.min(pairs.size(), i + 4)));
                while (row.size() < 4) {
                    row.add(PdfTable.Cell.of());
                }
                table.row(row);
            }
            flow.table(table.build());
        }

        private void fact(List<PdfTable.Cell> pairs, String label, PdfTable.Cell value) {
            pairs.add(PdfTable.Cell.text(label, flow.smallStrong()).filled(PdfStyle.ROW_HEADER_FILL));
            pairs.add(value);
        }

        private void fact(PdfTable.Builder table, String label, PdfTable.Cell value) {
            table.row(PdfTable.Cell.text(label, flow.smallStrong()).filled(PdfStyle.ROW_HEADER_FILL), value);
        }

        private PdfTable.Item statusItem(KpiStatus status) {
            return PdfTable.Item.marked(PdfStyle.symbol(status), flow.strong().withColor(PdfStyle.color(status)),
                    labels.of(status), flow.body());
        }

        private void elements(Elements elements) throws IOException {
            if (elements.product().isEmpty() && elements.interactions().isEmpty() && elements.communication().isEmpty()
                    && elements.emotions().perceptions().isEmpty()) {
                return;
            }
            flow.heading(3, labels.get("common.elements"), null, null, false);
            flow.table(PdfTable.builder()
                    .column(labels.get("common.elements.product"), 1)
                    .column(labels.get("common.elements.interactions"), 1)
                    .column(labels.get("common.elements.communication"), 1)
                    .column(labels.get("common.elements.emotions"), 1)
                    .row(bulleted(elements.product()), bulleted(elements.interactions()),
                            bulleted(elements.communication()), bulleted(elements.emotions().perceptions()))
                    .build());
        }

        private void painPointsAndOpportunities(Touchpoint touchpoint) throws IOException {
            if (touchpoint.painPoints().isEmpty() && touchpoint.opportunities().isEmpty()) {
                return;
            }
            // The table's own header names both columns: a heading above it would only repeat them.
            flow.space(4);
            flow.table(PdfTable.builder()
                    .column(labels.get("common.painPoints"), 1)
                    .column(labels.get("common.opportunities"), 1)
                    .row(bulleted(touchpoint.painPoints()), bulleted(touchpoint.opportunities()))
                    .build());
        }

        private PdfTable.Cell bulleted(List<String> items) {
            List<PdfTable.Item> list = new ArrayList<>();
            for (String item : items) {
                list.add(PdfTable.Item.marked("\u2022", flow.body(), item, flow.body()));
            }
            return PdfTable.Cell.of(list);
        }

        private void value(Touchpoint touchpoint) throws IOException {
            if (touchpoint.value().isEmpty()) {
                return;
            }
            flow.heading(3, labels.get("common.valueDelivered"), null, null, false);
            PdfTable.Builder table = PdfTable.builder().noHeader().column(null, 1).column(null, 3);
            for (ValueComponent component : ValueComponent.values()) {
                touchpoint.value().of(component).ifPresent(statement ->
                        fact(table, labels.of(component), PdfTable.Cell.text(statement, flow.body())));
            }
            flow.table(table.build());
        }

        private void kpis(Touchpoint touchpoint) throws IOException {
            if (touchpoint.kpis().isEmpty()) {
                flow.heading(3, labels.get("common.kpis"), null, null, false);
                flow.paragraph(labels.get("common.none.kpis"), flow.body().withColor(PdfStyle.MUTED));
                return;
            }
            boolean sparklines = touchpoint.kpis().size() > MAX_CHARTS;
            PdfTable.Builder table = PdfTable.builder()
                    .column(labels.get("common.kpi"), 3.2f)
                    .column(labels.get("common.status"), 1.7f)
                    .column(labels.get("common.kpi.latest"), 1.8f)
                    .column(labels.get("common.kpi.target"), 1.3f)
                    .column(labels.get("common.kpi.warning"), 1.3f);
            if (sparklines) {
                table.column(labels.get("pdf.kpi.trend"), 1.5f);
            }
            TextStyle body = flow.body().withSize(8.5f);
            for (Kpi kpi : touchpoint.kpis()) {
                List<PdfTable.Item> name = new ArrayList<>();
                name.add(PdfTable.Item.text(kpi.displayName(), flow.strong().withSize(8.5f)));
                List<String> about = new ArrayList<>();
                if (kpi.direction() != null) {
                    about.add(labels.of(kpi.direction()));
                }
                if (kpi.source() != null) {
                    about.add(labels.format("pdf.kpi.from", labels.of(kpi.source())));
                }
                if (!about.isEmpty()) {
                    name.add(PdfTable.Item.text(String.join(" \u00B7 ", about), flow.small().withSize(7.5f)));
                }
                Staleness stale = Staleness.of(context.map(), kpi, context.date());
                if (stale != null) {
                    name.add(PdfTable.Item.text(labels.format("common.kpi.staleSince", labels.period(stale.latest()), labels.date(stale.due())),
                            flow.small().withSize(7.5f).withColor(PdfStyle.color(KpiStatus.WARNING))));
                }
                Optional<Observation> latest = kpi.latest();
                String latestText = latest.map(o -> labels.quantity(o.value(), kpi.unit()) + "\n" + labels.period(o.period()))
                        .orElse(labels.get("pdf.none"));
                List<PdfTable.Cell> cells = new ArrayList<>(List.of(
                        PdfTable.Cell.of(name),
                        PdfTable.Cell.of(PdfTable.Item.marked(PdfStyle.symbol(kpi.status()),
                                new TextStyle(flow.fonts().bold(), 8.5f, PdfStyle.color(kpi.status())),
                                labels.of(kpi.status()), body)),
                        PdfTable.Cell.text(latestText, body),
                        PdfTable.Cell.text(quantityOrNone(kpi.target(), kpi.unit()), body),
                        PdfTable.Cell.text(quantityOrNone(kpi.warning(), kpi.unit()), body)));
                if (sparklines) {
                    cells.add(kpi.series().isEmpty() ? PdfTable.Cell.text(labels.get("pdf.none"), body)
                            : PdfTable.Cell.of(PdfTable.Item.figure(new Sparkline(kpi, 52, 16, FigureText.kpi(kpi, labels)))));
                }
                table.row(cells);
            }
            PdfTable kpiTable = table.build();
            if (!sparklines && touchpoint.kpis().stream().anyMatch(k -> !k.series().isEmpty())) {
                // The KPIs, their table and the first row of their charts stay on one page: when the rest of this
                // page cannot hold them, even with the charts at their smallest, they start the next one.
                TextStyle heading = flow.heading(3);
                float needed = heading.size() * 0.9f + heading.leading() + new TableLayout(flow).height(kpiTable)
                        + chartCaption() + MIN_CHART_HEIGHT;
                if (needed > flow.remaining() && needed <= flow.top() - flow.bottom()) {
                    flow.newPage();
                }
            }
            flow.heading(3, labels.get("common.kpis"), null, null, false);
            flow.table(kpiTable);
            if (sparklines) {
                flow.paragraph(labels.format("pdf.sheet.chartsOmitted", touchpoint.kpis().size()), flow.small());
                return;
            }
            charts(touchpoint);
        }

        /** The height a chart's caption and the padding of its cell add to the chart. */
        private float chartCaption() {
            return flow.smallStrong().leading() + 2 * PdfStyle.CELL_PADDING + 6;
        }

        private String quantityOrNone(Double value, String unit) {
            return value == null ? labels.get("pdf.none") : labels.quantity(value, unit);
        }

        /** The KPI charts two by two, each under its KPI's name. */
        private void charts(Touchpoint touchpoint) throws IOException {
            List<Kpi> charted = touchpoint.kpis().stream().filter(k -> !k.series().isEmpty()).toList();
            if (charted.isEmpty()) {
                return;
            }
            float width = (flow.width() - GAP) / 2;
            // A first row of charts slightly lower than usual is better than a page holding nothing but that row.
            float caption = chartCaption();
            float firstHeight = flow.remaining() - caption;
            firstHeight = firstHeight >= MIN_CHART_HEIGHT && firstHeight < CHART_HEIGHT ? firstHeight : CHART_HEIGHT;
            PdfTable.Builder table = PdfTable.builder().noHeader().noBorders().column(null, 1).column(null, 1);
            for (int i = 0; i < charted.size(); i += 2) {
                List<PdfTable.Cell> cells = new ArrayList<>();
                for (int j = i; j < i + 2; j++) {
                    if (j < charted.size()) {
                        Kpi kpi = charted.get(j);
                        ChartFigure chart = context.charts().figure(() -> Charts.kpi(kpi, labels),
                                width - 2 * PdfStyle.CELL_PADDING, i == 0 ? firstHeight : CHART_HEIGHT, CHART_SCALE,
                                FigureText.kpi(kpi, labels));
                        cells.add(PdfTable.Cell.of(PdfTable.Item.text(kpi.displayName(), flow.smallStrong()),
                                PdfTable.Item.figure(chart)));
                    } else {
                        cells.add(PdfTable.Cell.of());
                    }
                }
                table.row(cells);
            }
            flow.table(table.build());
        }
    }
}
