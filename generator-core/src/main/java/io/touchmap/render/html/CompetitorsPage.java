package io.touchmap.render.html;

import static io.touchmap.render.html.SiteContext.description;
import static io.touchmap.render.html.SiteContext.text;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.Competitor;
import io.touchmap.model.CompetitorGap;
import io.touchmap.model.ValueComponent;
import io.touchmap.render.JourneyView;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.CompetitorBlock;
import io.touchmap.render.html.Views.Entry;
import io.touchmap.render.html.Views.Gap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/** {@code competitors.html}: the gaps, the presence dot matrix over the map's own grid (a letter and colour per competitor), then each competitor. */
final class CompetitorsPage implements SitePage {

    private static final String TEMPLATE = "competitors.ftlh";

    @Override
    public List<String> templates() {
        return List.of(TEMPLATE);
    }

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        return List.of(() -> PageFile.prepare("competitors.html", TEMPLATE,
                site.page(site.labels().get("common.competitors"), "", "competitors"), charts -> view(site)));
    }

    private static Views.CompetitorsView view(SiteContext site) {
        Labels labels = site.labels();
        List<CompetitorBlock> blocks = new ArrayList<>();
        for (Competitor competitor : site.map().competitors()) {
            List<Entry> scores = new ArrayList<>();
            for (ValueComponent kind : ValueComponent.values()) {
                Integer score = competitor.valueProposition().get(kind);
                if (score != null) {
                    scores.add(new Entry(labels.of(kind), labels.format("common.outOfFive", score)));
                }
            }
            List<Entry> presence = competitor.presence().stream().map(p -> new Entry(
                    site.stageLink("", p.stage()).text() + " \u00d7 " + site.channelLink("", p.channel()).text(),
                    Objects.requireNonNullElse(site.rating(p.rating()), "") + (text(p.note()) == null ? ""
                            : (p.rating() == null ? "" : " \u2014 ") + text(p.note())))).toList();
            JourneyView.CompetitorKey key = site.journey().competitors().get(blocks.size());
            blocks.add(new CompetitorBlock(competitor.id(), key.letter(), key.colour(), text(competitor.displayName()),
                    description(competitor.description()), scores, presence));
        }
        List<Views.CompetitorKey> keys = site.journey().competitors().stream()
                .map(k -> new Views.CompetitorKey(k.letter(), k.colour(), text(k.competitor().displayName()))).toList();
        List<Gap> gaps = site.map().competitorGaps().stream().map(gap -> new Gap(text(gap.competitor().displayName()),
                site.stageLink("", gap.presence().stage()), site.channelLink("", gap.presence().channel()),
                gap.kind() == CompetitorGap.Kind.ABSENT ? labels.get("common.gap.absent")
                        : labels.format("common.gap.outrated", String.valueOf(gap.presence().rating()), labels.number(gap.ourRating())),
                text(gap.presence().note()))).toList();
        return new Views.CompetitorsView(blocks, site.grid("", site.journey().asCards(), null, false, new TreeMap<>()), keys, gaps);
    }
}
