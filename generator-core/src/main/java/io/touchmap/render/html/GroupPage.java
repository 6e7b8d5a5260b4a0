package io.touchmap.render.html;

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
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The page of a group of touchpoints: {@code stages/<id>.html}, {@code channels/<id>.html} and
 * {@code personas/<id>.html}, each saying what the group is and listing its touchpoints.
 */
final class GroupPage implements SitePage {

    private static final String ROOT = "../";

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        List<Supplier<PageFile>> pages = new ArrayList<>();
        for (LifecycleStage stage : site.map().stages()) {
            pages.add(() -> PageFile.prepare(stagePath(stage), "group.ftlh", site.page(text(stage.displayName()), ROOT, "map"),
                    charts -> stage(site, stage)));
        }
        for (Channel channel : site.map().channels()) {
            pages.add(() -> PageFile.prepare(channelPath(channel), "group.ftlh", site.page(text(channel.displayName()), ROOT, "map"),
                    charts -> channel(site, channel)));
        }
        for (Persona persona : site.map().personas()) {
            pages.add(() -> PageFile.prepare(personaPath(persona), "group.ftlh", site.page(text(persona.displayName()), ROOT, "map"),
                    charts -> persona(site, persona, charts)));
        }
        return pages;
    }

    private static Views.GroupView stage(SiteContext site, LifecycleStage stage) {
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
        return new Views.GroupView(text(stage.displayName()), labels.get("site.kind.stage"), facts, description(stage.description()),
                map.touchpointsAt(stage).stream().map(tp -> site.row(ROOT, tp)).toList(), null,
                importance, labels.get("site.stage.importance"));
    }

    private static Views.GroupView channel(SiteContext site, Channel channel) {
        Labels labels = site.labels();
        List<Entry> facts = new ArrayList<>();
        if (channel.type() != null) {
            facts.add(new Entry(labels.get("common.channel.type"), labels.of(channel.type())));
        }
        if (text(channel.group()) != null) {
            facts.add(new Entry(labels.get("common.channel.group"), text(channel.group())));
        }
        return new Views.GroupView(text(channel.displayName()), labels.get("site.kind.channel"), facts, description(channel.description()),
                site.map().touchpointsOn(channel).stream().map(tp -> site.row(ROOT, tp)).toList(), null, List.of(), null);
    }

    private static Views.GroupView persona(SiteContext site, Persona persona, Map<String, Supplier<String>> charts) {
        TouchpointMap map = site.map();
        return new Views.GroupView(text(persona.displayName()), site.labels().get("site.kind.persona"), List.of(),
                description(persona.description()), map.touchpointsFor(persona).stream().map(tp -> site.row(ROOT, tp)).toList(),
                site.emotionChart(ROOT, map.emotionCurve(persona), "emotion-" + persona.id() + ".svg", persona, charts),
                List.of(), null);
    }
}
