package io.touchmap.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The French words a team writes for a keyword, such as {@code numérique} for {@code digital}. They are never read as
 * the keyword: keywords are English in every map, so that maps and tools agree. They only say which keyword to suggest.
 *
 * <p>Words are compared without accents, case, spaces or apostrophes: {@code Avant l'achat}, {@code avant-l-achat} and
 * {@code avant l achat} are the same word.
 */
public final class FrenchKeywords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s'\u2019_\\-]+");
    private static final Pattern DASH_AT_AN_END = Pattern.compile("^-|-$");

    private static final Map<Keyword, List<String>> WORDS = Map.ofEntries(
            Map.entry(Phase.BEFORE_PURCHASE, List.of("avant-achat", "avant-l-achat", "avant-d-acheter", "pre-achat", "preachat",
                    "avant-vente", "avant")),
            Map.entry(Phase.PURCHASE, List.of("achat", "l-achat", "pendant-l-achat", "pendant-achat", "vente", "commande")),
            Map.entry(Phase.AFTER_PURCHASE, List.of("apres-achat", "apres-l-achat", "post-achat", "postachat", "apres-vente",
                    "sav", "apres")),
            Map.entry(ChannelType.ANALOG, List.of("analogique", "physique", "hors-ligne", "horsligne", "traditionnel",
                    "presentiel")),
            Map.entry(ChannelType.DIGITAL, List.of("numerique", "digitalise", "en-ligne", "enligne", "virtuel", "internet")),
            Map.entry(TouchpointStatus.IDEA, List.of("idee", "projet", "a-l-etude")),
            Map.entry(TouchpointStatus.PLANNED, List.of("prevu", "prevue", "planifie", "planifiee", "programme", "programmee",
                    "a-venir", "en-preparation")),
            Map.entry(TouchpointStatus.ACTIVE, List.of("actif", "en-service", "en-cours", "en-place", "actuel", "ouvert")),
            Map.entry(TouchpointStatus.RETIRED, List.of("retire", "retiree", "supprime", "supprimee", "arrete", "arretee",
                    "abandonne", "abandonnee", "obsolete", "inactif", "inactive", "ferme")),
            Map.entry(KpiKind.QUANTITATIVE, List.of("quantitatif", "quantitatifs", "chiffre")),
            Map.entry(KpiKind.QUALITATIVE, List.of("qualitatif", "qualitatifs")),
            Map.entry(Direction.HIGHER_IS_BETTER, List.of("plus-haut-est-mieux", "plus-est-mieux", "plus-c-est-mieux",
                    "plus-haut-c-est-mieux", "le-plus-haut", "plus-haut", "haut", "hausse", "a-la-hausse", "croissant",
                    "maximiser", "augmenter")),
            Map.entry(Direction.LOWER_IS_BETTER, List.of("plus-bas-est-mieux", "moins-est-mieux", "moins-c-est-mieux",
                    "plus-bas-c-est-mieux", "le-plus-bas", "plus-bas", "bas", "baisse", "a-la-baisse", "decroissant",
                    "minimiser", "diminuer", "reduire")),
            Map.entry(KpiSource.PROFILING, List.of("profilage", "profil")),
            Map.entry(KpiSource.CRM, List.of("grc", "gestion-de-la-relation-client", "relation-client")),
            Map.entry(KpiSource.MARKETING_AUTOMATION, List.of("automatisation-marketing", "automatisation-du-marketing",
                    "marketing-automatise", "automatisation")),
            Map.entry(KpiSource.SURVEY, List.of("enquete", "sondage", "questionnaire", "etude")),
            Map.entry(KpiSource.ANALYTICS, List.of("analyse", "analyse-web", "analytique", "statistiques", "stats",
                    "mesure-d-audience", "audience")),
            Map.entry(KpiSource.MANUAL, List.of("manuel", "manuelle", "saisie-manuelle", "saisie", "a-la-main")),
            Map.entry(Cadence.DAILY, List.of("quotidien", "quotidienne", "journalier", "journaliere", "chaque-jour")),
            Map.entry(Cadence.WEEKLY, List.of("hebdomadaire", "hebdo", "chaque-semaine")),
            Map.entry(Cadence.MONTHLY, List.of("mensuel", "mensuelle", "chaque-mois")),
            Map.entry(Cadence.QUARTERLY, List.of("trimestriel", "trimestrielle", "chaque-trimestre")),
            Map.entry(Cadence.YEARLY, List.of("annuel", "annuelle", "chaque-annee")),
            Map.entry(ValueComponent.PRICE, List.of("prix", "tarif", "tarifs", "cout")),
            Map.entry(ValueComponent.PERSONALIZATION, List.of("personnalisation", "personalisation")),
            Map.entry(ValueComponent.PROXIMITY, List.of("proximite")),
            Map.entry(RuleSetting.ERROR, List.of("erreur")),
            Map.entry(RuleSetting.WARNING, List.of("avertissement", "alerte", "attention")),
            Map.entry(RuleSetting.IGNORE, List.of("ignorer", "ignoree", "desactive", "desactiver")));

    /** Each keyword type's French words, written as {@link #plain} gives them. */
    private static final Map<Class<?>, Map<String, Keyword>> BY_TYPE = index();

    private FrenchKeywords() {
    }

    /** The keyword of {@code type} that the French word {@code written} stands for, if it is one. */
    public static <E extends Enum<E> & Keyword> Optional<E> meaning(Class<E> type, String written) {
        if (written == null || written.length() > 100) {
            return Optional.empty();
        }
        Keyword keyword = BY_TYPE.getOrDefault(type, Map.of()).get(plain(written));
        return Optional.ofNullable(keyword).map(type::cast);
    }

    /** Every French word of the table, by the keyword it stands for; for documentation and tests. */
    public static Map<Keyword, List<String>> words() {
        return WORDS;
    }

    /** {@code written} in lower case without accents, with a dash for each run of spaces, apostrophes or underscores. */
    static String plain(String written) {
        String bare = MARKS.matcher(Normalizer.normalize(written, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return DASH_AT_AN_END.matcher(SEPARATORS.matcher(bare).replaceAll("-")).replaceAll("");
    }

    private static Map<Class<?>, Map<String, Keyword>> index() {
        Map<Class<?>, Map<String, Keyword>> index = new HashMap<>();
        WORDS.forEach((keyword, words) -> words.forEach(word -> {
            Keyword before = index.computeIfAbsent(keyword.getClass(), type -> new HashMap<>()).put(word, keyword);
            if (before != null) {
                throw new IllegalStateException("'" + word + "' stands for both " + before + " and " + keyword);
            }
        }));
        return index;
    }
}
