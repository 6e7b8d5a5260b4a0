package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import io.touchmap.Touchmap;
import io.touchmap.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TM209 to TM211: text that YAML accepts but cuts without a word is warned about, with the text to write instead. */
class SilentLossTest {

    private static final Set<DiagnosticCode> SILENT_LOSS = EnumSet.of(DiagnosticCode.SPLIT_ENTRY,
            DiagnosticCode.UNBALANCED_ENTRY, DiagnosticCode.HASHTAG_COMMENT);

    @Test
    void textCutByACommaOrAHashtagIsWarnedAtTheCutWithTheTextToWrite() {
        assertEquals(List.of(
                "map.yaml:11:38: warning TM211 'description' of touchpoint 'livraison' stops before '#MaLemoine': "
                        + "in YAML, ' #' starts a comment, so the rest of the line is left out; "
                        + "quote the whole text: \"Photo partagée avec #MaLemoine sur Instagram\"",
                "map.yaml:13:23: warning TM210 entry 'E-mail à chaque étape (usine' of 'communication' of elements of "
                        + "touchpoint 'livraison' leaves '(' open, and a later entry closes it: inside [ … ], each comma "
                        + "ends an entry; write the list as lines starting with '- ', one entry per line, or quote the "
                        + "entry: \"E-mail à chaque étape (usine, transport, préparation)\"",
                "map.yaml:17:24: warning TM211 an entry of 'perceptions' in emotions of touchpoint 'livraison' stops "
                        + "before '#MaLemoine': in YAML, ' #' starts a comment, so the rest of the line is left out; "
                        + "quote the whole text: \"Photo avec #MaLemoine\"",
                "map.yaml:18:35: warning TM209 entry 'un appel sur trois n'aboutit pas' of 'painPoints' of touchpoint "
                        + "'livraison' starts in lower case, as if a comma had cut a sentence: inside [ … ], each comma "
                        + "ends an entry; write the list as lines starting with '- ', one entry per line, or quote the "
                        + "entry: \"Le samedi matin, un appel sur trois n'aboutit pas\"",
                "map.yaml:19:47: warning TM210 entry 'Devis en ligne (prix' of 'opportunities' of touchpoint "
                        + "'livraison' leaves '(' open, and a later entry closes it: inside [ … ], each comma ends an "
                        + "entry; write the list as lines starting with '- ', one entry per line, or quote the entry: "
                        + "\"Devis en ligne (prix, délai)\""),
                Fixtures.diagnostics(SilentLossTest.class, "silent-loss"));
    }

    @Test
    void aHashtagIsFoundAfterCharactersBeyondTheBasicPlaneOnItsLineOrBefore(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop 🥐 }
                stages: [{ id: purchase, name: Purchase, phase: purchase }]
                channels: [{ id: store, name: Store, type: analog }]
                touchpoints:
                  - id: checkout
                    name: Checkout
                    description: Selfie 📸 au comptoir #MaLemoine
                    stage: purchase
                    channel: store
                    painPoints:
                      - Attente 🕐 #samedi
                    kpis: [{ id: wait, name: Wait, target: 5 }]
                """);
        assertEquals(List.of(
                "map.yaml:7:39: warning TM211 'description' of touchpoint 'checkout' stops before '#MaLemoine': "
                        + "in YAML, ' #' starts a comment, so the rest of the line is left out; "
                        + "quote the whole text: \"Selfie 📸 au comptoir #MaLemoine\"",
                "map.yaml:11:19: warning TM211 an entry of 'painPoints' in touchpoint 'checkout' stops before '#samedi': "
                        + "in YAML, ' #' starts a comment, so the rest of the line is left out; "
                        + "quote the whole text: \"Attente 🕐 #samedi\""),
                Fixtures.printed(map));
    }

    @Test
    void theSuggestedTextIsSingleQuotedWhenItHoldsADoubleQuote(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop }
                stages: [{ id: purchase, name: Purchase, phase: purchase }]
                channels: [{ id: store, name: Store, type: analog }]
                touchpoints:
                  - id: checkout
                    name: Checkout
                    stage: purchase
                    channel: store
                    painPoints: [Le vendeur dit "revenez, demain", Attente]
                    kpis: [{ id: wait, name: Wait, target: 5 }]
                """);
        assertEquals(List.of(
                "map.yaml:9:18: warning TM210 entry 'Le vendeur dit \"revenez' of 'painPoints' of touchpoint 'checkout' "
                        + "leaves '\"' open, and a later entry closes it: inside [ … ], each comma ends an entry; write the "
                        + "list as lines starting with '- ', one entry per line, or quote the entry: "
                        + "'Le vendeur dit \"revenez, demain\"'"),
                Fixtures.printed(map));
    }

    @Test
    void listsWrittenWithDashesQuotedEntriesCommentsAndIdListsAreNeverWarned(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop, owners: [Service client, marketing] } # owners are names, not sentences
                stages: [{ id: purchase, name: Purchase, phase: purchase }]
                channels: [{ id: store, name: Store, type: analog }]
                touchpoints:
                  - id: checkout
                    name: "Checkout #1"
                    stage: purchase # a comment after an id
                    channel: store
                    description: Till at the exit # the one by the door
                    painPoints:
                      - Le samedi matin
                      - un appel sur trois n'aboutit pas
                      - Prix (trop élevé
                    opportunities: ["Rappel, sous une heure", 1) Accueil, 2) Essai, Wi-Fi gratuit]
                    kpis: [{ id: wait, name: Wait, target: 5 }]
                """);
        assertEquals(List.of(), Fixtures.printed(map));
    }

    @Test
    void silentLossWarningsCanBeIgnoredOrRaisedInMapRules(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop, rules: { TM209: ignore, TM210: ignore, TM211: error } }
                stages: [{ id: purchase, name: Purchase, phase: purchase }]
                channels: [{ id: store, name: Store, type: analog }]
                touchpoints:
                  - id: checkout
                    name: Checkout
                    stage: purchase
                    channel: store
                    description: Photo avec #MaLemoine
                    painPoints: [Le samedi matin, un appel sur trois, Prix (trop, élevé)]
                    kpis: [{ id: wait, name: Wait, target: 5 }]
                """);
        assertEquals(List.of(
                "map.yaml:9:29: error TM211 'description' of touchpoint 'checkout' stops before '#MaLemoine': in YAML, "
                        + "' #' starts a comment, so the rest of the line is left out; quote the whole text: "
                        + "\"Photo avec #MaLemoine\""),
                Fixtures.printed(map));
    }

    @Test
    void noMapOfTheProjectNorAnyOtherFixtureGetsASilentLossWarning() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path fixture = Fixtures.directory(SilentLossTest.class, "silent-loss").toRealPath();
        List<Path> directories;
        try (Stream<Path> files = Files.walk(root)) {
            directories = files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .map(Path::getParent).distinct()
                    .filter(directory -> Stream.of("target", ".git", ".github").noneMatch(part -> contains(root.relativize(directory), part)))
                    .filter(directory -> !directory.endsWith("src/test/resources/io/touchmap/load/silent-loss"))
                    .toList();
        }
        List<String> warned = directories.stream()
                .flatMap(directory -> Touchmap.load(directory).diagnostics().stream()
                        .filter(d -> SILENT_LOSS.contains(d.code()))
                        .map(d -> d.format(root)))
                .toList();
        assertEquals(List.of(), warned);
        assertEquals(true, directories.contains(root.resolve("example-site/src/touchmap")), "the example map is checked");
        assertEquals(true, directories.size() > 50, directories.size() + " directories checked");
        assertEquals(false, directories.contains(fixture));
    }

    private static boolean contains(Path relative, String part) {
        for (Path name : relative) {
            if (name.toString().equals(part)) {
                return true;
            }
        }
        return false;
    }
}
