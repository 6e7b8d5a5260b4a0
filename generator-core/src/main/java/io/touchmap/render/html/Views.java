package io.touchmap.render.html;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Map;

/**
 * The view models the templates read: plain text already labelled and formatted in the report's language, links
 * already relative to the page, so that templates hold nothing but loops and conditionals. Text from the map stays
 * text; only {@link Markdown} output is markup.
 */
final class Views {

    private Views() {
    }

    /** What every page has: its language, titles, the way back to the site's root, and the navigation state. */
    public record Page(
            String lang,
            String title,
            String siteTitle,
            String organisation,
            String root,
            boolean home,
            List<NavLink> nav,
            String generatedOn,
            Map<String, String> t,
            Header header) {
    }

    /**
     * A link of the site's navigation. {@code current} is the {@code aria-current} of the section the page is in
     * ({@code page} on the section's own page, {@code true} below it), else null; {@code count} follows the label
     * (the warnings'), or is null.
     */
    public record NavLink(String href, String label, String current, Integer count) {
    }

    /**
     * How the map's theme dresses the header: in its brand colour (under white text) or the default, and with its
     * logo, whose size in pixels reserves its place before it loads.
     *
     * @param logo the logo's file name in the site, such as {@code logo.png}, or null
     */
    public record Header(boolean branded, String logo, int logoWidth, int logoHeight) {
    }

    /** A link to another page of the site. */
    public record Link(String href, String text) {
    }

    /** A label and a value, for definition lists. */
    public record Entry(String label, String value) {
    }

    /** A KPI status as shown: its keyword (for the style), its label, and a symbol so colour is never alone. */
    public record Status(String keyword, String label, String symbol) {
    }

    /** An emotion score as shown: its sign and number, a word for it, and a symbol. */
    public record Emotion(String score, String keyword, String label, String symbol) {
    }

    /** A touchpoint as the grid and the lists show it. */
    public record TouchpointRef(String href, String name, Status kpi, Emotion emotion, String lifecycle, String lifecycleKeyword) {
    }

    /** A competitor met in a cell, with its letter and colour (1 to 6) from the map's key of competitors. */
    public record CompetitorMark(String name, String rating, String note, String letter, int colour) {
    }

    /**
     * One cell of the map: the cards it shows, the competitors met there, a link to the cell's page when it holds more
     * touchpoints than it shows, and in an overview, the cell as a square of the heat map.
     */
    public record Cell(List<TouchpointRef> touchpoints, List<CompetitorMark> competitors, Link more, OverviewCell overview) {
    }

    /** A cell of the overview heat map: how many touchpoints, their worst KPI status, a level 0 to 4 for the shading. */
    public record OverviewCell(String href, int count, Status worst, int level, String label) {
    }

    /** One channel's row of the map. */
    public record Row(Link channel, String typeKeyword, String typeLabel, List<Cell> cells) {
    }

    /** The channels of one group, under the group's name (null for channels without a group). */
    public record RowGroup(String name, List<Row> rows) {
    }

    /** A phase over the stages it spans. */
    public record PhaseSpan(String keyword, String label, int span) {
    }

    /** A column of the map. */
    public record StageHead(Link stage, String phaseKeyword) {
    }

    /**
     * The map: stages as columns grouped by phase, channels as rows grouped by group, and the lanes under the stages.
     * An overview shows each cell as a square of a heat map; a wide map (more stages than fit a screen) scrolls.
     */
    public record Grid(List<PhaseSpan> phases, List<StageHead> stages, List<RowGroup> groups, Lanes lanes, boolean overview,
            boolean wide) {
    }

    /**
     * The lanes aligned under the stages: the emotion curve (an image stretched over the stage columns, null with
     * fewer than two stages or no score) with each stage's scores in words, the KPI status counts, and (null in an
     * overview) the pain points and opportunities.
     */
    public record Lanes(Chart curve, List<LineKey> keys, List<EmotionCell> emotion, List<KpiCell> kpis, List<TextCell> painPoints,
            List<TextCell> opportunities) {
    }

    /** A line of the emotion curve as its key shows it: whose line, and its style (0 the overall mean). */
    public record LineKey(String name, int style) {
    }

    /** The scores of one stage: the overall mean (null when not scored) and each persona's. */
    public record EmotionCell(Emotion mean, List<PersonaScore> personas) {
    }

    /** One persona's mean at a stage, with the style of its line. */
    public record PersonaScore(String name, int style, String score) {
    }

    /** The KPI status counts of one stage, worst first; empty when the stage has no KPI. */
    public record KpiCell(List<StatusCount> counts) {
    }

    /** How many KPIs have one status. */
    public record StatusCount(Status status, int count) {
    }

    /** The texts of one lane at one stage, and a link to the rest when there are more. */
    public record TextCell(List<String> items, Link more) {
    }

    /** A headline figure with its breakdown. */
    public record Figure(String label, String value, List<Count> parts) {
    }

    /** A count of something with a keyword for its style. */
    public record Count(String keyword, String label, long count) {
    }

    /**
     * A chart as an SVG file with its text alternative: a one-sentence summary for {@code alt}, a caption, and the
     * data as a table (null for a KPI's chart, whose page holds its values).
     */
    public record Chart(String src, int width, int height, String alt, String caption, Table data) {
    }

    /** A data table whose first column heads its rows. */
    public record Table(List<String> head, List<List<String>> rows) {
    }

    /** The History page: each version with what it changed, and each KPI's status over the versions. */
    public record HistoryView(List<HistoryVersion> versions, List<HistoryKpi> kpis, List<String> names, String missing) {
    }

    /** One version of the map on the History page. */
    public record HistoryVersion(String name, String commit, String date, String headline, boolean valid) {
    }

    /**
     * A KPI's statuses over the versions: an inline SVG of one square per version, coloured by status, and the same
     * in words for those who do not see it.
     */
    public record HistoryKpi(String name, TemplateHTMLOutputModel svg, String words, List<Status> statuses) {
    }

    /** A KPI in a list of KPIs. */
    public record KpiRow(Link kpi, Link touchpoint, Status status, String stale, String latest, String target) {
    }

    /** A KPI with all it says, as on a touchpoint page and a KPI page. */
    public record KpiBlock(
            String id,
            Link page,
            String name,
            Status status,
            String latest,
            String target,
            String stale,
            List<Entry> facts,
            TemplateHTMLOutputModel description,
            Chart chart) {
    }

    /** A touchpoint in a table of touchpoints. */
    public record TouchpointRow(TouchpointRef touchpoint, Link stage, Link channel, String owner) {
    }

    /** The index page: the worst-first summary, the journey map, the headline figures. */
    public record IndexView(
            TemplateHTMLOutputModel description,
            List<String> owners,
            Summary summary,
            Grid grid,
            String gridHelp,
            List<Status> legend,
            List<CompetitorKey> competitors,
            List<Figure> figures,
            Link kpis,
            List<Link> personas) {
    }

    /** What a stakeholder asks first, worst first, as blocks of a few lines each. */
    public record Summary(List<SummaryBlock> blocks, boolean empty) {
    }

    /**
     * One block of the summary: its title, its count (null when the map cannot tell), its first lines, a link or a
     * count for the rest, and what it says when empty.
     */
    public record SummaryBlock(String keyword, String title, Integer total, List<SummaryItem> items, String more, Link moreLink, String none) {
    }

    /** One line of the summary: what it is about, with its status, emotion, details and trend where they apply. */
    public record SummaryItem(Link link, Status status, Emotion emotion, String detail, Trend trend) {
    }

    /** The direction of a KPI's last change, as a symbol and in words. */
    public record Trend(String keyword, String symbol, String label) {
    }

    /** A competitor's letter and colour in the key of the presence matrix. */
    public record CompetitorKey(String letter, int colour, String name) {
    }

    /** The page of every KPI with its status. */
    public record KpiListView(List<KpiRow> kpis, String staleness) {
    }

    /** The page of one touchpoint. */
    public record TouchpointView(
            String name,
            Status kpi,
            String lifecycle,
            TemplateHTMLOutputModel description,
            Link stage,
            Link channel,
            List<Entry> facts,
            List<Link> personas,
            List<String> product,
            List<String> interactions,
            List<String> communication,
            Emotion emotion,
            List<String> perceptions,
            List<String> painPoints,
            List<String> opportunities,
            List<Entry> value,
            List<KpiBlock> kpis,
            List<CompetitorMark> competitors) {
    }

    /** The page of one KPI: the block, the touchpoint it measures, and every value with its status. */
    public record KpiView(KpiBlock kpi, Link touchpoint, Table values) {
    }

    /**
     * The page of a stage, a channel, a persona or a cell: what it is, and its part of the map (a stage's column, a
     * channel's row, a persona's touchpoints) or, for a cell, the table of its touchpoints.
     */
    public record GroupView(
            String name,
            String kind,
            List<Link> crumbs,
            List<Entry> facts,
            TemplateHTMLOutputModel description,
            Grid grid,
            String gridCaption,
            List<TouchpointRow> touchpoints,
            List<Entry> extra,
            String extraTitle) {
    }

    /** One component of the value proposition. */
    public record Component(String label, String statement, String score) {
    }

    /** One row of the importance heat map: a component and its importance at each stage. */
    public record HeatRow(String component, List<HeatCell> cells) {
    }

    /** One cell of the importance heat map: the number shown, and its level 0 (not set) to 5 for the shading. */
    public record HeatCell(String text, int level) {
    }

    /** The value proposition page. */
    public record ValuePropositionView(
            TemplateHTMLOutputModel statement,
            List<Component> components,
            List<Link> stages,
            List<HeatRow> importance,
            Chart comparison) {
    }

    /** A competitor on the competitors page. */
    public record CompetitorBlock(String id, String letter, int colour, String name, TemplateHTMLOutputModel description, List<Entry> scores, List<Entry> presence) {
    }

    /** A gap: a cell where a competitor is present and we are not, or is rated above us. */
    public record Gap(String competitor, Link stage, Link channel, String reason, String note) {
    }

    /** The competitors page. */
    public record CompetitorsView(List<CompetitorBlock> competitors, Grid presence, List<CompetitorKey> keys, List<Gap> gaps) {
    }

    /** A validation warning with where it was found. */
    public record Warning(String location, String code, String message, String hint) {
    }

    /** The validation warnings page. */
    public record WarningsView(List<Warning> warnings) {
    }

    /** One map of a collection: its name, what it holds, and where its site and its PDF are (null when not written). */
    public record CollectionEntry(String site, String title, String organisation, String touchpoints, String kpis, String warnings,
            String pdf) {
    }

    /** The index of a collection of maps. */
    public record CollectionView(String lang, String summary, List<CollectionEntry> maps, String generatedOn) {
    }
}
