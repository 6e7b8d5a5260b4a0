package io.touchmap.render.html;

import static io.touchmap.render.html.SiteContext.description;
import static io.touchmap.render.html.SiteContext.text;
import static io.touchmap.render.html.SiteContext.texts;
import static io.touchmap.render.html.SiteContext.touchpointPath;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.model.ValueComponent;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.Entry;
import io.touchmap.render.html.Views.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code touchpoints/<id>.html}: where a touchpoint sits, its elements, pain points, value delivered and KPIs; each
 * touchpoint's page is followed by its {@linkplain KpiPage KPI pages}, so the site lists its pages in the map's order.
 */
final class TouchpointPage implements SitePage {

    private static final String TEMPLATE = "touchpoint.ftlh";

    @Override
    public List<String> templates() {
        return List.of(TEMPLATE, KpiPage.TEMPLATE);
    }

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        List<Supplier<PageFile>> pages = new ArrayList<>();
        for (Touchpoint touchpoint : site.map().touchpoints()) {
            pages.add(() -> PageFile.prepare(touchpointPath(touchpoint), TEMPLATE,
                    site.page(text(touchpoint.displayName()), "../", "map"), charts -> view(site, touchpoint)));
            pages.addAll(KpiPage.pages(site, touchpoint));
        }
        return pages;
    }

    private static Views.TouchpointView view(SiteContext site, Touchpoint touchpoint) {
        Labels labels = site.labels();
        String root = "../";
        List<Entry> facts = new ArrayList<>();
        site.map().stage(touchpoint.stage()).map(LifecycleStage::phase).filter(Objects::nonNull)
                .ifPresent(phase -> facts.add(new Entry(labels.get("common.phase"), labels.of(phase))));
        if (text(touchpoint.owner()) != null) {
            facts.add(new Entry(labels.get("common.owner"), text(touchpoint.owner())));
        }
        facts.add(new Entry(labels.get("common.status"), labels.of(touchpoint.status() == null ? TouchpointStatus.ACTIVE : touchpoint.status())));
        List<Entry> value = new ArrayList<>();
        for (ValueComponent component : ValueComponent.values()) {
            touchpoint.value().of(component).map(SiteContext::text).filter(Objects::nonNull)
                    .ifPresent(statement -> value.add(new Entry(labels.of(component), statement)));
        }
        TouchpointStatus lifecycle = touchpoint.status();
        boolean active = lifecycle == null || lifecycle == TouchpointStatus.ACTIVE;
        return new Views.TouchpointView(text(touchpoint.displayName()), site.status(touchpoint.kpiStatus()), active ? null : labels.of(lifecycle),
                description(touchpoint.description()), site.stageLink(root, touchpoint.stage()), site.channelLink(root, touchpoint.channel()),
                facts,
                touchpoint.personas().stream().map(id -> site.map().persona(id)
                        .map(p -> site.personaLink(root, p)).orElse(new Link(null, id))).toList(),
                texts(touchpoint.elements().product()), texts(touchpoint.elements().interactions()),
                texts(touchpoint.elements().communication()), site.emotion(touchpoint.elements().emotions().score()),
                texts(touchpoint.elements().emotions().perceptions()), texts(touchpoint.painPoints()),
                texts(touchpoint.opportunities()), value,
                touchpoint.kpis().stream().map(k -> KpiPage.block(site, root, k)).toList(), site.competitorMarks(touchpoint.cell()));
    }
}
