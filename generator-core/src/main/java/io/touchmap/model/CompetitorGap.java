package io.touchmap.model;

/**
 * A cell where a competitor meets the customer and we do not, or do it less well.
 *
 * @param ourRating our rating in the cell from 1 to 5 (mean emotion score + 3), or {@code null} when we are absent
 *     or our touchpoints there are not scored
 */
public record CompetitorGap(Competitor competitor, Presence presence, Kind kind, Double ourRating) {

    /** Why the cell is a gap. */
    public enum Kind {
        /** The competitor is present and we have no touchpoint in the cell. */
        ABSENT,
        /** Both are present, and the competitor is rated above our touchpoints. */
        OUTRATED
    }
}
