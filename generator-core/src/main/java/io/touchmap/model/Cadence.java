package io.touchmap.model;

import java.time.LocalDate;

/** How often a KPI gets a new value, so that a value not renewed in time can be told apart. */
public enum Cadence implements Keyword {
    DAILY("daily"),
    WEEKLY("weekly"),
    MONTHLY("monthly"),
    QUARTERLY("quarterly"),
    YEARLY("yearly");

    private final String keyword;

    Cadence(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** The cadence periods of {@code granularity} follow one another at. */
    public static Cadence of(Period.Granularity granularity) {
        return switch (granularity) {
            case YEAR -> YEARLY;
            case QUARTER -> QUARTERLY;
            case MONTH -> MONTHLY;
            case WEEK -> WEEKLY;
            case DAY -> DAILY;
        };
    }

    /**
     * The last day of the {@code count}-th period of this cadence after the one that ends on {@code end}: two months
     * after 31 January is 31 March, one month after it 28 (or 29) February.
     */
    public LocalDate after(LocalDate end, int count) {
        LocalDate next = end.plusDays(1);
        LocalDate following = switch (this) {
            case DAILY -> next.plusDays(count);
            case WEEKLY -> next.plusWeeks(count);
            case MONTHLY -> next.plusMonths(count);
            case QUARTERLY -> next.plusMonths(3L * count);
            case YEARLY -> next.plusYears(count);
        };
        return following.minusDays(1);
    }
}
