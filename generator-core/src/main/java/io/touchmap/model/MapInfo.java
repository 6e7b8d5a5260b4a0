package io.touchmap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@code map} section: what the map is, whose it is, and how it is reported.
 *
 * @param locale language of the report labels: {@code en} or {@code fr}
 * @param date the date reports show as their date, when the map sets one (never the clock)
 * @param rules severities the map gives to warning rules, by diagnostic code
 * @param theme the colours, logo and PDF font of the reports; every default when the map sets none
 */
public record MapInfo(
        String id,
        String title,
        String organisation,
        String locale,
        String description,
        List<String> owners,
        LocalDate date,
        Map<String, RuleSetting> rules,
        Theme theme,
        Origin origin) {

    /** The default language of report labels. */
    public static final String DEFAULT_LOCALE = "en";

    public MapInfo {
        owners = List.copyOf(owners);
        rules = Map.copyOf(rules);
        theme = theme == null ? Theme.none(origin) : theme;
    }

    /** The section of a map that sets no theme. */
    public MapInfo(String id, String title, String organisation, String locale, String description, List<String> owners,
            LocalDate date, Map<String, RuleSetting> rules, Origin origin) {
        this(id, title, organisation, locale, description, owners, date, rules, null, origin);
    }

    /** What reports call the map: its title, else (missing or blank) its id, by the rule of {@link Named}. */
    public String displayTitle() {
        return Named.displayName(title, id);
    }
}
