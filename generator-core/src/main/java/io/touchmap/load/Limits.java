package io.touchmap.load;

/**
 * The bounds a map must stay within, so that a hostile or broken map ends with a diagnostic rather than an
 * exhausted heap, a stack overflow or a hang.
 *
 * @param maxFileBytes the size of one YAML or CSV file
 * @param maxTotalBytes the size of all files of the map together
 * @param maxFiles how many YAML files a map directory may hold
 * @param maxDepth how deeply mappings and lists may nest
 * @param maxAliases how many aliases to mappings or lists one file may use
 * @param maxNodes how many values one file may expand to once its aliases are followed
 * @param maxStringLength the length of one text value, in characters
 * @param maxTouchpoints how many touchpoints the whole map may hold
 * @param maxKpis how many KPIs the whole map may hold
 * @param maxObservations how many KPI values the whole map may hold
 */
public record Limits(
        long maxFileBytes,
        long maxTotalBytes,
        int maxFiles,
        int maxDepth,
        int maxAliases,
        long maxNodes,
        int maxStringLength,
        int maxTouchpoints,
        int maxKpis,
        int maxObservations) {

    /** The limits used unless a caller sets others: generous for real maps, tight enough for a small heap. */
    public static final Limits DEFAULT = new Limits(
            64L * 1024 * 1024,
            512L * 1024 * 1024,
            10_000,
            64,
            100,
            20_000_000,
            1_000_000,
            100_000,
            500_000,
            10_000_000);
}
