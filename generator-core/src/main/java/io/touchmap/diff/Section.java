package io.touchmap.diff;

import io.touchmap.model.Keyword;

/** The parts of a map besides touchpoints whose changes a diff reports. */
public enum Section implements Keyword {
    MAP("map"),
    STAGE("stage"),
    CHANNEL("channel"),
    PERSONA("persona"),
    VALUE_PROPOSITION("value-proposition"),
    COMPETITOR("competitor");

    private final String keyword;

    Section(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** True when the order of the elements means something: stages are the columns, channels the rows. */
    public boolean isOrdered() {
        return this == STAGE || this == CHANNEL;
    }
}
