package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.render.JourneyView;
import io.touchmap.render.chart.EmotionLane;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The journey map on one landscape page of the chosen size, drawn from the same {@link JourneyView} as the site's
 * map: phase bands over the stage columns, the emotion and KPI status lanes under the stages, the channel rows under
 * their groups with each touchpoint as a small card behind its status mark, and the pain point and opportunity lanes
 * at the bottom. Names link to the touchpoint sheets, stage names to their stage's sheets.
 *
 * <p>The type is set as large as fits, from {@link #LARGEST} down to {@link #SMALLEST} points, names wrapping between
 * words. When even the smallest type does not fit the page, the channel rows are split over as few pages as needed,
 * at channel group boundaries where possible, with the stage header and the lanes repeated on each, never leaving one
 * row alone on a page. A map of more than {@link JourneyView#OVERVIEW_ABOVE} touchpoints is drawn as the site's
 * overview: a heat map of the grid, each cell giving its count and worst KPI status.
 */
final class MapPages implements PdfSection {

    /** The comfortable size of a touchpoint's name, where the fitting starts. */
    static final float LARGEST = 9;
    /** The smallest size a touchpoint's name is set at. */
    static final float SMALLEST = 6;
    private static final float STEP = 0.5f;

    private static final float PAD = 3;
    private static final float CARD_PAD = 2;
    private static final float CARD_GAP = 2.5f;
    private static final float STATUS_BAR = 2.5f;
    private static final float LINE = 0.5f;
    /** The most of the page's body a stage's name may take, and a channel's. */
    private static final float STAGE_SHARE = 0.15f;
    private static final float CHANNEL_SHARE = 0.25f;
    /** The room a persona's line sample takes before its score. */
    private static final float PERSONA_SAMPLE = 11;

    private static final Color LANE_FILL = new Color(0xfc, 0xfc, 0xfd);
    private static final Color BEFORE = new Color(0xe8, 0xf1, 0xfb);
    private static final Color PURCHASE = new Color(0xf1, 0xeb, 0xfa);
    private static final Color AFTER = new Color(0xe6, 0xf6, 0xec);
    private static final Color PAIN = new Color(0xcf, 0x22, 0x2e);
    private static final Color OPPORTUNITY = new Color(0x1a, 0x7f, 0x37);
    private static final Color[] HEAT = {new Color(0xf3, 0xf7, 0xfc), new Color(0xe1, 0xec, 0xf8),
        new Color(0xc9, 0xdc, 0xf2), new Color(0xae, 0xcb, 0xec)};

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
    public PDRectangle format(RenderContext context) {
        return new PDRectangle(context.pageSize().landscapeWidth(), context.pageSize().landscapeHeight());
    }

    @Override
    public void write(RenderContext context, PageFlow.Heading heading) throws IOException {
        PageFlow flow = context.flow();
        if (context.map().stages().isEmpty() || context.map().channels().isEmpty()) {
            flow.paragraph(context.labels().get("pdf.map.empty"), flow.body());
            return;
        }
        JourneyView view = JourneyView.of(context.map());
        legend(context, view);
        float height = flow.remaining();
        Plan plan = plan(context, view, height);
        for (int p = 0; p < plan.pages().size(); p++) {
            List<Band> page = plan.pages().get(p);
            if (plan.pages().size() > 1) {
                if (p > 0) {
                    flow.newPage();
                }
                String title = context.labels().format("pdf.map.part", p + 1, plan.pages().size(), groupNames(context, page));
                PDOutlineItem parent = heading.bookmark();
                flow.heading(3, title, "map:" + p, parent, true);
            }
            new Sheet(context, view, plan.size(), plan.laneItems()).draw(page);
        }
    }

    /** The type size, the most texts a lane shows per stage, and the channel rows of each page. */
    private record Plan(float size, int laneItems, List<List<Band>> pages) {
    }

    /** A horizontal band of the grid: a channel group's title, or a channel's row. */
    private record Band(String group, JourneyView.ChannelRow row) {

        boolean isRow() {
            return row != null;
        }
    }

    /**
     * The largest type that puts the map on one page, with every name's words whole; else the split over the fewest
     * pages, in the largest type that achieves it.
     */
    private static Plan plan(RenderContext context, JourneyView view, float available) {
        List<Band> bands = new ArrayList<>();
        for (JourneyView.ChannelGroup group : view.groups()) {
            if (group.name() != null) {
                bands.add(new Band(group.name(), null));
            }
            group.rows().forEach(row -> bands.add(new Band(null, row)));
        }
        // Repeated on every part: a part's own title takes room too.
        float partTitle = new TextStyle(context.fonts().bold(), PdfStyle.H3_SIZE, PdfStyle.TEXT).leading() * 2 + 10;
        // Content first: every lane text the site shows (up to five per stage) in the largest type that fits one page;
        // only when none does, fewer texts per stage, each lane still ending with "+k more".
        for (int items = JourneyView.LANE_ITEMS; items >= 1; items--) {
            for (float size = LARGEST; size >= SMALLEST - 0.01f; size -= STEP) {
                Sheet sheet = new Sheet(context, view, size, items);
                if (sheet.wordsFit() || size <= SMALLEST) {
                    float rows = bands.stream().map(sheet::height).reduce(0f, Float::sum);
                    if (sheet.fixedHeight() + rows <= available) {
                        return new Plan(size, items, List.of(bands));
                    }
                }
            }
        }
        // It cannot fit: as few pages as possible, each holding the rows of its tallest band at least.
        Plan best = null;
        for (int items = JourneyView.LANE_ITEMS; items >= 1; items--) {
            for (float size = LARGEST; size >= SMALLEST - 0.01f; size -= STEP) {
                Sheet sheet = new Sheet(context, view, size, items);
                if (!sheet.wordsFit() && size > SMALLEST) {
                    continue;
                }
                float room = available - partTitle - sheet.fixedHeight();
                float tallest = bands.stream().map(sheet::height).reduce(0f, Float::max);
                if (room < 2 * tallest && !(items == 1 && size <= SMALLEST && best == null)) {
                    continue;
                }
                List<List<Band>> pages = split(bands, sheet, room);
                if (best == null || pages.size() < best.pages().size()) {
                    best = new Plan(size, items, pages);
                }
            }
        }
        return best;
    }

    /**
     * The bands cut into pages of at most {@code room} points each: a page ends before a group's title when the group
     * does not fit, a group's title never ends a page, and a page left with one row takes one from the page before.
     */
    private static List<List<Band>> split(List<Band> bands, Sheet sheet, float room) {
        List<List<Band>> pages = new ArrayList<>();
        List<Band> page = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            float needed = sheet.height(band);
            if (!band.isRow()) {
                // a group starts a new page when it does not fit whole under what the page already holds
                float group = needed;
                for (int j = i + 1; j < bands.size() && bands.get(j).isRow(); j++) {
                    group += sheet.height(bands.get(j));
                }
                float withFirst = needed + (i + 1 < bands.size() ? sheet.height(bands.get(i + 1)) : 0);
                if (rows(page) > 0 && (used + group > room && group <= room || used + withFirst > room)) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                }
            } else if (rows(page) > 0 && used + needed > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                // the rest of a group goes on under its title, repeated
                String group = groupOf(bands, i);
                if (group != null) {
                    page.add(new Band(group, null));
                    used += sheet.height(page.get(0));
                }
            }
            page.add(band);
            used += needed;
        }
        pages.add(page);
        // never one row alone on a page: it takes the last row of the page before
        for (int p = 1; p < pages.size(); p++) {
            List<Band> before = pages.get(p - 1);
            List<Band> alone = pages.get(p);
            if (rows(alone) == 1 && rows(before) >= 3) {
                Band moved = null;
                for (int i = before.size() - 1; i >= 0; i--) {
                    if (before.get(i).isRow()) {
                        moved = before.remove(i);
                        break;
                    }
                }
                while (!before.isEmpty() && !before.get(before.size() - 1).isRow()) {
                    before.remove(before.size() - 1);
                }
                int at = alone.isEmpty() || alone.get(0).isRow() ? 0 : 1;
                String group = groupOf(bands, bands.indexOf(moved));
                if (at == 1 && group != null && group.equals(alone.get(0).group())) {
                    alone.add(1, moved);
                } else {
                    alone.add(0, moved);
                    if (group != null) {
                        alone.add(0, new Band(group, null));
                    }
                }
            }
        }
        return pages;
    }

    private static int rows(List<Band> page) {
        return (int) page.stream().filter(Band::isRow).count();
    }

    /** The group title over the band at {@code index}, or null. */
    private static String groupOf(List<Band> bands, int index) {
        for (int i = index; i >= 0; i--) {
            if (!bands.get(i).isRow()) {
                return bands.get(i).group();
            }
        }
        return null;
    }

    private static String groupNames(RenderContext context, List<Band> page) {
        List<String> names = new ArrayList<>();
        for (Band band : page) {
            String name = band.isRow() ? null : band.group();
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            page.stream().filter(Band::isRow).forEach(b -> names.add(b.row().channel().displayName()));
        }
        return String.join(", ", names);
    }

    /** The key to the map, above it: status marks, emotion lines, cards of touchpoints that are not active. */
    private static void legend(RenderContext context, JourneyView view) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        TextStyle small = flow.small();
        List<PageFlow.Run> runs = new ArrayList<>();
        runs.add(new PageFlow.Run(labels.get("pdf.map.legend") + "  ", small));
        for (KpiStatus status : KpiStatus.values()) {
            runs.add(new PageFlow.Run(PdfStyle.symbol(status) + " ",
                    new TextStyle(flow.fonts().bold(), small.size(), PdfStyle.color(status))));
            runs.add(new PageFlow.Run(labels.of(status) + "    ", small.withColor(PdfStyle.TEXT)));
        }
        flow.runs(runs);
        String status = view.overview() ? labels.format("site.overview.help", view.touchpoints()) : labels.get("pdf.map.status");
        flow.paragraph(status, small);
        flow.space(2);
    }

    /**
     * The map drawn at one type size: measures every band with the same code that draws it, so what is measured is
     * what is drawn.
     */
    private static final class Sheet {

        private final RenderContext context;
        private final JourneyView view;
        private final Labels labels;
        private final PdfFonts fonts;
        private final TextStyle name;
        private final TextStyle bold;
        private final TextStyle small;
        private final TextStyle stage;
        private final TextStyle phase;
        private final float left;
        private final float width;
        private final float header;
        private final float column;
        private final float curve;
        private final int laneItems;
        private Canvas canvas;

        Sheet(RenderContext context, JourneyView view, float size, int laneItems) {
            this.laneItems = laneItems;
            this.context = context;
            this.view = view;
            this.labels = context.labels();
            this.fonts = context.fonts();
            PageFlow flow = context.flow();
            this.name = new TextStyle(fonts.regular(), size, PdfStyle.TEXT);
            this.bold = new TextStyle(fonts.bold(), size, PdfStyle.TEXT);
            this.small = new TextStyle(fonts.regular(), Math.max(SMALLEST, size - 1), PdfStyle.MUTED);
            this.stage = new TextStyle(fonts.bold(), size + 1.5f, PdfStyle.TEXT);
            this.phase = new TextStyle(fonts.bold(), Math.max(SMALLEST, size - 1), PdfStyle.TEXT);
            this.left = flow.left();
            this.width = flow.width();
            this.header = Math.max(76, Math.min(130, width * 0.1f));
            this.column = (width - header) / view.stages().size();
            this.curve = view.stages().size() > 1 && !view.noEmotion() ? size * 5.5f : 0;
        }

        // ---- measuring -------------------------------------------------------------------------------------------

        /** Whether every word of every touchpoint's name fits its card whole at this size. */
        boolean wordsFit() {
            float text = cardText();
            for (JourneyView.MapCell cell : view.cells()) {
                for (Touchpoint touchpoint : cell.shown()) {
                    for (String word : fonts.clean(touchpoint.displayName()).split("\\s+")) {
                        if (name.width(word) > text) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        /** The height of what every page repeats: the phases, the stage header and the lanes. */
        float fixedHeight() {
            try {
                return top(null, 0) + bottom(null, 0);
            } catch (IOException e) {
                throw new IllegalStateException("measuring draws nothing", e);
            }
        }

        float height(Band band) {
            try {
                return band(null, band, 0);
            } catch (IOException e) {
                throw new IllegalStateException("measuring draws nothing", e);
            }
        }

        private float cardText() {
            return column - 2 * PAD - STATUS_BAR - 2 * CARD_PAD - bold.width(PdfStyle.symbol(KpiStatus.NO_DATA)) - 2;
        }

        // ---- drawing ---------------------------------------------------------------------------------------------

        /** Draws the map with the rows of {@code bands} below the current position, and moves the flow below it. */
        void draw(List<Band> bands) throws IOException {
            PageFlow flow = context.flow();
            canvas = flow.canvas();
            flow.tags().begin("Table");
            float y = flow.y();
            float top = y;
            y -= top(canvas, y);
            // the columns' rules go over the fills, but not across a group's title, which spans the map
            float ruled = top;
            for (Band band : bands) {
                if (!band.isRow()) {
                    columnRules(ruled, y);
                    ruled = y - band(canvas, band, y);
                    y = ruled;
                    continue;
                }
                y -= band(canvas, band, y);
            }
            y -= bottom(canvas, y);
            columnRules(ruled, y);
            canvas.frame(PdfStyle.RULE, LINE, left, y, width, top - y);
            flow.tags().end();
            flow.drawnDownTo(y - 6);
            canvas = null;
        }

        private void columnRules(float top, float bottom) throws IOException {
            for (int i = 0; i <= view.stages().size(); i++) {
                float x = left + header + i * column;
                canvas.rule(PdfStyle.RULE, LINE, x, bottom, x, top);
            }
        }

        /** The phases, the stages and the lanes above the rows; draws them when {@code canvas} is not null. */
        private float top(Canvas canvas, float y) throws IOException {
            float start = y;
            if (view.stages().stream().anyMatch(s -> s.phase() != null)) {
                float h = phase.leading() + 2 * PAD;
                if (canvas != null) {
                    float x = left + header;
                    begin(canvas, "TR");
                    begin(canvas, "TD");
                    end(canvas);
                    for (JourneyView.PhaseSpan span : view.phases()) {
                        float w = span.span() * column;
                        header(canvas, "Column", span.span());
                        canvas.fill(phaseFill(span.phase()), x, y - h, w, h);
                        if (span.phase() != null) {
                            String text = fonts.clean(labels.of(span.phase()).toUpperCase(labels.locale()));
                            text = ContentsPages.fitted(text, phase, w - 2 * PAD);
                            canvas.text(text, phase, x + PAD, y - PAD - phase.size());
                        }
                        canvas.rule(Color.WHITE, 1.5f, x, y - h, x, y);
                        end(canvas);
                        x += w;
                    }
                    end(canvas);
                }
                y -= h;
            }
            // the stage names, each on its phase's colour
            float h = 0;
            for (LifecycleStage each : view.stages()) {
                h = Math.max(h, stageName(each).size() * stage.leading());
            }
            h += 2 * PAD;
            if (canvas != null) {
                begin(canvas, "TR");
                header(canvas, "Column", 1);
                canvas.fill(PdfStyle.HEADER_FILL, left, y - h, header, h + (start - y));
                String stages = fonts.clean(labels.get("common.stages") + " \u2192");
                String channels = fonts.clean(labels.get("common.channels") + " \u2193");
                float corner = h + (start - y);
                if (corner >= 2 * small.leading() + 2 * PAD) {
                    canvas.text(stages, small, left + header - PAD - small.width(stages), start - PAD - small.size());
                    canvas.text(channels, small, left + PAD, y - h + PAD + 1);
                } else {
                    canvas.text(ContentsPages.fitted(stages + "  " + channels, small, header - 2 * PAD), small, left + PAD,
                            y - h + PAD + 1);
                }
                end(canvas);
                for (int i = 0; i < view.stages().size(); i++) {
                    LifecycleStage each = view.stages().get(i);
                    float x = x(i);
                    header(canvas, "Column", 1);
                    begin(canvas, "Link");
                    canvas.fill(phaseFill(each.phase()), x, y - h, column, h);
                    List<String> lines = stageName(each);
                    float baseline = y - PAD - stage.size();
                    for (String line : lines) {
                        canvas.text(line, stage, x + PAD, baseline);
                        baseline -= stage.leading();
                    }
                    link(x, y - h, column, h, RenderContext.stageKey(each), String.join(" ", lines));
                    end(canvas);
                    end(canvas);
                }
                end(canvas);
                canvas.rule(PdfStyle.TEXT, 0.8f, left, y - h, left + width, y - h);
            }
            y -= h;
            y -= emotion(canvas, y);
            y -= kpis(canvas, y);
            if (canvas != null) {
                canvas.rule(PdfStyle.TEXT, 0.8f, left, y, left + width, y);
            }
            return start - y;
        }

        private float emotion(Canvas canvas, float y) throws IOException {
            List<JourneyView.EmotionLine> lines = view.emotion();
            float keys = lines.size() > 1 ? lines.size() * small.leading() : 0;
            float scores = name.leading() + personaLines(lines) * small.leading();
            float h = Math.max(curve + scores, titleHeight("site.lane.emotion") + keys) + 2 * PAD;
            if (canvas == null) {
                return h;
            }
            begin(canvas, "TR");
            header(canvas, "Row", 1);
            laneHeader(canvas, y, h, labels.get("site.lane.emotion"));
            canvas.fill(LANE_FILL, left + header, y - h, width - header, h);
            if (lines.size() > 1) {
                float baseline = y - PAD - titleHeight("site.lane.emotion") - small.size();
                for (int l = 0; l < lines.size(); l++) {
                    JourneyView.EmotionLine line = lines.get(l);
                    String key = line.persona() == null ? labels.get("common.meanEmotion") : line.persona().displayName();
                    sample(canvas, l, left + PAD, baseline + small.size() * 0.35f, 10);
                    canvas.text(ContentsPages.fitted(fonts.clean(key), small, header - 2 * PAD - 13), small,
                            left + PAD + 13, baseline);
                    baseline -= small.leading();
                }
            }
            end(canvas);
            if (curve > 0) {
                // the curve shows the scores printed under it: decoration, for a screen reader
                drawCurve(canvas, lines, y - PAD, curve);
            }
            for (int i = 0; i < view.stages().size(); i++) {
                begin(canvas, "TD");
                float x = x(i) + PAD;
                float baseline = y - PAD - curve - name.size();
                Double mean = lines.get(0).means().get(i);
                if (mean == null) {
                    canvas.text(fonts.clean(labels.get("site.emotion.none")), small, x, baseline);
                } else {
                    Color colour = mean > 0.05 ? OPPORTUNITY : mean < -0.05 ? PAIN : PdfStyle.MUTED;
                    String face = mean > 0.05 ? "\u263A" : mean < -0.05 ? "\u2639" : "\u25CB";
                    String text = fonts.clean(face + " " + signed(mean));
                    canvas.text(text, bold.withColor(colour), x, baseline);
                }
                baseline -= name.leading() - name.size() + small.size();
                float px = x;
                for (int l = 1; l < lines.size(); l++) {
                    Double each = lines.get(l).means().get(i);
                    String score = fonts.clean(each == null ? labels.get("pdf.none") : signed(each));
                    float w = PERSONA_SAMPLE + small.width(score);
                    if (px > x && px + w > x(i) + column - PAD) {
                        px = x;
                        baseline -= small.leading();
                    }
                    sample(canvas, l, px, baseline + small.size() * 0.35f, PERSONA_SAMPLE - 3);
                    canvas.text(score, small.withColor(PdfStyle.TEXT), px + PERSONA_SAMPLE, baseline);
                    px += w + small.width("  ");
                }
                end(canvas);
            }
            end(canvas);
            canvas.rule(PdfStyle.RULE, LINE, left, y - h, left + width, y - h);
            return h;
        }

        /** How many lines the personas' scores take under a stage's mean: as many as fit side by side on each. */
        private int personaLines(List<JourneyView.EmotionLine> lines) {
            if (lines.size() < 2) {
                return 0;
            }
            float widest = PERSONA_SAMPLE + small.width("\u22121,5") + small.width("  ");
            int perLine = Math.max(1, (int) ((column - 2 * PAD + small.width("  ")) / widest));
            return (lines.size() - 1 + perLine - 1) / perLine;
        }

        /** The lines of the emotion lane, a point at the middle of each stage's column, from −2 (bottom) to +2. */
        private void drawCurve(Canvas canvas, List<JourneyView.EmotionLine> lines, float top, float h) throws IOException {
            float zero = top - h / 2;
            canvas.save();
            canvas.graphics().setLineDashPattern(new float[] {1.5f, 2}, 0);
            canvas.rule(PdfStyle.MUTED, 0.4f, left + header, zero, left + width, zero);
            canvas.restore();
            for (int l = lines.size() - 1; l >= 0; l--) {
                int style = EmotionLane.style(l);
                Color colour = Color.decode(EmotionLane.colour(style));
                float[] dashes = EmotionLane.dashes(style);
                List<Double> means = lines.get(l).means();
                canvas.save();
                PDPageContentStream stream = canvas.graphics();
                stream.setStrokingColor(colour);
                stream.setLineWidth(l == 0 ? 1.6f : 1);
                if (dashes != null) {
                    stream.setLineDashPattern(new float[] {dashes[0] * 0.5f, dashes[1] * 0.5f}, 0);
                }
                boolean open = false;
                for (int i = 0; i < means.size(); i++) {
                    Double mean = means.get(i);
                    if (mean == null) {
                        open = false;
                        continue;
                    }
                    float px = x(i) + column / 2;
                    float py = zero + (float) (mean / 2) * (h / 2 - 3);
                    if (open) {
                        stream.lineTo(px, py);
                    } else {
                        stream.moveTo(px, py);
                    }
                    open = true;
                }
                stream.stroke();
                canvas.restore();
                for (int i = 0; i < means.size(); i++) {
                    if (means.get(i) == null) {
                        continue;
                    }
                    float px = x(i) + column / 2;
                    float py = zero + (float) (means.get(i) / 2) * (h / 2 - 3);
                    float r = l == 0 ? 2.6f : 1.9f;
                    canvas.fill(colour, px - r, py - r, 2 * r, 2 * r);
                }
            }
        }

        /** A short stroke in the style of emotion line {@code index}, as the key and the scores show it. */
        private void sample(Canvas canvas, int index, float x, float y, float length) throws IOException {
            int style = EmotionLane.style(index);
            canvas.save();
            float[] dashes = EmotionLane.dashes(style);
            if (dashes != null) {
                canvas.graphics().setLineDashPattern(new float[] {dashes[0] * 0.4f, dashes[1] * 0.4f}, 0);
            }
            canvas.rule(Color.decode(EmotionLane.colour(style)), index == 0 ? 1.6f : 1.2f, x, y, x + length, y);
            canvas.restore();
        }

        private float kpis(Canvas canvas, float y) throws IOException {
            float h = 0;
            List<List<List<PageFlow.Run>>> cells = new ArrayList<>();
            for (JourneyView.StageLanes lane : view.lanes()) {
                List<List<PageFlow.Run>> lines = statusLines(lane);
                cells.add(lines);
                h = Math.max(h, lines.size() * name.leading());
            }
            h = Math.max(h, titleHeight("site.lane.kpis")) + 2 * PAD;
            if (canvas == null) {
                return h;
            }
            begin(canvas, "TR");
            header(canvas, "Row", 1);
            laneHeader(canvas, y, h, labels.get("site.lane.kpis"));
            end(canvas);
            canvas.fill(LANE_FILL, left + header, y - h, width - header, h);
            for (int i = 0; i < cells.size(); i++) {
                begin(canvas, "TD");
                float baseline = y - PAD - name.size();
                for (List<PageFlow.Run> line : cells.get(i)) {
                    float x = x(i) + PAD;
                    for (PageFlow.Run run : line) {
                        canvas.text(run.text(), run.style(), x, baseline);
                        x += run.style().width(run.text());
                    }
                    baseline -= name.leading();
                }
                end(canvas);
            }
            end(canvas);
            return h;
        }

        /** A stage's KPI status counts, worst first, as lines of runs that fit the column. */
        private List<List<PageFlow.Run>> statusLines(JourneyView.StageLanes lane) {
            List<List<PageFlow.Run>> lines = new ArrayList<>();
            if (lane.kpiCount() == 0) {
                lines.add(List.of(new PageFlow.Run(fonts.clean(labels.get("site.lane.noKpi")), small)));
                return lines;
            }
            List<PageFlow.Run> line = new ArrayList<>();
            float used = 0;
            for (KpiStatus status : List.of(KpiStatus.OFF_TARGET, KpiStatus.WARNING, KpiStatus.ON_TARGET, KpiStatus.NO_DATA)) {
                int count = lane.kpiStatus().getOrDefault(status, 0);
                if (count == 0) {
                    continue;
                }
                PageFlow.Run mark = new PageFlow.Run(PdfStyle.symbol(status) + " ", bold.withColor(PdfStyle.color(status)));
                PageFlow.Run number = new PageFlow.Run(count + "  ", name);
                float w = mark.style().width(mark.text()) + number.style().width(number.text());
                if (!line.isEmpty() && used + w > column - 2 * PAD) {
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                }
                line.add(mark);
                line.add(number);
                used += w;
            }
            lines.add(line);
            return lines;
        }

        /** The pain point and opportunity lanes under the rows (none in an overview, as on the site). */
        private float bottom(Canvas canvas, float y) throws IOException {
            if (view.overview()) {
                return 0;
            }
            float h = textLane(canvas, y, "site.lane.painPoints", "site.lane.noPainPoint", PAIN, true);
            if (canvas != null) {
                canvas.rule(PdfStyle.TEXT, 0.8f, left, y, left + width, y);
            }
            return h + textLane(canvas, y - h, "site.lane.opportunities", "site.lane.noOpportunity", OPPORTUNITY, false);
        }

        private float textLane(Canvas canvas, float y, String title, String none, Color bar, boolean pains) throws IOException {
            float h = titleHeight(title);
            float text = column - 2 * PAD - 4;
            List<List<List<String>>> cells = new ArrayList<>();
            for (JourneyView.StageLanes lane : view.lanes()) {
                List<JourneyView.LaneItem> items = pains ? lane.painPoints() : lane.opportunities();
                List<List<String>> wrapped = new ArrayList<>();
                for (JourneyView.LaneItem item : items.subList(0, Math.min(laneItems, items.size()))) {
                    wrapped.add(PageFlow.wrapClean(fonts.clean(item.text()), lane(), text));
                }
                cells.add(wrapped);
                float cell = wrapped.stream().mapToInt(List::size).sum() * lane().leading() + wrapped.size() * 2;
                if (items.size() > laneItems || items.isEmpty()) {
                    cell += small.leading();
                }
                h = Math.max(h, cell);
            }
            h += 2 * PAD;
            if (canvas == null) {
                return h;
            }
            begin(canvas, "TR");
            header(canvas, "Row", 1);
            laneHeader(canvas, y, h, labels.get(title));
            end(canvas);
            canvas.fill(LANE_FILL, left + header, y - h, width - header, h);
            for (int i = 0; i < cells.size(); i++) {
                JourneyView.StageLanes lane = view.lanes().get(i);
                List<JourneyView.LaneItem> items = pains ? lane.painPoints() : lane.opportunities();
                float x = x(i) + PAD;
                float top = y - PAD;
                begin(canvas, "TD");
                if (items.isEmpty()) {
                    canvas.text(fonts.clean(labels.get(none)), small, x, top - small.size());
                    end(canvas);
                    continue;
                }
                begin(canvas, "L");
                for (List<String> item : cells.get(i)) {
                    float itemHeight = item.size() * lane().leading();
                    begin(canvas, "LI");
                    begin(canvas, "LBody");
                    canvas.fill(bar, x, top - itemHeight + 1, 1.5f, itemHeight - 1);
                    float baseline = top - lane().size();
                    for (String line : item) {
                        canvas.text(line, lane(), x + 4, baseline);
                        baseline -= lane().leading();
                    }
                    end(canvas);
                    end(canvas);
                    top -= itemHeight + 2;
                }
                end(canvas);
                if (items.size() > laneItems) {
                    String more = fonts.clean(labels.format("site.more", items.size() - laneItems));
                    begin(canvas, "Link");
                    canvas.text(more, small.withColor(PdfStyle.ACCENT), x + 4, top - small.size());
                    link(x, top - small.leading(), small.width(more) + 4, small.leading(), RenderContext.stageKey(lane.stage()), more);
                    end(canvas);
                }
                end(canvas);
            }
            end(canvas);
            canvas.rule(PdfStyle.RULE, LINE, left, y - h, left + width, y - h);
            return h;
        }

        /** The type of the pain points and opportunities: a step smaller than the names, never under 6 points. */
        private TextStyle lane() {
            return small.withColor(PdfStyle.TEXT);
        }

        /** A stage's name wrapped in its column, cut when it would take more than its share of the page. */
        private List<String> stageName(LifecycleStage each) {
            return capped(PageFlow.wrapClean(fonts.clean(each.displayName()), stage, column - 2 * PAD), stage, STAGE_SHARE);
        }

        /**
         * The first lines of {@code lines} that fill at most {@code share} of the page's body: a name of thousands of
         * characters must not push the map off its page.
         */
        private List<String> capped(List<String> lines, TextStyle style, float share) {
            PageFlow flow = context.flow();
            int most = Math.max(1, (int) ((flow.top() - flow.bottom()) * share / style.leading()));
            return lines.size() <= most ? lines : lines.subList(0, most);
        }

        /** The height of a lane's title, wrapped in the channel column. */
        private float titleHeight(String key) {
            return PageFlow.wrapClean(fonts.clean(labels.get(key)), bold, header - 2 * PAD).size() * bold.leading();
        }

        /** The title of a lane in the channel column. */
        private void laneHeader(Canvas canvas, float y, float h, String title) throws IOException {
            canvas.fill(Color.WHITE, left, y - h, header, h);
            List<String> lines = PageFlow.wrapClean(fonts.clean(title), bold, header - 2 * PAD);
            float baseline = y - PAD - bold.size();
            for (String line : lines) {
                canvas.text(line, bold, left + PAD, baseline);
                baseline -= bold.leading();
            }
        }

        /** A group's title across the map, or a channel's row. */
        private float band(Canvas canvas, Band band, float y) throws IOException {
            if (!band.isRow()) {
                float h = small.leading() + PAD;
                if (canvas != null) {
                    String title = fonts.clean(band.group().toUpperCase(labels.locale()));
                    begin(canvas, "TR");
                    header(canvas, "Row", view.stages().size() + 1);
                    canvas.fill(Color.WHITE, left, y - h, width, h);
                    canvas.text(ContentsPages.fitted(title, small.withColor(PdfStyle.MUTED), width - 2 * PAD),
                            new TextStyle(fonts.bold(), small.size(), PdfStyle.MUTED), left + PAD, y - PAD - small.size() + 1);
                    end(canvas);
                    end(canvas);
                    canvas.rule(PdfStyle.RULE, LINE, left, y - h, left + width, y - h);
                }
                return h;
            }
            JourneyView.ChannelRow row = band.row();
            List<String> channel = capped(PageFlow.wrapClean(fonts.clean(row.channel().displayName()), bold, header - 2 * PAD),
                    bold, CHANNEL_SHARE);
            String type = row.channel().type() == null || view.overview() ? null : fonts.clean(labels.of(row.channel().type()));
            // the channel's type goes under its name when the row has room for it, and on the name's line otherwise
            float h = channel.size() * bold.leading();
            for (int i = 0; i < row.cells().size(); i++) {
                h = Math.max(h, cell(null, row.cells().get(i), 0, 0));
            }
            boolean typeBelow = type != null && h >= channel.size() * bold.leading() + small.leading();
            if (type != null && !typeBelow && bold.width(channel.get(channel.size() - 1) + " ") + small.width(type)
                    > header - 2 * PAD) {
                h += small.leading();
                typeBelow = true;
            }
            h += 2 * PAD;
            if (canvas == null) {
                return h;
            }
            begin(canvas, "TR");
            header(canvas, "Row", 1);
            canvas.fill(PdfStyle.ROW_HEADER_FILL, left, y - h, header, h);
            float baseline = y - PAD - bold.size();
            for (String line : channel) {
                canvas.text(line, bold, left + PAD, baseline);
                baseline -= bold.leading();
            }
            if (typeBelow) {
                float typeBaseline = y - PAD - channel.size() * bold.leading() - small.size();
                canvas.text(ContentsPages.fitted(type, small, header - 2 * PAD), small, left + PAD, typeBaseline);
            } else if (type != null) {
                String last = channel.get(channel.size() - 1);
                canvas.text(type, small, left + PAD + bold.width(last + " "), baseline + bold.leading());
            }
            end(canvas);
            for (int i = 0; i < row.cells().size(); i++) {
                JourneyView.MapCell cell = row.cells().get(i);
                begin(canvas, "TD");
                if (view.overview()) {
                    heat(canvas, cell, x(i), y, h);
                } else {
                    cell(canvas, cell, x(i) + PAD, y - PAD);
                }
                end(canvas);
            }
            end(canvas);
            canvas.rule(PdfStyle.RULE, LINE, left, y - h, left + width, y - h);
            return h;
        }

        /** A cell's cards, then "+k more" linking the sheet of the first touchpoint not shown. */
        private float cell(Canvas canvas, JourneyView.MapCell cell, float x, float top) throws IOException {
            if (view.overview()) {
                return cell.touchpoints().isEmpty() ? 0 : name.leading();
            }
            float y = top;
            for (Touchpoint touchpoint : cell.shown()) {
                y -= (y < top ? CARD_GAP : 0);
                y -= card(canvas, touchpoint, x, y);
            }
            if (cell.more() > 0) {
                String more = fonts.clean(labels.format("site.more", cell.more()));
                if (canvas != null) {
                    begin(canvas, "Link");
                    canvas.text(more, small.withColor(PdfStyle.ACCENT), x, y - CARD_GAP - small.size());
                    link(x, y - CARD_GAP - small.leading(), small.width(more), small.leading(),
                            RenderContext.sheetKey(cell.touchpoints().get(cell.shown().size())), more);
                    end(canvas);
                }
                y -= CARD_GAP + small.leading();
            }
            return top - y;
        }

        /**
         * A touchpoint's card: a bar and a mark of its worst KPI status (the mark's shape tells the status without
         * its colour), its name wrapped between words, and, when it is not active, a dashed frame and its status.
         */
        private float card(Canvas canvas, Touchpoint touchpoint, float x, float top) throws IOException {
            boolean live = touchpoint.status() == null || touchpoint.status() == TouchpointStatus.ACTIVE;
            KpiStatus status = touchpoint.kpiStatus();
            String symbol = PdfStyle.symbol(status);
            float w = column - 2 * PAD;
            float textX = x + STATUS_BAR + CARD_PAD + bold.width(symbol) + 2;
            List<String> lines = PageFlow.wrapClean(fonts.clean(touchpoint.displayName()), name, cardText());
            String lifecycle = live ? null : fonts.clean(labels.of(touchpoint.status()).toLowerCase(labels.locale()));
            float h = lines.size() * name.leading() + (lifecycle == null ? 0 : small.leading()) + 2 * CARD_PAD;
            if (canvas == null) {
                return h;
            }
            begin(canvas, "Link");
            canvas.fill(Color.WHITE, x, top - h, w, h);
            canvas.save();
            if (!live) {
                canvas.graphics().setLineDashPattern(new float[] {2, 1.5f}, 0);
            }
            canvas.frame(live ? PdfStyle.RULE : PdfStyle.MUTED, live ? 0.6f : 0.5f, x, top - h, w, h);
            canvas.restore();
            canvas.fill(PdfStyle.color(status), x, top - h, STATUS_BAR, h);
            TextStyle text = name.withColor(PdfStyle.color(touchpoint.status()));
            float baseline = top - CARD_PAD - name.size();
            canvas.text(symbol, bold.withColor(PdfStyle.color(status)), x + STATUS_BAR + CARD_PAD, baseline);
            for (String line : lines) {
                canvas.text(line, text, textX, baseline);
                baseline -= name.leading();
            }
            if (lifecycle != null) {
                canvas.text(lifecycle, small, textX, baseline + name.size() - small.size());
            }
            link(x, top - h, w, h, RenderContext.sheetKey(touchpoint), touchpoint.displayName());
            end(canvas);
            return h;
        }

        /** A square of the heat map: darker for more touchpoints, with the count and the worst status's mark. */
        private void heat(Canvas canvas, JourneyView.MapCell cell, float x, float y, float h) throws IOException {
            int count = cell.touchpoints().size();
            if (count == 0) {
                return;
            }
            int most = view.cells().stream().mapToInt(c -> c.touchpoints().size()).max().orElse(1);
            int level = Math.max(1, (int) Math.ceil(4.0 * count / most));
            canvas.fill(HEAT[level - 1], x + LINE, y - h + LINE, column - 2 * LINE, h - 2 * LINE);
            float baseline = y - PAD - name.size();
            canvas.text(String.valueOf(count), bold, x + PAD, baseline);
            String symbol = PdfStyle.symbol(cell.worst());
            canvas.textRight(symbol, bold.withColor(PdfStyle.color(cell.worst())), x + column - PAD, baseline);
            link(x, y - h, column, h, RenderContext.sheetKey(cell.touchpoints().get(0)), count + " " + symbol);
        }

        private float x(int stage) {
            return left + header + stage * column;
        }

        private void link(float x, float y, float w, float h, String key, String description) throws IOException {
            PageFlow flow = context.flow();
            flow.navigation().link(flow.page(), new PDRectangle(x, y, w, h), key, description);
        }

        /** Opens a structure element of the map's table, when it is drawn rather than measured. */
        private void begin(Canvas canvas, String type) {
            if (canvas != null) {
                context.flow().tags().begin(type);
            }
        }

        /** Opens a header cell naming its row ({@code Row}) or its column ({@code Column}). */
        private void header(Canvas canvas, String scope, int columns) {
            if (canvas != null) {
                Tags.Element cell = context.flow().tags().begin("TH").scope(scope);
                if (columns > 1) {
                    cell.columns(columns);
                }
            }
        }

        private void end(Canvas canvas) {
            if (canvas != null) {
                context.flow().tags().end();
            }
        }

        private Color phaseFill(io.touchmap.model.Phase phase) {
            if (phase == null) {
                return PdfStyle.HEADER_FILL;
            }
            return switch (phase.keyword()) {
                case "before-purchase" -> BEFORE;
                case "purchase" -> PURCHASE;
                case "after-purchase" -> AFTER;
                default -> PdfStyle.HEADER_FILL;
            };
        }

        /** A mean emotion with its sign and one decimal at most, as the site prints it ({@code +1.5}, {@code −0,3}). */
        private String signed(double mean) {
            double rounded = Math.round(mean * 10) / 10.0;
            return (rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "") + labels.number(Math.abs(rounded));
        }
    }
}
