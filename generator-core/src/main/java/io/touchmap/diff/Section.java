package io.touchmap.diff;

import io.touchmap.model.Keyword;

/** The parts of a map besides touchpoints whose changes a diff reports. */
public enum Section implements Keyword {
    MAP("map", "Map", "map"),
    STAGE("stage", "Stages", "stage"),
    CHANNEL("channel", "Channels", "channel"),
    PERSONA("persona", "Personas", "persona"),
    VALUE_PROPOSITION("value-proposition", "Value proposition", "value proposition component"),
    COMPETITOR("competitor", "Competitors", "competitor");

    private final String keyword;
    private final String title;
    private final String noun;

    Section(String keyword, String title, String noun) {
        this.keyword = keyword;
        this.title = title;
        this.noun = noun;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** The heading of the section in reports. */
    public String title() {
        return title;
    }

    /** What one element of the section is called, in the singular. */
    public String noun() {
        return noun;
    }

    /** True when the order of the elements means something: stages are the columns, channels the rows. */
    public boolean isOrdered() {
        return this == STAGE || this == CHANNEL;
    }
}
