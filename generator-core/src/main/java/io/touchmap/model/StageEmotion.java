package io.touchmap.model;

/**
 * The emotion curve at one stage: the mean emotion score of the scored touchpoints there.
 *
 * @param mean the mean score from -2 to +2, or {@code null} when no touchpoint of the stage is scored
 * @param scored how many touchpoints the mean is taken over
 */
public record StageEmotion(LifecycleStage stage, Double mean, int scored) {
}
