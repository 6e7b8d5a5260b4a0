package io.touchmap.diff;

import static io.touchmap.diff.Fixtures.lines;
import static io.touchmap.diff.Fixtures.markdown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a change does for the customer and the team, as the pull-request comment, the page and the JSON tell it. */
class ConsequencesTest {

    private static void assertLines(String markdown, String... expected) {
        List<String> lines = lines(markdown);
        for (String line : expected) {
            assertTrue(lines.contains(line), () -> "missing line: " + line + "\nin:\n" + markdown);
        }
    }

    /** JSON with every run of white space one space, so that a member is found whatever its depth. */
    private static String flat(String json) {
        return json.replaceAll("\\s+", " ").strip();
    }

    @Test
    void anAddedCompetitorShowsItsScoresAgainstOursItsPresenceAndTheGapsItOpens() {
        String markdown = markdown("base", "competitor-added");

        assertLines(markdown,
                "**1 competitor added**",
                "### What this changes on the map",
                "- ➕ Gap opened: **Garage Martin** at Discovery × Store, where we have no touchpoint",
                "- ➕ Gap opened: **Garage Martin** at Purchase × Website, where we have no touchpoint",
                "### Competitors",
                "- ➕ Added **Garage Martin** (garage-martin)",
                "  - Scores against ours: price 4 against our 3, service 5 against our 4, proximity 2 against our 5",
                "  - Present in: Discovery × Store (rating 3), Purchase × Website",
                "  - Gaps it opens: Discovery × Store (where we have no touchpoint), Purchase × Website (where we have no touchpoint)");
        assertFalse(markdown.contains("at position"), "a competitor's position in the list means nothing to a reader");
        assertEquals(List.of("2 competitor gaps were opened (failOn gap-opened)"),
                Fixtures.diff("base", "competitor-added").breaches(Set.of(FailCondition.GAP_OPENED)));
    }

    @Test
    void aRemovedCompetitorShowsTheGapsItCloses() {
        assertLines(markdown("base", "competitor-removed"),
                "- ➖ Gap closed: **Big Mart** at Purchase × Website, where we have no touchpoint",
                "- ➖ Removed **Big Mart** (big-mart)",
                "  - Scores against ours: price 5 against our 3, service 2 against our 4",
                "  - Present in: Purchase × Website (rating 4)",
                "  - Gaps it closes: Purchase × Website (where we have no touchpoint)");
        assertEquals(List.of(), Fixtures.diff("base", "competitor-removed").breaches(Set.of(FailCondition.GAP_OPENED)));
    }

    @Test
    void aTargetChangeIsARaisedOrRelaxedAmbitionInTheKpisOwnDirectionWithTheLatestValueJudgedBothWays() {
        assertLines(markdown("base", "kpi-ambition"),
                "- KPI **Waiting time** (wait): ⚠️ warning → ✅ on target (▲ better)",
                "  - Target: 5 → 7 (relaxed ambition, lower is better)",
                "  - Latest value 7 min (2026-01): ⚠️ warning under the old thresholds, ✅ on target under the new",
                "- KPI **Checkout NPS** (nps): ✅ on target → ❌ off target (▼ worse)",
                "  - Target: 30 → 40 (raised ambition, higher is better)",
                "  - Latest value 35 (2026-01): ✅ on target under the old thresholds, ❌ off target under the new",
                "- KPI statuses: ⚠️ warning 1 → 0, ❌ off target 0 → 1");
        assertEquals(List.of("1 KPI threshold was relaxed (failOn ambition-relaxed)"),
                Fixtures.diff("base", "kpi-ambition").breaches(Set.of(FailCondition.AMBITION_RELAXED)));
    }

    @Test
    void aStageWhoseMeanEmotionDropsIsWorseOverallAndForEachPersona() {
        assertLines(markdown("emotion-base", "emotion-worse"),
                "- Emotion at Purchase: +1 → -1 (▼ worse)",
                "- Emotion of **Busy parent** at Purchase: +1 → -1 (▼ worse)");
        assertEquals(List.of("1 stage's mean emotion dropped by 0.5 or more (failOn emotion-worse)"),
                Fixtures.diff("emotion-base", "emotion-worse").breaches(Set.of(FailCondition.EMOTION_WORSE)));
        assertEquals(List.of(), Fixtures.diff("emotion-worse", "emotion-base").breaches(Set.of(FailCondition.EMOTION_WORSE)));
    }

    @Test
    void aMoveTellsTheCellsGainedAndLostTheChannelBalanceAndTheGapsItCloses() {
        assertLines(markdown("base", "touchpoint-moved"),
                "- Coverage: 2 of 4 cells covered → 2 of 4 cells covered; gained Purchase × Website; lost Purchase × Store",
                "- Touchpoints on analog / digital channels: 1 / 1 → 0 / 2",
                "- ➖ Gap closed: **Big Mart** at Purchase × Website, where we have no touchpoint",
                "- ➕ Diagnostic introduced: touchpoint-moved/map.yaml:15:9: warning TM204 channel 'store' has no touchpoint; "
                        + "add a touchpoint with 'channel: store', or remove the channel");
    }

    @Test
    void diagnosticsAreMatchedByCodeAndElementNeverByLine() {
        assertLines(markdown("base", "diagnostic-introduced"),
                "- KPI statuses: ✅ on target 2 → 1",
                "- ➕ Diagnostic introduced: diagnostic-introduced/map.yaml:27:9: warning TM201 touchpoint 'web-search' has no KPI; "
                        + "add a KPI under 'kpis' to measure it");
        assertLines(markdown("diagnostic-introduced", "base"),
                "- ➖ Diagnostic resolved: diagnostic-introduced/map.yaml:27:9: warning TM201 touchpoint 'web-search' has no KPI; "
                        + "add a KPI under 'kpis' to measure it");
        // the split-files fixture writes the same map across files: every line moves, no diagnostic is new
        assertTrue(Fixtures.report("base", "split-files").consequences().isEmpty());
    }

    @Test
    void thePageAndTheJsonCarryTheSameFacts() {
        String html = HtmlDiff.render(Fixtures.report("base", "competitor-added"));
        assertTrue(html.contains("<h2>What this changes on the map</h2>"), html);
        assertTrue(html.contains("<li>+ Gap opened: Garage Martin at Discovery × Store, where we have no touchpoint</li>"), html);
        assertTrue(html.contains("<li>Scores against ours: price 4 against our 3, service 5 against our 4, proximity 2 against our 5</li>"), html);
        String ambition = HtmlDiff.render(Fixtures.report("base", "kpi-ambition"));
        assertTrue(ambition.contains("<li>Target: 5 → 7 (relaxed ambition, lower is better)</li>"), ambition);
        assertTrue(ambition.contains("<li>Latest value 7 min (2026-01): ⚠ warning under the old thresholds, ✓ on target under the new</li>"),
                ambition);

        String json = JsonDiff.render(Fixtures.report("base", "kpi-ambition"));
        assertTrue(json.contains("\"ambitionRelaxed\": 1,\n    \"gapsOpened\": 0,\n    \"emotionWorse\": 0"), json);
        assertTrue(flat(json).contains(flat("""
                          "ambition": [
                            {
                              "field": "target",
                              "before": 5,
                              "after": 7,
                              "change": "relaxed"
                            }
                          ],
                          "latest": {
                            "period": "2026-01",
                            "value": 7,
                            "statusBefore": "warning",
                            "statusAfter": "on-target"
                          }""")), json);
        String gaps = JsonDiff.render(Fixtures.report("base", "competitor-added"));
        assertTrue(flat(gaps).contains(flat("""
                      "gaps": {
                        "opened": [
                          {
                            "competitor": "garage-martin",
                            "stage": "discovery",
                            "channel": "store",
                            "kind": "absent",
                            "rating": 3,
                            "ourRating": null
                          },""")), gaps);
        String emotion = JsonDiff.render(Fixtures.report("emotion-base", "emotion-worse"));
        assertTrue(flat(emotion).contains(flat("""
                        "stages": [
                          {
                            "stage": "purchase",
                            "before": 1,
                            "after": -1,
                            "trend": "worse"
                          }
                        ],""")), emotion);
    }
}
