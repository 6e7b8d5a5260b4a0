package io.touchmap.report;

import io.touchmap.LoadResult;
import io.touchmap.Maps;
import io.touchmap.Touchmap;
import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.MarkdownText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The pages the live preview shows in place of the site: the map's errors, a failed render, a page not found. */
final class PreviewPages {

    private PreviewPages() {
    }

    /** Every diagnostic of the maps that have errors, as the build prints them, in the maps' language. */
    static byte[] errors(Maps maps, Path base, String language) {
        String shown = language != null ? language : maps.results().isEmpty() ? "en" : maps.results().get(0).language();
        Labels labels = Labels.forLanguage(shown);
        StringBuilder body = new StringBuilder();
        for (LoadResult result : maps.results()) {
            if (!result.hasErrors()) {
                continue;
            }
            List<String> lines = Touchmap.format(result, base, language != null ? language : result.language());
            body.append("<h2>").append(MarkdownText.html(result.summary())).append("</h2>\n<ol>\n");
            for (String line : lines) {
                body.append("<li><code>").append(MarkdownText.html(line)).append("</code></li>\n");
            }
            body.append("</ol>\n");
        }
        return page(labels, labels.get("site.preview.errors"), labels.get("site.preview.fixAndSave"), body.toString());
    }

    /** A render that failed though the map is valid: its cause, for a report. */
    static byte[] failure(Exception cause, Labels labels) {
        return page(labels, labels.get("site.preview.failed"), labels.get("site.preview.fixAndSave"),
                "<pre>" + MarkdownText.html(String.valueOf(cause)) + "</pre>\n");
    }

    /** A path the site does not have. */
    static byte[] notFound(String path) {
        Labels labels = Labels.forLanguage("en");
        return page(labels, "Not found", "The site has no page " + path + ".", "<p><a href=\"/\">index.html</a></p>\n");
    }

    private static byte[] page(Labels labels, String title, String note, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"" + labels.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + MarkdownText.html(title) + "</title>\n<style>\n"
                + "body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }\n"
                + "h1 { color: #a40e26; } code { font: 14px/1.4 ui-monospace, monospace; white-space: pre-wrap; }\n"
                + "li { margin: .5rem 0; } .note { color: #59636e; }\n</style>\n</head>\n<body>\n<main>\n"
                + "<h1>" + MarkdownText.html(title) + "</h1>\n<p class=\"note\">" + MarkdownText.html(note) + "</p>\n"
                + body + "</main>\n</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
