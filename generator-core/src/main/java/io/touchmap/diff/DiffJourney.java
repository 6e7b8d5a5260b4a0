package io.touchmap.diff;

import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Named;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.render.mermaid.MermaidJourney;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The journey a diff touches, as a Mermaid {@code journey}: one section per stage where a touchpoint was added,
 * removed, moved or changed, holding that stage's touchpoints now, with those added, removed and moved marked in
 * their names (a touchpoint moved to another stage also appears, marked moved out, in the stage it left). GitHub and GitLab draw it in a pull-request comment.
 */
final class DiffJourney {

    /** How many stages the diagram shows at most, so that it stays readable and within the comment. */
    static final int MAX_SECTIONS = 12;
    /** How many touchpoints a stage shows at most. */
    static final int MAX_TASKS = 25;

    private DiffJourney() {
    }

    /** The journey of the stages {@code diff} touches; empty when it touches no touchpoint. */
    static MermaidJourney of(MapDiff diff, DiffText words) {
        TouchpointMap before = diff.before();
        TouchpointMap after = diff.after();
        Map<String, String> marks = new HashMap<>();
        Map<String, List<MermaidJourney.Task>> extra = new LinkedHashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        String noScore = words.text("journey.noScore");
        for (TouchpointChange change : diff.touchpoints()) {
            if (change instanceof TouchpointChange.Added added) {
                touched.add(added.touchpoint().stage());
                marks.put(change.id(), mark(words, "added"));
            } else if (change instanceof TouchpointChange.Removed removed) {
                Touchpoint gone = removed.touchpoint();
                touched.add(gone.stage());
                extra.computeIfAbsent(gone.stage(), s -> new ArrayList<>())
                        .add(MermaidJourney.task(before, gone, mark(words, "removed"), noScore));
            } else {
                TouchpointChange.Changed changed = (TouchpointChange.Changed) change;
                touched.add(changed.to().stage());
                if (changed.moved()) {
                    marks.put(change.id(), mark(words, "movedIn"));
                    if (!Objects.equals(changed.from().stage(), changed.to().stage())) {
                        touched.add(changed.from().stage());
                        extra.computeIfAbsent(changed.from().stage(), s -> new ArrayList<>())
                                .add(MermaidJourney.task(before, changed.before(), mark(words, "movedOut"), noScore));
                    }
                }
            }
        }
        touched.remove(null);
        List<String> stages = new ArrayList<>();
        after.stages().stream().map(LifecycleStage::id).filter(touched::contains).forEach(stages::add);
        before.stages().stream().map(LifecycleStage::id).filter(id -> touched.contains(id) && !stages.contains(id)).forEach(stages::add);
        touched.stream().filter(id -> !stages.contains(id)).forEach(stages::add);
        List<MermaidJourney.Section> sections = new ArrayList<>();
        for (String stage : stages.subList(0, Math.min(MAX_SECTIONS, stages.size()))) {
            List<MermaidJourney.Task> tasks = new ArrayList<>();
            for (Touchpoint touchpoint : after.touchpoints()) {
                if (stage.equals(touchpoint.stage())
                        && (touchpoint.status() != TouchpointStatus.RETIRED || marks.containsKey(touchpoint.id()))) {
                    tasks.add(MermaidJourney.task(after, touchpoint, marks.getOrDefault(touchpoint.id(), ""), noScore));
                }
            }
            tasks.addAll(extra.getOrDefault(stage, List.of()));
            sections.add(new MermaidJourney.Section(words.stageName(stage), tasks.subList(0, Math.min(MAX_TASKS, tasks.size()))));
        }
        String title = after.info().title() != null ? after.info().title() : before.info().title();
        return new MermaidJourney(title == null ? null : Named.displayName(title, null), sections);
    }

    /** The journey as a fenced {@code mermaid} block and its caption, or nothing when the diff touches no touchpoint. */
    static String markdown(MapDiff diff, DiffText words) {
        MermaidJourney journey = of(diff, words);
        if (journey.sections().isEmpty()) {
            return "";
        }
        return "```mermaid\n" + journey.text() + "```\n\n" + words.text("journey.caption") + "\n";
    }

    private static String mark(DiffText words, String key) {
        return " (" + words.text(key) + ")";
    }
}
