package io.touchmap.load;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Words;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Text that YAML accepts but does not read as the writer meant: a comma inside {@code [ … ]} that cuts a sentence into
 * two entries (TM209, TM210), and a hashtag after {@code  #} read as a comment (TM211). Each is a warning whose hint
 * gives the text to write instead; the checks look only where such a loss can happen, so ordinary maps never see them.
 */
final class FreeText {

    /** The brackets and quotes whose balance tells a cut entry; a closing one alone ({@code 1) Accueil}) is fine. */
    private static final String OPENING = "([«";
    private static final String CLOSING = ")]»";

    private FreeText() {
    }

    /** Warns (TM211) when the plain value {@code scalar}, read as {@code text}, is followed on its line by a hashtag. */
    static void checkHashtag(ReadContext context, ScalarNode scalar, String text, Words label) {
        ReadContext.Hashtag hashtag = context.hashtagAfter(scalar);
        if (hashtag != null) {
            String word = hashtag.rest().strip().split("\\s+", 2)[0];
            context.report(DiagnosticText.HASHTAG_COMMENT.at(hashtag.at(), label, word, quoted(text + hashtag.rest())));
        }
    }

    /**
     * Warns, once per list, when the entries of the {@code [ … ]} list {@code sequence} read as if commas had cut
     * sentences: an entry whose bracket or quote a later entry closes (TM210), else an entry after the first that starts
     * in lower case while another starts in upper case (TM209). Lists written with {@code - } lines cannot be cut so.
     */
    static void checkFlowList(ReadContext context, SequenceNode sequence, Words list) {
        if (sequence.getFlowStyle() != DumperOptions.FlowStyle.FLOW || sequence.getValue().size() < 2) {
            return;
        }
        List<ScalarNode> entries = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                return;
            }
            entries.add(scalar);
        }
        for (int i = 0; i < entries.size(); i++) {
            Character open = unbalanced(entries.get(i).getValue());
            if (open == null || !isPlain(entries.get(i))) {
                continue;
            }
            for (int j = i + 1; j < entries.size() && isPlain(entries.get(j)); j++) {
                String whole = joined(entries, i, j);
                if (unbalanced(whole) == null) {
                    context.report(DiagnosticText.UNBALANCED_ENTRY.at(context.location(entries.get(i)),
                            entries.get(i).getValue(), list, open, quoted(whole)));
                    return;
                }
            }
        }
        boolean upperCase = entries.stream().anyMatch(entry -> startsWith(entry, Character::isUpperCase));
        for (int i = 1; upperCase && i < entries.size(); i++) {
            if (isPlain(entries.get(i)) && startsWith(entries.get(i), Character::isLowerCase) && isPlain(entries.get(i - 1))) {
                int last = i;
                while (last + 1 < entries.size() && isPlain(entries.get(last + 1))
                        && startsWith(entries.get(last + 1), Character::isLowerCase)) {
                    last++;
                }
                context.report(DiagnosticText.SPLIT_ENTRY.at(context.location(entries.get(i)), entries.get(i).getValue(), list,
                        quoted(joined(entries, i - 1, last))));
                return;
            }
        }
    }

    private static boolean isPlain(ScalarNode entry) {
        return entry.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    private static boolean startsWith(ScalarNode entry, java.util.function.IntPredicate kind) {
        String text = entry.getValue();
        return !text.isEmpty() && kind.test(text.codePointAt(0));
    }

    /** Entries {@code from} to {@code to} as they were written before the commas cut them. */
    private static String joined(List<ScalarNode> entries, int from, int to) {
        return String.join(", ", entries.subList(from, to + 1).stream().map(ScalarNode::getValue).toList());
    }

    /** The first bracket or quote of {@code text} left open, or null when every one opened is closed. */
    private static Character unbalanced(String text) {
        int[] depth = new int[OPENING.length()];
        Character firstOpen = null;
        boolean quoteOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int opening = OPENING.indexOf(c);
            int closing = CLOSING.indexOf(c);
            if (opening >= 0) {
                depth[opening]++;
            } else if (closing >= 0 && depth[closing] > 0) {
                depth[closing]--;
            } else if (c == '"') {
                quoteOpen = !quoteOpen;
            }
        }
        for (int i = 0; i < text.length() && firstOpen == null; i++) {
            char c = text.charAt(i);
            int opening = OPENING.indexOf(c);
            if (opening >= 0 && depth[opening] > 0 || c == '"' && quoteOpen) {
                firstOpen = c;
            }
        }
        return firstOpen;
    }

    /** {@code text} as a YAML quoted value: in double quotes, or in single quotes when it holds {@code "} or {@code \}. */
    static String quoted(String text) {
        return text.indexOf('"') < 0 && text.indexOf('\\') < 0 ? '"' + text + '"' : "'" + text.replace("'", "''") + "'";
    }
}
