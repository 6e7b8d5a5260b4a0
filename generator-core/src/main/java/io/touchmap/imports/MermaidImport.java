package io.touchmap.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Mermaid {@code journey} into a starter map: its sections become stages (the first third before purchase,
 * the middle third purchase, the last third after purchase), its tasks touchpoints with their score − 3 as emotion
 * score, its actors personas, all on one channel "To classify", since a journey has no channels. The map validates
 * with no error; it is a start, to complete with real channels, owners and KPIs.
 *
 * <pre>{@code
 * MermaidImport.Starter starter = MermaidImport.parse(Files.readString(journeyFile));
 * Path written = starter.writeTo(sourceDirectory);
 * }</pre>
 */
public final class MermaidImport {

    /** The file the starter map is written to. */
    public static final String MAP_FILE = "map.yaml";

    /** The id of the one channel of an imported map. */
    public static final String CHANNEL = "to-classify";

    /** The name a journey's first section gets when tasks come before any section. */
    private static final String DEFAULT_SECTION = "Journey";

    /** What a journey's diagram adds to the name of an unscored touchpoint, in English and French. */
    private static final List<String> NO_SCORE = List.of(" (no score)", " (sans note)");

    private MermaidImport() {
    }

    /**
     * A task of the journey.
     *
     * @param scored false for a task its diagram marked as not scored, which becomes a touchpoint without emotion score
     */
    public record Task(String name, int score, boolean scored, List<String> actors) {
    }

    /** A section of the journey. */
    public record Section(String name, List<Task> tasks) {
    }

    /**
     * The journey read from a Mermaid file, ready to be written as a map.
     *
     * @param title the journey's title, or {@code null}
     */
    public record Starter(String title, List<Section> sections) {

        /** The stages the map will have. */
        public int stages() {
            return sections.size();
        }

        /** The touchpoints the map will have. */
        public int touchpoints() {
            return sections.stream().mapToInt(s -> s.tasks().size()).sum();
        }

        /** The map as YAML text. */
        public String yaml() {
            return MermaidImport.yaml(this);
        }

        /**
         * Writes the map as {@value #MAP_FILE} in {@code directory}, created if need be, and returns the file.
         *
         * @throws IllegalArgumentException when the directory already holds a YAML file: nothing is ever overwritten
         */
        public Path writeTo(Path directory) throws IOException {
            if (Files.isDirectory(directory)) {
                try (var files = Files.walk(directory)) {
                    Path existing = files.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                            .sorted().findFirst().orElse(null);
                    if (existing != null) {
                        throw new IllegalArgumentException(existing + " already exists in " + directory
                                + "; import writes nothing over a map: choose an empty directory");
                    }
                }
            }
            Files.createDirectories(directory);
            Path file = directory.resolve(MAP_FILE);
            try {
                Files.writeString(file, yaml(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new IllegalArgumentException(file + " already exists; import writes nothing over it");
            }
            return file;
        }
    }

    /**
     * Reads a Mermaid {@code journey}: {@code title}, {@code section} lines and tasks {@code name: score: actor, actor};
     * comments ({@code %%}) and accessibility lines are skipped.
     *
     * @throws IllegalArgumentException naming the line that is not a journey
     */
    public static Starter parse(String text) {
        List<Section> sections = new ArrayList<>();
        String title = null;
        boolean header = false;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            if (!header) {
                if (!line.equals("journey")) {
                    throw new IllegalArgumentException("line " + number + ": a Mermaid journey starts with 'journey', not '" + shorten(line) + "'");
                }
                header = true;
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("title ") || lower.equals("title")) {
                title = line.substring(5).strip();
            } else if (lower.startsWith("section ")) {
                sections.add(new Section(line.substring(8).strip(), new ArrayList<>()));
            } else if (lower.startsWith("acctitle") || lower.startsWith("accdescr")) {
                if (line.contains("{") && !line.contains("}")) {
                    while (i + 1 < lines.length && !lines[i].contains("}")) {
                        i++;
                    }
                }
            } else {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("line " + number + ": expected a task 'name: score: actors', not '" + shorten(line) + "'");
                }
                String[] data = line.substring(colon + 1).split(":", 2);
                int score;
                try {
                    score = Integer.parseInt(data[0].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + number + ": the score of a task is a whole number from 1 to 5, not '"
                            + shorten(data[0].strip()) + "'");
                }
                if (score < 1 || score > 5) {
                    throw new IllegalArgumentException("line " + number + ": the score of a task is from 1 to 5, not " + score);
                }
                List<String> actors = new ArrayList<>();
                if (data.length > 1) {
                    for (String actor : data[1].split(",")) {
                        if (!actor.isBlank() && !actors.contains(actor.strip())) {
                            actors.add(actor.strip());
                        }
                    }
                }
                String name = line.substring(0, colon).strip();
                boolean scored = true;
                for (String marker : NO_SCORE) {
                    if (name.endsWith(marker) && score == 3) {
                        name = name.substring(0, name.length() - marker.length()).strip();
                        scored = false;
                    }
                }
                if (sections.isEmpty()) {
                    sections.add(new Section(DEFAULT_SECTION, new ArrayList<>()));
                }
                sections.get(sections.size() - 1).tasks().add(new Task(name, score, scored, List.copyOf(actors)));
            }
        }
        if (!header) {
            throw new IllegalArgumentException("the file is empty: a Mermaid journey starts with 'journey'");
        }
        return new Starter(title, sections.stream().map(s -> new Section(s.name(), List.copyOf(s.tasks()))).toList());
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** The phase of the section at {@code index} of {@code count}: by thirds. */
    static String phase(int index, int count) {
        int third = index * 3 / Math.max(1, count);
        return switch (third) {
            case 0 -> "before-purchase";
            case 1 -> "purchase";
            default -> "after-purchase";
        };
    }

    private static String yaml(Starter starter) {
        Ids ids = new Ids();
        StringBuilder out = new StringBuilder();
        out.append("# A starter map imported from a Mermaid journey: complete its channels, owners and KPIs.\n");
        out.append("map:\n");
        out.append("  id: ").append(ids.of(starter.title() == null ? "journey" : starter.title(), "journey")).append('\n');
        out.append("  title: ").append(quoted(starter.title() == null || starter.title().isBlank() ? "Imported journey" : starter.title())).append("\n\n");
        out.append("stages:\n");
        List<String> stageIds = new ArrayList<>();
        for (int i = 0; i < starter.sections().size(); i++) {
            Section section = starter.sections().get(i);
            String id = ids.of(section.name(), "stage");
            stageIds.add(id);
            out.append("  - id: ").append(id).append('\n')
                    .append("    name: ").append(quoted(section.name())).append('\n')
                    .append("    phase: ").append(phase(i, starter.sections().size())).append('\n');
        }
        out.append("\nchannels:\n");
        out.append("  - id: ").append(CHANNEL).append('\n')
                .append("    name: \"To classify\"\n")
                .append("    type: digital\n")
                .append("    description: \"A Mermaid journey has no channels: move each touchpoint to its real channel.\"\n");
        Map<String, String> personas = new LinkedHashMap<>();
        starter.sections().forEach(s -> s.tasks().forEach(t -> t.actors().forEach(a -> personas.computeIfAbsent(a, n -> ids.of(n, "persona")))));
        if (!personas.isEmpty()) {
            out.append("\npersonas:\n");
            personas.forEach((name, id) -> out.append("  - id: ").append(id).append('\n').append("    name: ").append(quoted(name)).append('\n'));
        }
        out.append("\ntouchpoints:\n");
        for (int i = 0; i < starter.sections().size(); i++) {
            for (Task task : starter.sections().get(i).tasks()) {
                out.append("  - id: ").append(ids.of(task.name(), "touchpoint")).append('\n')
                        .append("    name: ").append(quoted(task.name())).append('\n')
                        .append("    stage: ").append(stageIds.get(i)).append('\n')
                        .append("    channel: ").append(CHANNEL).append('\n');
                if (!task.actors().isEmpty()) {
                    out.append("    personas: [").append(String.join(", ", task.actors().stream().map(personas::get).toList())).append("]\n");
                }
                if (task.scored()) {
                    out.append("    elements:\n      emotions: { score: ").append(task.score() - 3).append(" }\n");
                }
            }
        }
        return out.toString();
    }

    /** A YAML double-quoted scalar: always quoted, so no text can read as a number, a keyword or a structure. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Ids made from names: lower-case ASCII letters, digits and dashes, unique within the map. */
    private static final class Ids {
        private final Set<String> used = new HashSet<>(Set.of(CHANNEL));

        String of(String name, String fallback) {
            String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (slug.isEmpty()) {
                slug = fallback;
            }
            if (slug.length() > 56) {
                slug = slug.substring(0, 56).replaceAll("-+$", "");
            }
            String id = slug;
            for (int n = 2; !used.add(id); n++) {
                id = slug + "-" + n;
            }
            return id;
        }
    }
}
