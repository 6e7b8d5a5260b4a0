package io.touchmap.model;

/** Which way a KPI improves. */
public enum Direction implements Keyword {
    HIGHER_IS_BETTER("higher-is-better"),
    LOWER_IS_BETTER("lower-is-better");

    private final String keyword;

    Direction(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
