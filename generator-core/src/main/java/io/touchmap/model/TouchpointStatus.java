package io.touchmap.model;

/** Where a touchpoint is in its own life. */
public enum TouchpointStatus implements Keyword {
    IDEA("idea"),
    PLANNED("planned"),
    ACTIVE("active"),
    RETIRED("retired");

    private final String keyword;

    TouchpointStatus(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
