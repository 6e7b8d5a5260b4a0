package io.touchmap.diagnostic;

import io.touchmap.model.Location;
import io.touchmap.internal.json.JsonWriter;
import io.touchmap.internal.text.Labels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a map's diagnostics as a SARIF 2.1.0 log, so that a forge's code scanning shows each one on the file, line
 * and column it is about, with its rule code and the rule's meaning as help.
 *
 * <pre>{@code
 * String sarif = SarifReport.of(Touchmap.load(dir).diagnostics(), projectBase);
 * }</pre>
 *
 * <p>File URIs are relative to {@code base} (the project or repository root) with the base id {@code %SRCROOT%}, as
 * code scanning expects; the log holds no absolute path, so it is the same on every machine.
 */
public final class SarifReport {

    /** The official schema of the format. */
    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** The base id that relative file URIs are resolved against. */
    public static final String SOURCE_ROOT = "%SRCROOT%";

    private SarifReport() {
    }

    /** The SARIF log of {@code diagnostics} in English, with file URIs relative to {@code base}. */
    public static String of(List<Diagnostic> diagnostics, Path base) {
        return of(diagnostics, base, diagnostic -> "en");
    }

    /**
     * The SARIF log of {@code diagnostics}, each message written in the language {@code language} gives for it
     * ({@code en} or {@code fr}: the goal's locale, else the locale of the map it is about), with file URIs relative
     * to {@code base}. Rule ids and descriptions stay the same in every language.
     */
    public static String of(List<Diagnostic> diagnostics, Path base, Function<? super Diagnostic, String> language) {
        JsonWriter json = new JsonWriter().beginObject()
                .name("$schema").value(SCHEMA)
                .name("version").value("2.1.0")
                .name("runs").beginArray().beginObject();
        json.name("tool").beginObject().name("driver").beginObject()
                .name("name").value("Touchmap")
                .name("rules").beginArray();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            json.beginObject()
                    .name("id").value(code.code())
                    .name("name").value(ruleName(code))
                    .name("shortDescription").beginObject().name("text").value(code.meaning()).endObject()
                    .name("help").beginObject().name("text").value(code.meaning()).endObject()
                    .name("defaultConfiguration").beginObject().name("level").value(code.defaultSeverity().label()).endObject()
                    .endObject();
        }
        json.endArray().endObject().endObject();
        json.name("columnKind").value("unicodeCodePoints");
        json.name("results").beginArray();
        for (Diagnostic diagnostic : diagnostics) {
            result(json, diagnostic, base, Labels.forLanguage(language.apply(diagnostic)));
        }
        json.endArray();
        return json.endObject().endArray().endObject().toString();
    }

    private static void result(JsonWriter json, Diagnostic diagnostic, Path base, Labels labels) {
        Location at = diagnostic.location();
        json.beginObject()
                .name("ruleId").value(diagnostic.code().code())
                .name("ruleIndex").value(diagnostic.code().ordinal())
                .name("level").value(diagnostic.severity().label())
                .name("message").beginObject().name("text").value(diagnostic.text(base, labels)).endObject()
                .name("locations").beginArray().beginObject()
                .name("physicalLocation").beginObject()
                .name("artifactLocation").beginObject();
        Path file = at.file().toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        if (file.startsWith(root) && !file.equals(root)) {
            json.name("uri").value(relativeUri(root.relativize(file))).name("uriBaseId").value(SOURCE_ROOT);
        } else {
            json.name("uri").value(file.toUri().toASCIIString());
        }
        json.endObject();
        if (at.hasLine()) {
            json.name("region").beginObject().name("startLine").value(at.line()).name("startColumn").value(Math.max(1, at.column())).endObject();
        }
        json.endObject().endObject().endArray().endObject();
    }

    /** A relative URI reference: each path segment percent-encoded as UTF-8 except unreserved characters. */
    static String relativeUri(Path relative) {
        StringBuilder uri = new StringBuilder();
        for (Path segment : relative) {
            if (!uri.isEmpty()) {
                uri.append('/');
            }
            for (byte b : segment.toString().getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xFF);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                    uri.append(c);
                } else {
                    uri.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return uri.toString();
    }

    /** {@code UnknownReference} for {@link DiagnosticCode#UNKNOWN_REFERENCE}. */
    private static String ruleName(DiagnosticCode code) {
        return Arrays.stream(code.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .reduce("", String::concat);
    }
}
