package io.touchmap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One mistake, one message: after a value is refused, nothing that depends on it is reported again. */
class OneCauseOneMessageTest {

    @Test
    void anInvalidStageIdIsReportedOnceWithTheReferencesToCorrectTheSameWay() {
        // before: the stage's TM104, a TM104 at each of the two touchpoints that write the id invalid, a TM106 at the
        // touchpoint and the importance that write the corrected id, and a TM106 at the importance that writes the
        // invalid one: 6 errors for one accent
        assertEquals(List.of(
                "map.yaml:4:11: error TM104 'id' of a stage is 'après-vente', not a valid id; did you mean 'apres-vente'? "
                        + "ids use lower-case letters, digits and dashes, at most 63 characters; "
                        + "correct the 3 references to this id the same way",
                "touchpoints.yaml:6:38: error TM106 touchpoint 'pneus' refers to unknown stage 'apres-vnte'; "
                        + "declare it under 'stages', or use one of: achat"),
                Fixtures.diagnostics(OneCauseOneMessageTest.class, "refused-stage-id"));
    }

    @Test
    void aRefusedValueAddsNoWarningFromTheRulesThatDependOnIt() {
        // before: also TM208 computed with the default direction, TM201 for the touchpoint whose 'kpi' is misspelt,
        // TM103 for the misspelt 'chanel' and TM204 for the channel that touchpoint meant
        assertEquals(List.of(
                "map.yaml:13:74: error TM108 'direction' of KPI 'attente' is 'lower-is-beter', not a valid KPI direction; "
                        + "did you mean 'lower-is-better'? allowed: higher-is-better, lower-is-better",
                "map.yaml:18:5: error TM101 unknown key 'kpi' in touchpoint 'essai'; did you mean 'kpis'?",
                "map.yaml:23:5: error TM101 unknown key 'chanel' in touchpoint 'appel'; did you mean 'channel'?"),
                Fixtures.diagnostics(OneCauseOneMessageTest.class, "refused-values"));
    }

    @Test
    void aReferenceToARefusedChannelIdIsOneMessageWithoutASuggestion(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop }
                stages: [{ id: purchase, name: Purchase, phase: purchase }]
                channels: [{ id: ★, name: Star, type: analog }]
                touchpoints:
                  - { id: checkout, name: Checkout, stage: purchase, channel: ★, kpis: [{ id: wait, name: Wait, target: 5 }] }
                """);
        assertEquals(List.of(
                "map.yaml:3:18: error TM104 'id' of a channel is '★', not a valid id; ids use lower-case letters, digits "
                        + "and dashes, at most 63 characters; correct the reference to this id the same way"),
                Fixtures.printed(map));
    }

    @Test
    void aMisspeltChannelReferenceIsNotFollowedByTheUnusedChannelItMeant(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop }
                stages: [{ id: purchase, name: Purchase, phase: purchase }]
                channels: [{ id: store, name: Store, type: analog }, { id: web, name: Website, type: digital }, { id: phone, name: Phone, type: analog }]
                touchpoints:
                  - { id: checkout, name: Checkout, stage: purchase, channel: webb, kpis: [{ id: wait, name: Wait, target: 5 }] }
                  - { id: till, name: Till, stage: purchase, channel: store, kpis: [{ id: queue, name: Queue, target: 5 }] }
                """);
        // before: also TM204 for 'web'; 'phone', which no reference resembles, is still reported
        assertEquals(List.of(
                "map.yaml:3:103: warning TM204 channel 'phone' has no touchpoint; add a touchpoint with 'channel: phone', "
                        + "or remove the channel",
                "map.yaml:5:63: error TM106 touchpoint 'checkout' refers to unknown channel 'webb'; did you mean 'web'?"),
                Fixtures.printed(map));
    }

    @Test
    void aValidStageIdThatIsNotUsedIsStillReportedWhenEveryTouchpointIsPlaced(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop }
                stages: [{ id: purchase, name: Purchase, phase: purchase }, { id: loyalty, name: Loyalty, phase: after-purchase }]
                channels: [{ id: store, name: Store, type: analog }]
                touchpoints:
                  - { id: checkout, name: Checkout, stage: purchase, channel: store, status: retird }
                """);
        // the misspelt status might have been 'retired', which needs no KPI: TM201 stays silent, TM203 still judges
        assertEquals(List.of(
                "map.yaml:2:67: warning TM203 stage 'loyalty' has no touchpoint; add a touchpoint with 'stage: loyalty', "
                        + "or remove the stage",
                "map.yaml:5:78: error TM108 'status' of touchpoint 'checkout' is 'retird', not a valid touchpoint status; "
                        + "did you mean 'retired'? allowed: idea, planned, active, retired"),
                Fixtures.printed(map));
    }
}
