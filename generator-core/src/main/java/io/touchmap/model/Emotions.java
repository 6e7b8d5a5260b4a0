package io.touchmap.model;

import java.util.List;

/**
 * What customers feel at a touchpoint.
 *
 * @param score from -2 (very negative) to +2 (very positive), or {@code null} when not assessed
 */
public record Emotions(Integer score, List<String> perceptions) {

    /** No score and no perception. */
    public static final Emotions NONE = new Emotions(null, List.of());

    public Emotions {
        perceptions = List.copyOf(perceptions);
    }

    /** True when the emotions were scored. */
    public boolean hasScore() {
        return score != null;
    }
}
