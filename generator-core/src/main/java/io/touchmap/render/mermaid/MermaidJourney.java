package io.touchmap.render.mermaid;

import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Named;
import io.touchmap.model.Persona;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.TouchpointStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A Mermaid {@code journey} diagram: sections (the map's stages) of tasks (its touchpoints), each scored from 1 to 5
 * (the emotion score + 3) and done by actors (its personas). GitHub and GitLab draw it in Markdown.
 *
 * <p>Text from the map can never break out of the diagram: the characters Mermaid reads as syntax in a journey
 * ({@code :} {@code #} {@code ;}, and the backquote that would close a Markdown fence) are replaced by look-alikes,
 * line breaks by spaces, and a name that would read as a keyword is kept a name.
 *
 * <pre>{@code
 * String diagram = MermaidJourney.of(map, "(no score)").text();
 * }</pre>
 *
 * @param title the diagram's title, or {@code null} for none
 * @param sections the sections in order
 */
public record MermaidJourney(String title, List<Section> sections) {

    /** The score of a touchpoint whose emotions are not scored: neutral. */
    public static final int NEUTRAL = 3;

    /** A section of the journey: a stage and its tasks. */
    public record Section(String name, List<Task> tasks) {
        public Section {
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * A task of the journey: a touchpoint.
     *
     * @param score from 1 to 5
     * @param actors the names of the personas who meet it
     */
    public record Task(String name, int score, List<String> actors) {
        public Task {
            actors = List.copyOf(actors);
        }
    }

    public MermaidJourney {
        sections = List.copyOf(sections);
    }

    /**
     * The journey of the whole map: every stage with its touchpoints, retired ones left out; an unscored touchpoint
     * has {@code noScore} (such as {@code (no score)}) after its name.
     */
    public static MermaidJourney of(TouchpointMap map, String noScore) {
        return of(map, map.info().title(), t -> true, noScore);
    }

    /** The journey of one persona: the stages with the touchpoints that serve it. */
    public static MermaidJourney of(TouchpointMap map, Persona persona, String noScore) {
        String title = map.info().title() == null ? persona.displayName() : map.info().title() + " \u2014 " + persona.displayName();
        return of(map, title, t -> t.personas().contains(persona.id()), noScore);
    }

    private static MermaidJourney of(TouchpointMap map, String title, Predicate<Touchpoint> included, String noScore) {
        List<Section> sections = new ArrayList<>();
        for (LifecycleStage stage : map.stages()) {
            List<Task> tasks = map.touchpointsAt(stage).stream()
                    .filter(t -> t.status() != TouchpointStatus.RETIRED)
                    .filter(included)
                    .map(t -> task(map, t, "", noScore))
                    .toList();
            if (!tasks.isEmpty()) {
                sections.add(new Section(stage.displayName(), tasks));
            }
        }
        return new MermaidJourney(title, sections);
    }

    /**
     * The task of {@code touchpoint}: its name followed by {@code mark} (such as {@code  (added)}), scored by its
     * emotion + 3, or 3 with {@code noScore} in its name when it has none; its personas as actors.
     */
    public static Task task(TouchpointMap map, Touchpoint touchpoint, String mark, String noScore) {
        Integer emotion = touchpoint.elements().emotions().score();
        String name = Named.displayName(touchpoint.name(), touchpoint.id()) + mark + (emotion == null ? " " + noScore : "");
        int score = emotion == null ? NEUTRAL : Math.max(1, Math.min(5, emotion + NEUTRAL));
        List<String> actors = touchpoint.personas().stream().distinct()
                .map(id -> map.persona(id).map(Persona::displayName).orElse(id))
                .filter(Objects::nonNull)
                .toList();
        return new Task(name, score, actors);
    }

    /** The diagram's text, starting with {@code journey} and ending with a line break. */
    public String text() {
        StringBuilder out = new StringBuilder("journey\n");
        if (title != null && !title.isBlank()) {
            out.append("  title ").append(escape(title)).append('\n');
        }
        for (Section section : sections) {
            out.append("  section ").append(escape(section.name())).append('\n');
            for (Task task : section.tasks()) {
                out.append("    ").append(taskName(task.name())).append(": ").append(task.score());
                if (!task.actors().isEmpty()) {
                    out.append(": ").append(String.join(", ", task.actors().stream().map(MermaidJourney::actor).toList()));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The words a journey reads as syntax at the start of a line. */
    private static final List<String> KEYWORDS = List.of("title", "section", "acctitle", "accdescr", "journey", "%%");

    /**
     * {@code text} made safe inside a journey: {@code :} {@code #} {@code ;} and backquotes replaced by look-alikes
     * (U+A789 ꞉, U+FF03 ＃, U+037E ;, U+02CB ˋ), line breaks and tabs by spaces, {@code %%} (a comment) by
     * {@code %％}, and blank text by a dash.
     */
    public static String escape(String text) {
        if (text == null) {
            return "\u2014";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ':' -> out.append('\uA789');
                case '#' -> out.append('\uFF03');
                case ';' -> out.append('\u037E');
                case '`' -> out.append('\u02CB');
                case '\n', '\r', '\t', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> out.append(' ');
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        String escaped = out.toString().replace("%%", "%\uFF05").strip();
        return escaped.isEmpty() ? "\u2014" : escaped;
    }

    /**
     * A task's name, {@linkplain #escape(String) escaped}, and kept a name when it starts with a word the journey
     * reads as a keyword at the start of a line ({@code title}, {@code section}…): a zero-width space goes before it.
     */
    static String taskName(String name) {
        String escaped = escape(name);
        String lower = escaped.toLowerCase(Locale.ROOT);
        return KEYWORDS.stream().anyMatch(lower::startsWith) ? "\u200B" + escaped : escaped;
    }

    /** An actor's name: escaped, and without the comma that separates actors. */
    private static String actor(String name) {
        return escape(name).replace(',', '\u201A');
    }
}
