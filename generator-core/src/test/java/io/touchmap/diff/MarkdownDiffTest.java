package io.touchmap.diff;

import static io.touchmap.diff.Fixtures.lines;
import static io.touchmap.diff.Fixtures.markdown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDiffTest {

    private static void assertLines(String markdown, List<String> present, List<String> absent) {
        List<String> lines = lines(markdown);
        for (String line : present) {
            assertTrue(lines.contains(line), () -> "missing line: " + line + "\nin:\n" + markdown);
        }
        // the journey draws every touchpoint of a stage the change touches: "never listed" is about the rest
        String listed = markdown.replaceAll("(?s)```mermaid\n.*?```\n", "");
        for (String text : absent) {
            assertFalse(listed.contains(text), () -> "unexpected: " + text + "\nin:\n" + markdown);
        }
    }

    @Test
    void identicalMapsSayNoChangesToTheMap() {
        String markdown = markdown("base", "base");

        assertEquals("""
                <!-- touchmap-diff -->
                ## Touchpoint map changes

                **No changes to the map**

                Compared with `base`.

                """, markdown);
    }

    @Test
    void movingYamlBetweenFilesChangesNothing() {
        assertTrue(Fixtures.diff("base", "split-files").isEmpty());
        assertLines(markdown("base", "split-files"), List.of("**No changes to the map**"), List.of("| Stage |", "<details>"));
    }

    @Test
    void anAddedTouchpointIsListedInItsCellWithItsKpisAndUnchangedOnesNever() {
        assertLines(markdown("base", "touchpoint-added"), List.of(
                "**1 touchpoint added**",
                "| Stage | Channel | Touchpoints |",
                "| Purchase | Store | ➕ Express lane (added) |",
                "<summary>➕ Added: <b>Express lane</b> (express-lane)</summary>",
                "- Cell: Purchase × Store",
                "- Status: active · Owner: retail-ops",
                "- ➕ KPI **Express waiting time** (express-wait) added: ✅ on target, target 2 min"),
                List.of("Store checkout", "Web search"));
    }

    @Test
    void aRemovedTouchpointIsListedWithTheStatusItsKpisHad() {
        assertLines(markdown("base", "touchpoint-removed"), List.of(
                "**1 touchpoint removed**",
                "| Discovery | Website | ➖ Web search (removed) |",
                "<summary>➖ Removed: <b>Web search</b> (web-search)</summary>",
                "- Cell: Discovery × Website",
                "- ➖ KPI **Visits** (visits) removed, was ✅ on target"),
                List.of("Store checkout"));
    }

    @Test
    void aMovedTouchpointIsMarkedInTheCellItLeftAndTheCellItEntered() {
        assertLines(markdown("base", "touchpoint-moved"), List.of(
                "**1 touchpoint changed (1 moved)**",
                "| Purchase | Store | 🔀 Store checkout (moved out) |",
                "| Purchase | Website | 🔀 Store checkout (moved in) |",
                "<summary>🔀 Moved: <b>Store checkout</b> (store-checkout)</summary>",
                "- 🔀 Moved: Purchase × Store → Purchase × Website"),
                List.of("Web search", "KPI"));
    }

    @Test
    void changedFieldsAreListedWithTheirValueBeforeAndAfter() {
        assertLines(markdown("base", "touchpoint-fields"), List.of(
                "**1 touchpoint changed**",
                "| Purchase | Store | ✏️ Checkout at the till (changed) |",
                "<summary>✏️ Changed: <b>Checkout at the till</b> (store-checkout)</summary>",
                "- Name: Store checkout → Checkout at the till",
                "- Owner: retail-ops → store-team",
                "- Status: active → planned",
                "- Personas: removed “busy-parent”",
                "- Interactions: added “Contactless payment”",
                "- Emotion score: (none) → -1",
                "- Pain points: added “No baskets left”",
                "- Opportunities: added “Self-checkout”",
                "- Value delivered: price: (none) → Clear prices"),
                List.of("Web search", "KPI", "Moved"));
    }

    @Test
    void kpiChangesTellTheStatusChangeInWordsAndSymbols() {
        assertLines(markdown("base", "kpi-changes"), List.of(
                "**2 touchpoints changed; 2 KPIs changed status**",
                "- ➕ KPI **Clicks** (clicks) added: ⚪ no data, target 50",
                "- ➖ KPI **Visits** (visits) removed, was ✅ on target",
                "- KPI **Waiting time** (wait): ⚠️ warning → ✅ on target (▲ better)",
                "  - Target: 5 → 8 (relaxed ambition, lower is better)",
                "  - Warning threshold: 8 → 10 (relaxed ambition, lower is better)",
                "  - Latest value 7 min (2026-01): ⚠️ warning under the old thresholds, ✅ on target under the new",
                "- KPI **Checkout NPS** (nps): ✅ on target → ❌ off target (▼ worse)",
                "  - New value for 2026-02: 20"),
                List.of("Moved", "Pain points"));
    }

    @Test
    void stagesChannelsPersonasPropositionAndCompetitorChangesHaveTheirOwnSections() {
        assertLines(markdown("base", "structure"), List.of(
                "**1 stage added, 1 moved; 1 channel changed; 1 persona added; 1 value proposition component changed; 1 competitor changed**",
                "### Stages",
                "- ➕ Added **Loyalty** (loyalty) at position 3",
                "- 🔀 Moved **Discovery** (discovery) from position 1 to 2",
                "### Channels",
                "- ✏️ Changed **Web shop** (web)",
                "  - Name: Website → Web shop",
                "### Personas",
                "- ➕ Added **Student** (student) at position 2",
                "### Value proposition",
                "- ✏️ Changed **price**",
                "  - Score: 3 → 4",
                "  - Importance at purchase: 4 → 2",
                "### Competitors",
                "- ✏️ Changed **Big Mart** (big-mart)",
                "  - Score for price: 5 → 4",
                "  - Presence in purchase × web: rating 4 → rating 5",
                "  - Presence in discovery × store: (none) → rating 2"),
                List.of("### Touchpoints", "| Stage |", "Purchase** (purchase)"));
    }

    @Test
    void aChangedIdIsARemovalAndAnAddition() {
        assertLines(markdown("base", "id-changed"), List.of(
                "**1 touchpoint added, 1 removed**",
                "| Purchase | Store | ➕ Store checkout (added)<br>➖ Store checkout (removed) |",
                "<summary>➕ Added: <b>Store checkout</b> (checkout)</summary>",
                "<summary>➖ Removed: <b>Store checkout</b> (store-checkout)</summary>"),
                List.of("Web search", "Changed"));
    }

    @Test
    void textFromTheMapIsEscapedAndMentionsNoOne() {
        String markdown = markdown("base", "hostile-text");

        assertLines(markdown, List.of(
                "- Owner: retail-ops → \\<script\\>alert\\(1\\)\\</script\\> \\*bold\\* \\| pipe @\u2060cx-team \\[link\\]\\(http://x\\) \\$x\\$"),
                List.of("<script>", "@cx-team"));
    }

    @Test
    void anInvalidBaselineIsReportedWithItsDiagnosticsAndTheDiffStillShown() {
        assertLines(markdown("invalid", "touchpoint-moved"), List.of(
                "> [!WARNING]",
                "> The baseline does not validate (1 error, 1 warning): the diff shows what could be read.",
                "> - invalid/map.yaml:40:14: error TM106 touchpoint 'store\\-checkout' refers to unknown channel 'shop'; declare it under 'channels', or use one of: store, web"
                        .replace("store\\-checkout", "store-checkout"),
                "| Purchase | Website | 🔀 Store checkout (moved in) |",
                "| Purchase | shop | 🔀 Store checkout (moved out) |"),
                List.of("The current map does not validate"));
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertEquals(markdown("base", "structure"), markdown("base", "structure"));
        assertEquals(JsonDiff.render(Fixtures.report("base", "kpi-changes")), JsonDiff.render(Fixtures.report("base", "kpi-changes")));
        assertEquals(HtmlDiff.render(Fixtures.report("base", "kpi-changes")), HtmlDiff.render(Fixtures.report("base", "kpi-changes")));
    }
}
