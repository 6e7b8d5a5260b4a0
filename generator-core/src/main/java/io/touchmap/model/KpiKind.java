package io.touchmap.model;

/** Whether a KPI counts or measures (quantitative) or captures an opinion (qualitative). */
public enum KpiKind implements Keyword {
    QUANTITATIVE("quantitative"),
    QUALITATIVE("qualitative");

    private final String keyword;

    KpiKind(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
