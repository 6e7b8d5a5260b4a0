package io.touchmap.model;

/** The tool a KPI's values come from. */
public enum KpiSource implements Keyword {
    PROFILING("profiling"),
    CRM("crm"),
    MARKETING_AUTOMATION("marketing-automation"),
    SURVEY("survey"),
    ANALYTICS("analytics"),
    MANUAL("manual");

    private final String keyword;

    KpiSource(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
