package io.touchmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The French words of keywords: suggested, never taken for the keyword, and found however they are accented or spaced. */
class FrenchKeywordsTest {

    @Test
    void aFrenchWordIsFoundWithOrWithoutAccentsCapitalsSpacesAndApostrophes() {
        assertEquals(Optional.of(Phase.AFTER_PURCHASE), FrenchKeywords.meaning(Phase.class, "Après l’achat"));
        assertEquals(Optional.of(Phase.AFTER_PURCHASE), FrenchKeywords.meaning(Phase.class, "apres-l-achat"));
        assertEquals(Optional.of(Phase.BEFORE_PURCHASE), FrenchKeywords.meaning(Phase.class, "avant_achat"));
        assertEquals(Optional.of(ChannelType.DIGITAL), FrenchKeywords.meaning(ChannelType.class, "NUMÉRIQUE"));
        assertEquals(Optional.of(TouchpointStatus.PLANNED), FrenchKeywords.meaning(TouchpointStatus.class, "prévue"));
    }

    @Test
    void aWordStandsOnlyForAKeywordOfItsOwnSet() {
        assertEquals(Optional.empty(), FrenchKeywords.meaning(ChannelType.class, "prevu"));
        assertEquals(Optional.empty(), FrenchKeywords.meaning(Phase.class, "numerique"));
        assertEquals(Optional.empty(), FrenchKeywords.meaning(KpiStatus.class, "prevu"));
    }

    @Test
    void everyWordIsWrittenPlainAndIsNoKeywordOfItsSet() {
        List<String> problems = new ArrayList<>();
        FrenchKeywords.words().forEach((keyword, words) -> words.forEach(word -> {
            if (!FrenchKeywords.plain(word).equals(word)) {
                problems.add(word + " is not written as it is compared: " + FrenchKeywords.plain(word));
            }
            for (Object constant : keyword.getClass().getEnumConstants()) {
                if (((Keyword) constant).keyword().equals(word)) {
                    problems.add(word + " is a keyword of " + keyword.getClass().getSimpleName());
                }
            }
        }));
        assertEquals(List.of(), problems);
    }
}
