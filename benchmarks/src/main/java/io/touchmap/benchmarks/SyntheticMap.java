package io.touchmap.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic touchpoint map of any size, deterministic from a seed: N touchpoints over 12 stages and 24
 * channels, 2 KPIs each with 24 monthly values, 5 competitors. One YAML file per stage, as a team would split it.
 *
 * <p>{@link #withChanges(long)} gives the same map with a seeded set of edits, as a baseline and a current map for
 * the diff: about 1 % of the touchpoints removed, 1 % moved to the next channel, 1 % renamed, 2 % with a new KPI
 * target and latest value, and 1 % more touchpoints added at the end.
 */
public final class SyntheticMap {

    static final int STAGES = 12;
    static final int CHANNELS = 24;
    static final int COMPETITORS = 5;
    static final int MONTHS = 24;
    private static final String[] PHASES = {"before-purchase", "purchase", "after-purchase"};
    private static final String[] STATUSES = {"active", "active", "active", "planned", "idea", "retired"};
    private static final String[] SOURCES = {"profiling", "crm", "marketing-automation", "survey", "analytics", "manual"};
    private static final String[] COMPONENTS = {"price", "service", "personalization", "proximity"};
    private static final String[] WORDS = {"accueil", "conseil", "livraison", "paiement", "retour", "fidélité",
        "commande", "échange", "avis", "offre", "garantie", "rendez-vous", "catalogue", "essai", "atelier", "œuvre"};

    /** What happens to one touchpoint in the changed variant of the map. */
    private enum Edit {
        NONE, REMOVED, MOVED, RENAMED, RETARGETED
    }

    private final int touchpoints;
    private final long seed;
    /** The seed of the edits, or 0 for the map as generated. */
    private final long changeSeed;

    public SyntheticMap(int touchpoints, long seed) {
        this(touchpoints, seed, 0);
    }

    private SyntheticMap(int touchpoints, long seed, long changeSeed) {
        this.touchpoints = touchpoints;
        this.seed = seed;
        this.changeSeed = changeSeed;
    }

    /**
     * Writes a map from the command line, for scripts that time other programs on it (benchmarks/anchors/run.sh):
     * {@code java -cp … io.touchmap.benchmarks.SyntheticMap TOUCHPOINTS DIRECTORY [SEED]}, seed 42 by default.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SyntheticMap TOUCHPOINTS DIRECTORY [SEED]");
            System.exit(2);
        }
        new SyntheticMap(Integer.parseInt(args[0]), args.length == 3 ? Long.parseLong(args[2]) : 42).writeTo(Path.of(args[1]));
    }

    /** The same map with the edits drawn from {@code changeSeed} (not 0) applied. */
    public SyntheticMap withChanges(long changeSeed) {
        if (changeSeed == 0) {
            throw new IllegalArgumentException("the change seed must not be 0");
        }
        return new SyntheticMap(touchpoints, seed, changeSeed);
    }

    /** Writes the map into {@code directory} (created if needed) and returns it. */
    public Path writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Random random = new Random(seed);
        try (Writer out = Files.newBufferedWriter(directory.resolve("map.yaml"), StandardCharsets.UTF_8)) {
            writeFrame(out, random);
        }
        Writer[] files = new Writer[STAGES];
        try {
            for (int s = 0; s < STAGES; s++) {
                files[s] = Files.newBufferedWriter(directory.resolve(String.format("touchpoints-%02d.yaml", s + 1)), StandardCharsets.UTF_8);
                files[s].write("touchpoints:\n");
            }
            // The edits draw from their own generator, so every touchpoint they leave alone is written as in the
            // unchanged map.
            Random edits = changeSeed == 0 ? null : new Random(changeSeed);
            for (int i = 0; i < touchpoints; i++) {
                int stage = i % STAGES;
                writeTouchpoint(files[stage], random, "tp-" + i, i, stage, edits == null ? Edit.NONE : edit(edits));
            }
            int added = edits == null ? 0 : Math.max(1, touchpoints / 100);
            for (int i = 0; i < added; i++) {
                int stage = i % STAGES;
                writeTouchpoint(files[stage], random, "tp-added-" + i, touchpoints + i, stage, Edit.NONE);
            }
        } finally {
            for (Writer file : files) {
                if (file != null) {
                    file.close();
                }
            }
        }
        return directory;
    }

    private void writeFrame(Writer out, Random random) throws IOException {
        out.write("map:\n  id: synthetic-" + touchpoints + "\n  title: Carte synthétique de " + touchpoints + " points de contact\n"
                + "  organisation: Banc d'essai\n  locale: fr\n  date: 2026-11-01\n"
                + "  description: Une carte générée pour mesurer *Touchmap* à grande échelle.\n"
                + "  rules: { TM203: ignore, TM204: ignore }\n");
        out.write("stages:\n");
        for (int s = 0; s < STAGES; s++) {
            out.write("  - { id: stage-" + (s + 1) + ", name: Étape " + (s + 1) + ", phase: " + PHASES[s * 3 / STAGES] + " }\n");
        }
        out.write("channels:\n");
        for (int c = 0; c < CHANNELS; c++) {
            out.write("  - { id: channel-" + (c + 1) + ", name: Canal " + (c + 1) + ", type: " + (c % 3 == 0 ? "analog" : "digital")
                    + ", group: Groupe " + (c / 6 + 1) + " }\n");
        }
        out.write("personas:\n  - { id: busy-parent, name: Parent pressé }\n  - { id: design-lover, name: Amateur de design }\n");
        out.write("valueProposition:\n  statement: Le bon objet, au bon prix, près de chez vous.\n  components:\n");
        for (String component : COMPONENTS) {
            out.write("    - component: " + component + "\n      statement: Promesse " + component + "\n      score: " + (1 + random.nextInt(5))
                    + "\n      importance: {");
            for (int s = 0; s < STAGES; s++) {
                out.write((s == 0 ? " " : ", ") + "stage-" + (s + 1) + ": " + (1 + random.nextInt(5)));
            }
            out.write(" }\n");
        }
        out.write("competitors:\n");
        for (int k = 0; k < COMPETITORS; k++) {
            out.write("  - id: rival-" + (k + 1) + "\n    name: Concurrent " + (k + 1) + "\n    valueProposition: { price: "
                    + (1 + random.nextInt(5)) + ", service: " + (1 + random.nextInt(5)) + ", personalization: " + (1 + random.nextInt(5))
                    + ", proximity: " + (1 + random.nextInt(5)) + " }\n    presence:\n");
            for (int p = 0; p < 20; p++) {
                out.write("      - { stage: stage-" + (1 + random.nextInt(STAGES)) + ", channel: channel-" + (1 + random.nextInt(CHANNELS))
                        + ", rating: " + (1 + random.nextInt(5)) + ", note: Présence " + p + " }\n");
            }
        }
    }

    private static Edit edit(Random edits) {
        int draw = edits.nextInt(100);
        return switch (draw) {
            case 0 -> Edit.REMOVED;
            case 1 -> Edit.MOVED;
            case 2 -> Edit.RENAMED;
            case 3, 4 -> Edit.RETARGETED;
            default -> Edit.NONE;
        };
    }

    /**
     * Writes one touchpoint; an edit changes what is written but not what is drawn from {@code random}, so the
     * touchpoints after it stay the same.
     */
    private void writeTouchpoint(Writer file, Random random, String id, int index, int stage, Edit edit) throws IOException {
        Writer out = edit == Edit.REMOVED ? Writer.nullWriter() : file;
        int channel = (random.nextInt(CHANNELS) + (edit == Edit.MOVED ? 1 : 0)) % CHANNELS;
        out.write("  - id: " + id + "\n    name: " + capitalised(word(random)) + " " + word(random) + " n°" + index
                + (edit == Edit.RENAMED ? " (renommé)" : "") + "\n"
                + "    stage: stage-" + (stage + 1) + "\n    channel: channel-" + (channel + 1) + "\n"
                + "    personas: [" + (random.nextBoolean() ? "busy-parent" : "design-lover") + "]\n"
                + "    owner: équipe-" + (1 + random.nextInt(8)) + "\n    status: " + STATUSES[random.nextInt(STATUSES.length)] + "\n"
                + "    description: Le client " + word(random) + " puis " + word(random) + " avec l'aide d'un conseiller.\n"
                + "    elements:\n      product: [" + capitalised(word(random)) + " en libre-service]\n"
                + "      interactions: [" + capitalised(word(random)) + " guidé, Échange avec un conseiller]\n"
                + "      communication: [Affichage " + word(random) + "]\n"
                + "      emotions: { score: " + (random.nextInt(5) - 2) + ", perceptions: [" + capitalised(word(random)) + " rassurant] }\n"
                + "    painPoints: [Attente pour " + word(random) + "]\n    opportunities: [" + capitalised(word(random)) + " en ligne]\n"
                + "    value: { price: Prix clairs, service: " + capitalised(word(random)) + " rapide }\n    kpis:\n");
        for (int k = 0; k < 2; k++) {
            boolean lower = random.nextBoolean();
            boolean retargeted = edit == Edit.RETARGETED && k == 0;
            double target = 50 + random.nextInt(50) + (retargeted ? 5 : 0);
            out.write("      - id: " + id + "-kpi-" + (k + 1) + "\n        name: Mesure " + (k + 1) + " de " + id + "\n"
                    + "        kind: " + (k == 0 ? "quantitative" : "qualitative") + "\n        unit: \"%\"\n"
                    + "        direction: " + (lower ? "lower-is-better" : "higher-is-better") + "\n"
                    + "        target: " + number(target) + "\n        warning: " + number(lower ? target * 1.2 : target * 0.8) + "\n"
                    + "        source: " + SOURCES[random.nextInt(SOURCES.length)] + "\n        series:\n");
            double value = target * (0.7 + random.nextDouble() * 0.6);
            for (int m = 0; m < MONTHS; m++) {
                value = Math.max(0, value + (random.nextDouble() - 0.5) * 8);
                double written = retargeted && m == MONTHS - 1 ? value + 10 : value;
                out.write(String.format(Locale.ROOT, "          - { period: %04d-%02d, value: %s }%n", 2025 + m / 12, m % 12 + 1, number(written)));
            }
        }
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
