package io.touchmap.diff;

import io.touchmap.model.Keyword;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A kind of change that fails a build when the diff goal's {@code failOn} names it. */
public enum FailCondition implements Keyword {
    /** Any change at all to the map. */
    ANY("any"),
    /** A touchpoint added. */
    ADDED("added"),
    /** A touchpoint removed. */
    REMOVED("removed"),
    /** A touchpoint moved to another cell. */
    MOVED("moved"),
    /** A touchpoint changed (moved ones included). */
    CHANGED("changed"),
    /** A KPI whose status got further from its target (on target → warning or off target, warning → off target). */
    STATUS_WORSE("status-worse"),
    /** A KPI's target or warning threshold asking less than before, in the KPI's direction. */
    AMBITION_RELAXED("ambition-relaxed"),
    /** A competitor gap opened: a competitor now meets the customer where we do not, or does it better. */
    GAP_OPENED("gap-opened"),
    /** A stage's mean emotion score dropped by 0.5 or more. */
    EMOTION_WORSE("emotion-worse");

    private final String keyword;

    FailCondition(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /**
     * The conditions listed in {@code text}, separated by commas, such as {@code removed,status-worse}; none for a
     * blank text or {@code none}.
     *
     * @throws IllegalArgumentException naming the unknown word and the allowed ones
     */
    public static Set<FailCondition> parse(String text) {
        Set<FailCondition> conditions = EnumSet.noneOf(FailCondition.class);
        if (text == null || text.isBlank() || text.trim().equals("none")) {
            return conditions;
        }
        for (String word : text.split(",")) {
            String trimmed = word.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            conditions.add(Keyword.parse(FailCondition.class, trimmed).orElseThrow(() -> new IllegalArgumentException(
                    "unknown failOn condition '" + word.trim() + "'; use none or any of "
                            + String.join(", ", Keyword.keywords(FailCondition.class)))));
        }
        return conditions;
    }

    String describe(long count) {
        return switch (this) {
            case ANY -> "the map changed";
            case ADDED -> count + (count == 1 ? " touchpoint was" : " touchpoints were") + " added";
            case REMOVED -> count + (count == 1 ? " touchpoint was" : " touchpoints were") + " removed";
            case MOVED -> count + (count == 1 ? " touchpoint was" : " touchpoints were") + " moved";
            case CHANGED -> count + (count == 1 ? " touchpoint was" : " touchpoints were") + " changed";
            case STATUS_WORSE -> count + (count == 1 ? " KPI status got" : " KPI statuses got") + " worse";
            case AMBITION_RELAXED -> count + (count == 1 ? " KPI threshold was" : " KPI thresholds were") + " relaxed";
            case GAP_OPENED -> count + (count == 1 ? " competitor gap was" : " competitor gaps were") + " opened";
            case EMOTION_WORSE -> count + (count == 1 ? " stage's" : " stages'") + " mean emotion dropped by 0.5 or more";
        } + " (failOn " + keyword + ")";
    }
}
