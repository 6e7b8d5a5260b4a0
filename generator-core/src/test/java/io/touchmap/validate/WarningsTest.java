package io.touchmap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.Fixtures;
import io.touchmap.LoadResult;
import io.touchmap.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TM201 to TM208: what a map lacks or gets wrong without being broken, reported as warnings. */
class WarningsTest {

    @Test
    void everyWarningIsReportedAtTheValueItIsAbout() {
        assertEquals(List.of(
                "map.yaml:4:11: warning TM203 stage 'loyalty' has no touchpoint; add a touchpoint with 'stage: loyalty', or remove the stage",
                "map.yaml:7:11: warning TM204 channel 'phone' has no touchpoint; add a touchpoint with 'channel: phone', or remove the channel",
                "map.yaml:18:18: warning TM208 KPI 'wait' has warning 4 on the good side of its target 5 (lower-is-better); set the warning between the target and the values that should alert",
                "map.yaml:21:23: warning TM205 KPI 'wait' has period '2026-01' after '2026-02'; list the values in chronological order",
                "map.yaml:22:23: warning TM206 KPI 'wait' has period '2026-02' twice; first at map.yaml:20:23; keep one value per period: the last one is used",
                "map.yaml:27:18: warning TM208 KPI 'basket' has warning 45 on the good side of its target 40 (higher-is-better); set the warning between the target and the values that should alert",
                "map.yaml:28:15: warning TM202 KPI 'smiles' has no target; add 'target:' so its status can be judged",
                "map.yaml:29:11: warning TM201 touchpoint 'receipt' has no KPI; add a KPI under 'kpis' to measure it",
                "map.yaml:31:3: warning TM207 the value proposition does not describe service, personalization; add '- component: service' and '- component: personalization' under 'components'"),
                Fixtures.diagnostics(WarningsTest.class, "warnings"));
    }

    @Test
    void warningsAloneDoNotMakeTheMapFail() {
        LoadResult result = Fixtures.load(WarningsTest.class, "warnings");
        assertFalse(result.hasErrors());
        assertEquals("0 errors, 9 warnings", result.summary());
        assertEquals(List.of(Severity.WARNING), result.diagnostics().stream().map(Diagnostic::severity).distinct().toList());
    }

    @Test
    void warningDiagnosticsCarryTheirCodeAndRelativePosition() {
        LoadResult result = Fixtures.load(WarningsTest.class, "warnings");
        Diagnostic duplicate = result.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.DUPLICATE_PERIOD).findFirst().orElseThrow();
        assertEquals("map.yaml", result.directory().relativize(duplicate.location().file()).toString());
        assertEquals(22, duplicate.location().line());
        assertEquals(23, duplicate.location().column());
        assertEquals("KPI 'wait' has period '2026-02' twice; first at map.yaml:20:23", duplicate.message().toString());
        assertEquals("keep one value per period: the last one is used", duplicate.hint().toString());
    }
}
