package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker, the W3C's HTML validator, finds no error in any page or in the stylesheet. */
class NuHtmlCheckerTest {

    /** Collects what the checker reports as errors; its warnings are advice, not invalidity. */
    private static final class Errors implements ErrorHandler {
        private final String file;
        private final List<String> found = new ArrayList<>();

        Errors(String file) {
            this.file = file;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"site-map", "hostile-map", "themed-map"})
    void everyPageAndTheStylesheetAreValid(String fixture) throws Exception {
        MemoryOutput site = Fixtures.render(fixture, ReportSettings.DEFAULT.withHistory(Fixtures.history(Fixtures.load(fixture))));
        assertTrue(site.files().containsKey("history.html"), "the History page is checked too");
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            String path = file.getKey();
            if (!path.endsWith(".html") && !path.endsWith(".css")) {
                continue;
            }
            Errors handler = new Errors(path);
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
            InputSource source = new InputSource(new ByteArrayInputStream(file.getValue()));
            source.setEncoding("UTF-8");
            source.setSystemId(path);
            if (path.endsWith(".css")) {
                validator.checkCssInputSource(source);
            } else {
                validator.checkHtmlInputSource(source);
            }
            errors.addAll(handler.found);
        }
        assertEquals(List.of(), errors);
    }
}
