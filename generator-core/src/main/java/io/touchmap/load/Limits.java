package io.touchmap.load;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** The limits by name, as they are set in {@link #with(Map)} and documented in the README. */
    public Map<String, Long> asMap() {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("maxFileBytes", maxFileBytes);
        values.put("maxTotalBytes", maxTotalBytes);
        values.put("maxFiles", (long) maxFiles);
        values.put("maxDepth", (long) maxDepth);
        values.put("maxAliases", (long) maxAliases);
        values.put("maxNodes", maxNodes);
        values.put("maxStringLength", (long) maxStringLength);
        values.put("maxTouchpoints", (long) maxTouchpoints);
        values.put("maxKpis", (long) maxKpis);
        values.put("maxObservations", (long) maxObservations);
        return values;
    }

    /**
     * These limits with some changed by name, such as {@code maxTouchpoints=200000}.
     *
     * @throws IllegalArgumentException naming the setting, for an unknown name or a value that is not a positive
     *     whole number within range
     */
    public Limits with(Map<String, String> changes) {
        Map<String, Long> values = asMap();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            String name = change.getKey();
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("unknown limit '" + name + "'; the limits are " + String.join(", ", values.keySet()));
            }
            long value;
            try {
                value = Long.parseLong(change.getValue().trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("limit '" + name + "' must be a whole number, not '" + change.getValue() + "'");
            }
            boolean isLong = name.equals("maxFileBytes") || name.equals("maxTotalBytes") || name.equals("maxNodes");
            if (value < 1 || (!isLong && value > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException("limit '" + name + "' must be from 1 to " + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE)
                        + ", not " + value);
            }
            values.put(name, value);
        }
        return new Limits(values.get("maxFileBytes"), values.get("maxTotalBytes"), values.get("maxFiles").intValue(),
                values.get("maxDepth").intValue(), values.get("maxAliases").intValue(), values.get("maxNodes"),
                values.get("maxStringLength").intValue(), values.get("maxTouchpoints").intValue(), values.get("maxKpis").intValue(),
                values.get("maxObservations").intValue());
    }
}
