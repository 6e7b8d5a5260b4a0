package io.touchmap.model;

/** Whether a channel is analog (phone, shop, SMS) or digital (web, app, email). */
public enum ChannelType implements Keyword {
    ANALOG("analog"),
    DIGITAL("digital");

    private final String keyword;

    ChannelType(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
