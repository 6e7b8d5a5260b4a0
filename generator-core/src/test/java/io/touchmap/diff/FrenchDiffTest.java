package io.touchmap.diff;

import static io.touchmap.diff.Fixtures.lines;
import static io.touchmap.diff.Fixtures.markdown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The diff of a map whose {@code locale} is {@code fr}: every word of the Markdown and the HTML page is French. */
class FrenchDiffTest {

    /** The space French puts before a colon or a semicolon, which must not break the line there. */
    private static final String NBSP = "\u00a0";

    private static void assertLines(String markdown, List<String> expected) {
        List<String> lines = lines(markdown);
        for (String line : expected) {
            assertTrue(lines.contains(line), () -> "missing line: " + line + "\nin:\n" + markdown);
        }
    }

    @Test
    void theHeadlineCountsInFrenchWithParticiplesThatAgree() {
        assertLines(markdown("fr-base", "fr-changes"), List.of(
                "## Modifications de la carte des points de contact",
                "**2 points de contact modifiés (1 déplacé), 1 ajouté, 1 supprimé" + NBSP + "; 2 indicateurs ont changé de statut"
                        + NBSP + "; 1 étape ajoutée**",
                "Comparaison avec `fr-base`.",
                "| Étape | Canal | Points de contact |",
                "### Étapes",
                "- ➕ Ajout" + NBSP + ": **Fidélité** (loyalty), en position 3",
                "### Points de contact"));
    }

    @Test
    void aMovedTouchpointIsMarkedInTheCellItLeftAndTheCellItEntered() {
        assertLines(markdown("fr-base", "fr-changes"), List.of(
                "| Achat | Magasin | 🔀 Passage en caisse (parti ailleurs) |",
                "| Achat | Site web | 🔀 Passage en caisse (arrivé ici, modifié) |",
                "<summary>🔀 Déplacé" + NBSP + ": <b>Passage en caisse</b> (store-checkout)</summary>",
                "- 🔀 Déplacé" + NBSP + ": Achat × Magasin → Achat × Site web"));
    }

    @Test
    void kpiStatusChangesAndFieldsUseTheSiteWordsAndFrenchNumbers() {
        assertLines(markdown("fr-base", "fr-changes"), List.of(
                "- Indicateur **Temps d'attente** (wait)" + NBSP + ": ⚠️ vigilance → ✅ objectif atteint (▲ en progrès)",
                "  - Objectif" + NBSP + ": 5 → 8,5 (ambition relâchée, plus bas est mieux)",
                "  - Seuil de vigilance" + NBSP + ": 8 → 10 (ambition relâchée, plus bas est mieux)",
                "  - Dernière valeur 7 min (2026-01)" + NBSP + ": ⚠️ vigilance avec les anciens seuils, ✅ objectif atteint avec les nouveaux",
                "- Indicateur **NPS en caisse** (nps)" + NBSP + ": ✅ objectif atteint → ❌ hors objectif (▼ en recul)",
                "  - Nouvelle valeur pour 2026-02" + NBSP + ": 20",
                "- Responsable" + NBSP + ": marketing → communication",
                "- Statut" + NBSP + ": actif → prévu",
                "- Case" + NBSP + ": Fidélité × Magasin"));
    }

    @Test
    void identicalMapsSayThereIsNoChange() {
        assertEquals("""
                <!-- touchmap-diff -->
                ## Modifications de la carte des points de contact

                **Aucun changement sur la carte**

                Comparaison avec `fr-base`.

                """, markdown("fr-base", "fr-base"));
    }

    @Test
    void theFrenchMarkdownIsOneGfmTableAndBalancedCollapsibleSections() {
        String markdown = markdown("fr-base", "fr-changes");
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);

        List<TableBlock> tables = MarkdownRenderingTest.find(document, TableBlock.class);
        assertEquals(1, tables.size());
        assertEquals(6, MarkdownRenderingTest.find(tables.get(0), TableRow.class).size(), "the header row and five cells");
        assertEquals(4, markdown.split("<details>", -1).length - 1);
        assertEquals(4, markdown.split("</details>", -1).length - 1);
    }

    @Test
    void theCurrentMapsLanguageWinsAndTheBaselinesIsTheFallback() {
        assertTrue(markdown("fr-base", "base").startsWith("<!-- touchmap-diff -->\n## Modifications de la carte des points de contact\n"),
                "the current map names no language: the baseline's");
        assertTrue(markdown("base", "fr-base").startsWith("<!-- touchmap-diff -->\n## Modifications de la carte des points de contact\n"),
                "the current map's language");
    }

    @Test
    void theHtmlPageIsFrenchToo() {
        String html = HtmlDiff.render(Fixtures.report("fr-base", "fr-changes"));

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">\n"));
        assertTrue(html.contains("<title>Modifications de la carte «" + NBSP + "Épicerie du coin" + NBSP + "»</title>"), html);
        assertTrue(html.contains("<th scope=\"col\" class=\"added\">Fidélité <span class=\"tag\">(ajoutée)</span></th>"));
        assertTrue(html.contains("<li class=\"moved-out\"><span class=\"name\">Passage en caisse</span> <span class=\"tag\">⇄ parti ailleurs</span></li>"));
        assertTrue(html.contains("<li>Indicateur Temps d&#39;attente (wait)" + NBSP + ": ⚠ vigilance → ✓ objectif atteint (▲ en progrès)"), html);
        assertTrue(html.contains("<summary>⇄ Déplacé" + NBSP + ": Passage en caisse (store-checkout)</summary>"));
        assertFalse(html.contains(">Channel<"));
    }

    @Test
    void theJsonStaysInKeywordsWhateverTheLanguage() throws Exception {
        var json = new ObjectMapper().readTree(JsonDiff.render(Fixtures.report("fr-base", "fr-changes")));

        assertEquals("2 touchpoints changed (1 moved), 1 added, 1 removed; 2 KPIs changed status; 1 stage added",
                json.at("/summary/headline").asText());
    }
}
