package io.touchmap.model;

/** One of the four components of the value proposition. */
public enum ValueComponent implements Keyword {
    PRICE("price"),
    SERVICE("service"),
    PERSONALIZATION("personalization"),
    PROXIMITY("proximity");

    private final String keyword;

    ValueComponent(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
