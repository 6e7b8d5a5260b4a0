package io.touchmap.model;

/** The part of the customer relationship a lifecycle stage belongs to. */
public enum Phase implements Keyword {
    BEFORE_PURCHASE("before-purchase"),
    PURCHASE("purchase"),
    AFTER_PURCHASE("after-purchase");

    private final String keyword;

    Phase(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
