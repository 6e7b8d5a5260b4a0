package io.touchmap.model;

/** The severity a map gives to a warning rule in {@code map.rules}. */
public enum RuleSetting implements Keyword {
    ERROR("error"),
    WARNING("warning"),
    IGNORE("ignore");

    private final String keyword;

    RuleSetting(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
