package io.touchmap.fuzz;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A span of a file's text that holds one value (a YAML scalar, alias, list or mapping, or a CSV cell), and what
 * replaces it keeps the rest of the file as it was: a wrong value written there is a file a user could write.
 *
 * @param start the first character replaced
 * @param end the character after the last one replaced
 * @param line the 1-based line of the value, as Touchmap's diagnostics count it
 * @param column the 1-based column of the value, as Touchmap's diagnostics count it
 * @param path where the value is in the document, such as {@code touchpoints[0].kpis[1].target}
 * @param was the value as written, on one line and shortened
 * @param prefix what the replacement starts with: a space after a colon, the anchor the value carried
 * @param csv true for a CSV cell, false for a YAML value
 */
record MutationSite(int start, int end, int line, int column, String path, String was, String prefix, boolean csv) {

    /** True unless this is a CSV cell and {@code value} is one a cell cannot hold (a list, a mapping, no value). */
    boolean holds(WrongValue value) {
        return !csv || value.csv() != null;
    }

    /** The text of the file with {@code value} in place of this site's value. */
    String replace(String text, WrongValue value) {
        return text.substring(0, start) + prefix + (csv ? value.csv() : value.yaml()) + text.substring(end);
    }

    /** Every value of the YAML {@code text}: scalars, aliases, lists and mappings, keys included. */
    static List<MutationSite> yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(Integer.MAX_VALUE);
        YamlWalk walk = new YamlWalk(text);
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                walk.accept(event);
            }
        } catch (YAMLException e) {
            return List.of(); // a file that is not YAML is a case of its own, covered by the hostile suite and the fuzz test
        }
        return walk.sites;
    }

    /** Every cell of the CSV {@code text}, the header's included; lines that are blank or comments hold none. */
    static List<MutationSite> csv(String text) {
        List<MutationSite> sites = new ArrayList<>();
        List<String> header = null;
        int lineStart = 0;
        for (int line = 1; lineStart < text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            String content = text.substring(lineStart, contentEnd);
            if (!content.isBlank() && !content.stripLeading().startsWith("#")) {
                List<int[]> cells = cells(text, lineStart, contentEnd);
                List<String> values = cells.stream().map(c -> text.substring(c[0], c[1])).toList();
                for (int i = 0; i < cells.size(); i++) {
                    String name = header == null ? "the header" : i < header.size() ? header.get(i).strip() : "cell " + (i + 1);
                    sites.add(new MutationSite(cells.get(i)[0], cells.get(i)[1], line, cells.get(i)[0] - lineStart + 1,
                            "line " + line + ", " + name, shortened(values.get(i)), "", true));
                }
                header = header == null ? values : header;
            }
            lineStart = lineEnd + 1;
        }
        return sites;
    }

    /** The cells of one line as {start, end} pairs: split at commas outside double quotes. */
    private static List<int[]> cells(String text, int from, int to) {
        List<int[]> cells = new ArrayList<>();
        boolean quoted = false;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || (!quoted && text.charAt(i) == ',')) {
                cells.add(new int[] {start, i});
                start = i + 1;
            } else if (text.charAt(i) == '"') {
                quoted = !quoted;
            }
        }
        return cells;
    }

    static String shortened(String written) {
        String line = written.strip().lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    /**
     * Follows SnakeYAML's events to find each node's span: events carry the positions of aliases and the end of
     * flow collections, which composed nodes do not. A block collection ends where its last value ends, not at the
     * next key: what follows it (comments, the next key's indentation) stays untouched.
     */
    private static final class YamlWalk {
        private final String text;
        private final int[] charIndex;
        private final Deque<Collection> open = new ArrayDeque<>();
        private final List<MutationSite> sites = new ArrayList<>();

        /** A list or mapping being read. */
        private static final class Collection {
            final CollectionStartEvent start;
            final Slot slot;
            final boolean mapping;
            int items;
            boolean atKey = true;
            String key;
            int keyEnd;
            int lastEnd;

            Collection(CollectionStartEvent start, Slot slot) {
                this.start = start;
                this.slot = slot;
                this.mapping = start instanceof MappingStartEvent;
            }
        }

        /**
         * Where a node sits: its path (for a key, the path of its mapping), whether it is a key, and where its
         * replacement starts when that is not where the node starts.
         */
        private record Slot(String path, boolean key, int valueStart) {
        }

        YamlWalk(String text) {
            this.text = text;
            this.charIndex = text.codePointCount(0, text.length()) == text.length() ? null : charIndexes(text);
        }

        /** SnakeYAML counts code points; Java strings count chars, which differ once a character is outside the BMP. */
        private static int[] charIndexes(String text) {
            int[] indexes = new int[text.codePointCount(0, text.length()) + 1];
            int point = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                indexes[point++] = i;
            }
            indexes[point] = text.length();
            return indexes;
        }

        private int index(Mark mark) {
            return charIndex == null ? mark.getIndex() : charIndex[mark.getIndex()];
        }

        void accept(Event event) {
            if (event instanceof CollectionStartEvent start) {
                open.push(new Collection(start, slot(start)));
            } else if (event instanceof CollectionEndEvent end) {
                Collection done = open.pop();
                int contentEnd = done.start.isFlow() ? index(end.getEndMark()) : done.lastEnd;
                finish(done.start, done.slot, contentEnd, null);
            } else if (event instanceof ScalarEvent scalar) {
                finish(scalar, slot(scalar), index(scalar.getEndMark()), scalar.getValue());
            } else if (event instanceof AliasEvent alias) {
                finish(alias, slot(alias), index(alias.getEndMark()), null);
            }
        }

        private Slot slot(NodeEvent node) {
            Collection parent = open.peek();
            if (parent == null) {
                return new Slot("(the document)", false, -1);
            }
            if (!parent.mapping) {
                return new Slot(parent.slot.path() + "[" + parent.items + "]", false, -1);
            }
            if (parent.atKey) {
                return new Slot(parent.slot.path(), true, -1);
            }
            // a value is replaced from the colon on, so a block list or mapping below its key becomes a flow one
            // after the key ("stages: [a, b]"), where a flow value on the next line would not be indented enough
            int colon = parent.keyEnd;
            while (colon < text.length() && " \t\r\n".indexOf(text.charAt(colon)) >= 0) {
                colon++;
            }
            int valueStart = colon < text.length() && text.charAt(colon) == ':' ? colon + 1 : -1;
            return new Slot(join(parent.slot.path(), parent.key), false, valueStart);
        }

        private static String join(String path, String key) {
            return path.equals("(the document)") ? key : path + "." + key;
        }

        private void finish(NodeEvent node, Slot slot, int contentEnd, String scalar) {
            int nodeStart = index(node.getStartMark());
            boolean empty = scalar != null && scalar.isEmpty() && nodeStart == contentEnd
                    && ((ScalarEvent) node).isPlain();
            String path = slot.key() ? join(slot.path(), scalar == null ? "?" : scalar) + " (a key)" : slot.path();
            int start;
            String prefix;
            if (slot.valueStart() >= 0) {
                start = slot.valueStart();
                prefix = " ";
            } else {
                start = nodeStart;
                char before = start == 0 ? '\n' : text.charAt(start - 1);
                prefix = Character.isWhitespace(before) || "[{,".indexOf(before) >= 0 ? "" : " ";
            }
            int end = Math.max(start, contentEnd);
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            // an empty value only has a place of its own after a colon; elsewhere nothing marks where it is
            boolean placed = !empty || slot.valueStart() >= 0;
            if (placed) {
                String anchor = node instanceof AliasEvent ? null : node.getAnchor();
                sites.add(new MutationSite(start, end, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, path,
                        empty ? "(no value)" : shortened(text.substring(nodeStart, Math.max(nodeStart, end))),
                        prefix + (anchor == null ? "" : "&" + anchor + " "), false));
            }
            Collection parent = open.peek();
            if (parent == null) {
                return;
            }
            parent.lastEnd = contentEnd;
            if (!parent.mapping) {
                parent.items++;
            } else if (parent.atKey) {
                parent.key = scalar == null ? "?" : scalar;
                parent.keyEnd = contentEnd;
                parent.atKey = false;
            } else {
                parent.atKey = true;
            }
        }
    }
}
