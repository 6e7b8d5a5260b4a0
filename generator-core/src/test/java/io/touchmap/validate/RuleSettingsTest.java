package io.touchmap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.Fixtures;
import io.touchmap.LoadResult;
import io.touchmap.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code map.rules}: unknown and non-adjustable codes are refused; warnings can be raised to errors or ignored. */
class RuleSettingsTest {

    @Test
    void rulesNameKnownWarningCodesAndChangeTheirSeverity() {
        assertEquals(List.of(
                "map.yaml:4:12: error TM106 map.rules names unknown rule 'TM990'; rules that can be changed: TM201, TM202, TM203, TM204, TM205, TM206, TM207, TM208, TM209, TM210, TM211, TM212, TM213, TM220",
                "map.yaml:4:26: error TM115 map.rules changes the severity of 'TM101', which is always an error; remove it from map.rules; only warnings can be changed: TM201, TM202, TM203, TM204, TM205, TM206, TM207, TM208, TM209, TM210, TM211, TM212, TM213, TM220",
                "map.yaml:4:70: error TM106 map.rules names unknown rule 'TM2O4'; did you mean 'TM204'?",
                "map.yaml:4:93: error TM108 rule 'TM205' in map.rules is 'fatal', not a valid severity; allowed: error, warning, ignore",
                "map.yaml:10:11: warning TM204 channel 'web' has no touchpoint; add a touchpoint with 'channel: web', or remove the channel",
                "map.yaml:12:9: error TM201 touchpoint 'checkout' has no KPI; add a KPI under 'kpis' to measure it",
                "map.yaml:16:5: error TM101 unknown key 'chanel' in touchpoint 'checkout'; did you mean 'channel'?"),
                Fixtures.diagnostics(RuleSettingsTest.class, "rules"));
    }

    @Test
    void aWarningRaisedToErrorFailsTheMap() {
        LoadResult result = Fixtures.load(RuleSettingsTest.class, "rules");
        Diagnostic raised = result.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.TOUCHPOINT_WITHOUT_KPI).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, raised.severity());
        assertTrue(result.errors().contains(raised));
    }

    @Test
    void anIgnoredWarningIsNotReportedAtAll() {
        LoadResult result = Fixtures.load(RuleSettingsTest.class, "rules");
        assertEquals(List.of("loyalty"), result.map().coverage().emptyStages().stream().map(s -> s.id()).toList());
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.EMPTY_STAGE).toList());
    }

    @Test
    void aWarningSetToWarningKeepsItsSeverity() {
        LoadResult result = Fixtures.load(RuleSettingsTest.class, "rules");
        List<Severity> unused = result.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.UNUSED_CHANNEL).map(Diagnostic::severity).toList();
        assertEquals(List.of(Severity.WARNING), unused);
    }
}
