package io.touchmap.diagnostic;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a person most likely meant, for "did you mean" hints, and the id a name suggests. */
public final class Suggestions {

    /** Candidates beyond this many are not compared, so hints stay linear in the size of the map. */
    private static final int MAX_CANDIDATES = 1_000;

    private Suggestions() {
    }

    /** The candidate closest to {@code typed} within a small edit distance, if any. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        return typed == null ? Optional.empty() : closest(typed, candidates, Math.max(2, typed.length() / 3));
    }

    /**
     * The candidate closest to {@code typed} within {@code allowed} edits, if any: one for codes such as
     * {@code TM204}, where every code is two edits from many others.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates, int allowed) {
        if (typed == null || typed.length() > 200) {
            return Optional.empty();
        }
        String wanted = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int compared = 0;
        for (String candidate : candidates) {
            if (compared++ >= MAX_CANDIDATES) {
                break;
            }
            if (candidate == null || Math.abs(candidate.length() - wanted.length()) > allowed) {
                continue;
            }
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The id a person probably wanted for {@code name}: lower case, no accents, dashes between words. */
    public static String asId(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.length() > 63 ? id.substring(0, 63).replaceAll("-+$", "") : id;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
