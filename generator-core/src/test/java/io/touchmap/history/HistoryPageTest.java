package io.touchmap.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchmap.report.Outcome;
import io.touchmap.report.Request;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The History page and history.json of a rendered site, and the up-to-date stamp that includes the commits read. */
class HistoryPageTest {

    private static List<String> log(Outcome outcome) {
        return outcome.lines().stream().map(Outcome.Line::text).toList();
    }

    @Test
    void theSiteHasAHistoryPageAndHistoryJsonWhenAskedFor(@TempDir Path dir) throws Exception {
        Path map = HistoryTest.fiveTaggedVersions(dir.resolve("repo"));
        Path out = dir.resolve("site");
        Outcome outcome = Request.of(map).base(dir).output(out).formats(List.of("html")).history(12).render();
        assertTrue(log(outcome).stream().anyMatch(l -> l.matches("Touchmap: read 5 versions of the map's history \\(tags\\) in \\d+ ms")),
                String.join("\n", log(outcome)));
        String page = Files.readString(out.resolve("history.html"));
        List<String> rows = new java.util.ArrayList<>();
        Matcher row = Pattern.compile("<tr><th scope=\"row\">(v\\d) <code>[0-9a-f]{12}</code></th><td>([^<]*)</td><td>([^<]*)</td></tr>").matcher(page);
        while (row.find()) {
            rows.add(row.group(1) + " | " + row.group(2) + " | " + row.group(3));
        }
        assertEquals(List.of(
                "v5 | March 8, 2026 | 1 touchpoint changed, 1 removed; 1 KPI changed status",
                "v4 | March 7, 2026 | 1 touchpoint changed; 1 KPI changed status",
                "v3 | March 4, 2026 | 1 touchpoint changed; 1 KPI changed status",
                "v2 | March 3, 2026 | 1 touchpoint added",
                "v1 | March 2, 2026 | First version read"), rows);
        assertTrue(page.contains("<span class=\"vh\">v1 On target, v2 On target, v3 Off target, v4 Off target, v5 On target</span>"), page);
        assertTrue(page.contains("<rect x=\"24\" y=\"0\" width=\"10\" height=\"10\" class=\"status-off-target\"/>"), page);
        assertTrue(Files.readString(out.resolve("index.html")).contains("<a href=\"history.html\">History</a>"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("history.json").toFile());
        assertEquals(new ObjectMapper().readTree("{\"id\":\"late\",\"name\":\"Late deliveries\",\"statuses\":[null,\"off-target\",\"off-target\",\"off-target\",null]}"),
                json.get("kpis").get(2));
        assertEquals("1 version 1 tags false v1 null v2 1 touchpoint added", "1 version " + json.get("version") + " " + json.get("source").asText() + " "
                + json.get("shallow") + " " + json.get("versions").get(0).get("name").asText() + " " + json.get("versions").get(0).get("headline")
                + " " + json.get("versions").get(1).get("name").asText() + " " + json.get("versions").get(1).get("headline").asText());

        Outcome again = Request.of(map).base(dir).output(out).formats(List.of("html")).history(12).render();
        assertTrue(log(again).contains("Touchmap: site is up to date"), String.join("\n", log(again)));
        try (Git git = Git.open(dir.resolve("repo").toFile())) {
            Files.writeString(map.resolve("map.yaml"), Files.readString(map.resolve("map.yaml")).replace("value: 40", "value: 41"));
            git.add().addFilepattern("src/touchmap").call();
            git.commit().setMessage("v6").call();
            git.tag().setName("v6").call();
        }
        Files.writeString(map.resolve("map.yaml"), Files.readString(map.resolve("map.yaml")).replace("value: 41", "value: 40"));
        Outcome newTag = Request.of(map).base(dir).output(out).formats(List.of("html")).history(12).render();
        assertTrue(log(newTag).stream().anyMatch(l -> l.startsWith("Touchmap: read 6 versions")), String.join("\n", log(newTag)));
        assertTrue(log(newTag).stream().noneMatch(l -> l.endsWith("is up to date")), String.join("\n", log(newTag)));
    }

    @Test
    void withoutHistoryThereIsNoHistoryPage(@TempDir Path dir) throws Exception {
        Path map = HistoryTest.fiveTaggedVersions(dir.resolve("repo"));
        Path out = dir.resolve("site");
        Request.of(map).base(dir).output(out).formats(List.of("html")).render();
        assertTrue(Files.notExists(out.resolve("history.html")));
        assertTrue(Files.notExists(out.resolve("history.json")));
        assertTrue(!Files.readString(out.resolve("index.html")).contains("history.html"));
    }
}
