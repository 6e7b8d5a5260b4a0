package io.touchmap.model;

/**
 * A competitor meeting the customer in one cell of our map.
 *
 * @param rating how well they do it, 1 to 5, or {@code null} when not assessed
 */
public record Presence(String stage, String channel, Integer rating, String note, Origin origin) {

    /** The cell of our map this presence is in. */
    public Cell cell() {
        return new Cell(stage, channel);
    }
}
