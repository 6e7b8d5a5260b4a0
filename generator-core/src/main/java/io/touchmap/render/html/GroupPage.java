package io.touchmap.render.html;

import static io.touchmap.render.html.SiteContext.cellPath;
import static io.touchmap.render.html.SiteContext.channelPath;
import static io.touchmap.render.html.SiteContext.description;
import static io.touchmap.render.html.SiteContext.personaPath;
import static io.touchmap.render.html.SiteContext.stagePath;
import static io.touchmap.render.html.SiteContext.text;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.Channel;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Persona;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueComponent;
import io.touchmap.render.JourneyView;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pages that are views of the map: {@code stages/<id>.html} (the stage's column with its lanes),
 * {@code channels/<id>.html} (the channel's row), {@code personas/<id>.html} (the map of the persona's touchpoints
 * with the persona's emotion curve), and {@code cells/<stage>/<channel>.html} (every touchpoint of a cell, for the
 * cells the map links to: all of them in an overview, else the crowded ones).
 */
final class GroupPage implements SitePage {

    private static final String TEMPLATE = "group.ftlh";

    private static final String ROOT = "../";
    private static final String CELL_ROOT = "../../";

    @Override
    public List<String> templates() {
        return List.of(TEMPLATE);
    }

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        List<Supplier<PageFile>> pages = new ArrayList<>();
        for (LifecycleStage stage : site.map().stages()) {
            pages.add(() -> PageFile.prepare(stagePath(stage), TEMPLATE, site.page(text(stage.displayName()), ROOT, "map"),
                    charts -> stage(site, stage, charts)));
        }
        for (Channel channel : site.map().channels()) {
            pages.add(() -> PageFile.prepare(channelPath(channel), TEMPLATE, site.page(text(channel.displayName()), ROOT, "map"),
                    charts -> channel(site, channel, charts)));
        }
        for (Persona persona : site.map().personas()) {
            pages.add(() -> PageFile.prepare(personaPath(persona), TEMPLATE, site.page(text(persona.displayName()), ROOT, "map"),
                    charts -> persona(site, persona, charts)));
        }
        for (JourneyView.MapCell cell : site.journey().cells()) {
            if (site.hasPage(cell)) {
                pages.add(() -> PageFile.prepare(cellPath(cell.stage(), cell.channel()), TEMPLATE,
                        site.page(cellTitle(site, cell), CELL_ROOT, "map"), charts -> cell(site, cell)));
            }
        }
        return pages;
    }

    private static String cellTitle(SiteContext site, JourneyView.MapCell cell) {
        return site.labels().format("site.cell.title", text(cell.stage().displayName()), text(cell.channel().displayName()));
    }

    private static Views.GroupView stage(SiteContext site, LifecycleStage stage, Map<String, Supplier<String>> charts) {
        Labels labels = site.labels();
        TouchpointMap map = site.map();
        List<Entry> facts = new ArrayList<>();
        if (stage.phase() != null) {
            facts.add(new Entry(labels.get("common.phase"), labels.of(stage.phase())));
        }
        site.emotionCurve().stream().filter(s -> s.stage().id().equals(stage.id()) && s.mean() != null).findFirst()
                .ifPresent(s -> facts.add(new Entry(labels.get("common.meanEmotion"), site.signedMean(s.mean()))));
        List<Entry> importance = new ArrayList<>();
        for (ValueComponent component : ValueComponent.values()) {
            map.valueProposition().component(component).map(c -> c.importance().get(stage.id())).ifPresent(level ->
                    importance.add(new Entry(labels.of(component), labels.format("common.outOfFive", level))));
        }
        Views.Grid column = site.grid(ROOT, JourneyView.column(map, stage).asCards(), null, false, charts);
        return new Views.GroupView(text(stage.displayName()), labels.get("site.kind.stage"), List.of(), facts,
                description(stage.description()), column, labels.format("site.stage.caption", text(stage.displayName())), null,
                importance, labels.get("site.stage.importance"));
    }

    private static Views.GroupView channel(SiteContext site, Channel channel, Map<String, Supplier<String>> charts) {
        Labels labels = site.labels();
        List<Entry> facts = new ArrayList<>();
        if (channel.type() != null) {
            facts.add(new Entry(labels.get("common.channel.type"), labels.of(channel.type())));
        }
        if (text(channel.group()) != null) {
            facts.add(new Entry(labels.get("common.channel.group"), text(channel.group())));
        }
        Views.Grid row = site.grid(ROOT, JourneyView.row(site.map(), channel).asCards(), "journey-emotion-channel-" + channel.id() + ".svg",
                false, charts);
        return new Views.GroupView(text(channel.displayName()), labels.get("site.kind.channel"), List.of(), facts,
                description(channel.description()), row, labels.format("site.channel.caption", text(channel.displayName())), null,
                List.of(), null);
    }

    private static Views.GroupView persona(SiteContext site, Persona persona, Map<String, Supplier<String>> charts) {
        Labels labels = site.labels();
        JourneyView view = JourneyView.persona(site.map(), persona);
        Views.Grid grid = site.grid(ROOT, view, "journey-emotion-" + persona.id() + ".svg", true, charts);
        return new Views.GroupView(text(persona.displayName()), labels.get("site.kind.persona"), List.of(), List.of(),
                description(persona.description()), grid, labels.format("site.persona.caption", text(persona.displayName())), null,
                List.of(), null);
    }

    private static Views.GroupView cell(SiteContext site, JourneyView.MapCell cell) {
        Labels labels = site.labels();
        return new Views.GroupView(cellTitle(site, cell), labels.get("site.kind.cell"),
                List.of(site.stageLink(CELL_ROOT, cell.stage().id()), site.channelLink(CELL_ROOT, cell.channel().id())),
                List.of(new Entry(labels.get("common.stage"), text(cell.stage().displayName())),
                        new Entry(labels.get("common.channel"), text(cell.channel().displayName()))),
                null, null, null, cell.touchpoints().stream().map(tp -> site.row(CELL_ROOT, tp)).toList(), List.of(), null);
    }
}
