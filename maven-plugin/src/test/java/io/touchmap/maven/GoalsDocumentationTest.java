package io.touchmap.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code docs/goals.md} documents exactly the goals and parameters of the plugin, as the descriptor that
 * maven-plugin-plugin writes from the Mojos declares them: each goal with its default phase, and for each goal every
 * parameter a user can set (read-only ones are Maven's business) with its user property and default value.
 *
 * <p>The page has one section per goal, headed {@code ## `touchmap:GOAL`}, with a line
 * {@code **Default phase:** `PHASE`} (or {@code none}) and a table
 * {@code | parameter | user property | default | description |} whose cells hold a value in backquotes, or
 * {@code —} for none.
 */
class GoalsDocumentationTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path PAGE = Path.of("../docs/goals.md");
    private static final String NONE = "—";

    private static final Pattern GOAL_HEADING = Pattern.compile("## `touchmap:([^`]+)`\\s*");
    private static final Pattern PHASE_LINE = Pattern.compile("\\*\\*Default phase:\\*\\* (.+?)\\s*");
    private static final Pattern CODE_CELL = Pattern.compile("`([^`]*)`");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{(.+)}");

    /** A goal as the page shows it: its name and default phase ({@code none} without one). */
    private record Goal(String name, String phase) {
        String markdown() {
            return "## `touchmap:" + name + "`, with the line **Default phase:** " + (phase.equals(NONE) ? "none" : "`" + phase + "`");
        }
    }

    /** A parameter of a goal as the page shows it; a value absent is {@link #NONE}. */
    private record Parameter(String goal, String name, String property, String defaultValue, String description) {
        String key() {
            return goal + " " + name;
        }

        String row() {
            return "| `" + name + "` | " + cell(property) + " | " + cell(defaultValue) + " | " + description + " |";
        }

        /** What the test compares: everything but the free-text description. */
        String facts() {
            return "touchmap:" + goal + " | `" + name + "` | " + cell(property) + " | " + cell(defaultValue);
        }

        private static String cell(String value) {
            return value.equals(NONE) ? NONE : "`" + value + "`";
        }
    }

    @Test
    void everyGoalOfThePluginIsDocumentedWithItsDefaultPhaseAndNoOtherGoalIs() throws Exception {
        List<Goal> plugin = goals(descriptor());
        List<Goal> page = documentedGoals();

        List<String> problems = new ArrayList<>();
        for (Goal goal : plugin) {
            Optional<Goal> documented = page.stream().filter(g -> g.name().equals(goal.name())).findFirst();
            if (documented.isEmpty()) {
                problems.add("add a section " + goal.markdown() + " and a table of its parameters");
            } else if (!documented.get().equals(goal)) {
                problems.add("in the section of touchmap:" + goal.name() + ", write the default phase as: " + goal.markdown());
            }
        }
        for (Goal goal : page) {
            if (plugin.stream().noneMatch(g -> g.name().equals(goal.name()))) {
                problems.add("remove the section of touchmap:" + goal.name() + ": the plugin has no such goal");
            }
        }
        assertEquals(sorted(plugin), sorted(page), PAGE + " does not document the plugin's goals:\n- " + String.join("\n- ", problems));
    }

    @Test
    void everyParameterAUserCanSetIsDocumentedWithItsUserPropertyAndDefaultAndNoOtherParameterIs() throws Exception {
        Map<String, Parameter> plugin = byKey(parameters(descriptor()));
        Map<String, Parameter> page = byKey(documentedParameters());

        List<String> problems = new ArrayList<>();
        plugin.forEach((key, parameter) -> {
            Parameter documented = page.get(key);
            if (documented == null) {
                problems.add("add to the table of touchmap:" + parameter.goal() + " the row " + parameter.row());
            } else if (!documented.facts().equals(parameter.facts())) {
                problems.add("in the table of touchmap:" + parameter.goal() + ", change the row of `" + parameter.name()
                        + "` to " + parameter.row());
            }
        });
        page.forEach((key, documented) -> {
            if (!plugin.containsKey(key)) {
                problems.add("remove from the table of touchmap:" + documented.goal() + " the row of `" + documented.name()
                        + "`: the goal has no such parameter, or only a read-only one");
            }
        });
        assertEquals(facts(plugin.values()), facts(page.values()),
                PAGE + " does not document the plugin's parameters:\n- " + String.join("\n- ", problems));
    }

    @Test
    void thePageDocumentsEachParameterOnce() throws IOException {
        List<String> keys = documentedParameters().stream().map(Parameter::key).toList();
        List<String> repeated = keys.stream().filter(k -> keys.indexOf(k) != keys.lastIndexOf(k)).distinct().toList();
        assertEquals(List.of(), repeated, PAGE + " has more than one row for these parameters (goal, parameter); keep one");
    }

    // --- the plugin descriptor

    private static Document descriptor() throws Exception {
        assertTrue(Files.isRegularFile(DESCRIPTOR),
                DESCRIPTOR.toAbsolutePath() + " is missing; maven-plugin-plugin writes it in the process-classes phase");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(DESCRIPTOR.toFile());
    }

    private static List<Goal> goals(Document descriptor) {
        List<Goal> goals = new ArrayList<>();
        for (Element mojo : children(descriptor.getDocumentElement(), "mojos", "mojo")) {
            goals.add(new Goal(text(mojo, "goal"), Optional.ofNullable(text(mojo, "phase")).orElse(NONE)));
        }
        return goals;
    }

    private static List<Parameter> parameters(Document descriptor) {
        List<Parameter> parameters = new ArrayList<>();
        for (Element mojo : children(descriptor.getDocumentElement(), "mojos", "mojo")) {
            String goal = text(mojo, "goal");
            Map<String, Element> configuration = new LinkedHashMap<>();
            for (Element value : children(mojo, "configuration", null)) {
                configuration.put(value.getTagName(), value);
            }
            for (Element parameter : children(mojo, "parameters", "parameter")) {
                if ("false".equals(text(parameter, "editable"))) {
                    continue;
                }
                String name = text(parameter, "name");
                Element configured = configuration.get(name);
                // descriptors of plugin-tools 3.x keep the expression and default in <configuration>; later ones may
                // keep them on the parameter itself
                String expression = configured != null ? configured.getTextContent().trim() : text(parameter, "expression");
                String defaultValue = configured != null && configured.hasAttribute("default-value")
                        ? configured.getAttribute("default-value")
                        : text(parameter, "defaultValue");
                Matcher property = PROPERTY.matcher(expression == null ? "" : expression);
                String description = Optional.ofNullable(text(parameter, "description")).orElse("").replaceAll("\\s+", " ");
                parameters.add(new Parameter(goal, name, property.matches() ? property.group(1) : NONE,
                        defaultValue == null || defaultValue.isEmpty() ? NONE : defaultValue, description));
            }
        }
        return parameters;
    }

    /** The elements named {@code name} (any when null) inside the child {@code container} of {@code parent}. */
    private static List<Element> children(Element parent, String container, String name) {
        List<Element> found = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element element && element.getTagName().equals(container)) {
                for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element child && (name == null || child.getTagName().equals(name))) {
                        found.add(child);
                    }
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().trim();
            }
        }
        return null;
    }

    // --- the page

    private static List<String> pageLines() throws IOException {
        assertTrue(Files.isRegularFile(PAGE), PAGE.toAbsolutePath() + " is missing");
        return Files.readAllLines(PAGE);
    }

    private static List<Goal> documentedGoals() throws IOException {
        List<Goal> goals = new ArrayList<>();
        String goal = null;
        String phase = null;
        for (String line : pageLines()) {
            Matcher heading = GOAL_HEADING.matcher(line);
            if (heading.matches() || line.startsWith("## ")) {
                if (goal != null) {
                    goals.add(new Goal(goal, phase == null ? "(no line **Default phase:**)" : phase));
                }
                goal = heading.matches() ? heading.group(1) : null;
                phase = null;
                continue;
            }
            Matcher phaseLine = PHASE_LINE.matcher(line);
            if (goal != null && phase == null && phaseLine.matches()) {
                String value = phaseLine.group(1);
                Matcher code = CODE_CELL.matcher(value);
                phase = value.equals("none") ? NONE : code.matches() ? code.group(1) : value;
            }
        }
        if (goal != null) {
            goals.add(new Goal(goal, phase == null ? "(no line **Default phase:**)" : phase));
        }
        return goals;
    }

    private static List<Parameter> documentedParameters() throws IOException {
        List<Parameter> parameters = new ArrayList<>();
        String goal = null;
        for (String line : pageLines()) {
            Matcher heading = GOAL_HEADING.matcher(line);
            if (heading.matches() || line.startsWith("## ")) {
                goal = heading.matches() ? heading.group(1) : null;
                continue;
            }
            if (goal == null || !line.startsWith("|")) {
                continue;
            }
            String[] cells = CELL_SEPARATOR.split(line.trim().substring(1), -1);
            if (cells.length < 4 || cells[0].isBlank() || cells[0].trim().equals("parameter") || cells[0].trim().startsWith("---")) {
                continue;
            }
            parameters.add(new Parameter(goal, value(cells[0]), value(cells[1]), value(cells[2]),
                    cells.length > 3 ? cells[3].trim() : ""));
        }
        return parameters;
    }

    /** A cell's value: the text in backquotes, {@link #NONE}, or the cell as written when it is neither. */
    private static String value(String cell) {
        String trimmed = cell.trim();
        Matcher code = CODE_CELL.matcher(trimmed);
        return code.matches() ? code.group(1) : trimmed.equals(NONE) ? NONE : "(" + trimmed + ")";
    }

    // --- comparison

    private static Map<String, Parameter> byKey(List<Parameter> parameters) {
        return parameters.stream().collect(Collectors.toMap(Parameter::key, p -> p, (a, b) -> a, LinkedHashMap::new));
    }

    private static List<String> facts(Collection<Parameter> parameters) {
        return parameters.stream().map(Parameter::facts).sorted().toList();
    }

    private static List<Goal> sorted(List<Goal> goals) {
        return goals.stream().sorted(Comparator.comparing(Goal::name).thenComparing(Goal::phase)).toList();
    }
}
