package io.touchmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the core show its design: no package depends, directly or through others, on a package that
 * depends back on it, and no package outside {@code internal} is needed only by Touchmap itself.
 */
class PackageStructureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A reference to a Touchmap type: an import, or a fully qualified name in the code. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.touchmap(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(uses)) {
            if (component.size() > 1) {
                cycles.add(String.join(" <-> ", component));
            }
        }
        assertEquals(List.of(), cycles, "packages in a cycle; each edge: " + edgesWithin(uses, cycles));
    }

    @Test
    void theModelDependsOnNoOtherPartOfTouchmap() throws IOException {
        assertEquals(Set.of(), dependencies().get("io.touchmap.model"));
    }

    /** Each package of the main sources and the Touchmap packages its files refer to (itself excluded). */
    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher declared = PACKAGE.matcher(text);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(text.substring(declared.end()));
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        targets.add(reference.group(1));
                    }
                }
            }
        }
        // a reference to a nested type (io.touchmap.render.Report.Format) names its package first; others are kept
        uses.values().forEach(targets -> targets.removeIf(target -> !uses.containsKey(target)));
        return uses;
    }

    private static String edgesWithin(Map<String, Set<String>> uses, List<String> cycles) {
        List<String> edges = new ArrayList<>();
        for (String cycle : cycles) {
            List<String> members = List.of(cycle.split(" <-> "));
            for (String from : members) {
                for (String to : uses.getOrDefault(from, Set.of())) {
                    if (members.contains(to)) {
                        edges.add(from + " -> " + to);
                    }
                }
            }
        }
        return edges.toString();
    }

    /** Tarjan's algorithm over the package graph. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, components, counter);
            }
        }
        return components;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
            Deque<String> stack, Set<String> onStack, List<Set<String>> components, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, components, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }
}
