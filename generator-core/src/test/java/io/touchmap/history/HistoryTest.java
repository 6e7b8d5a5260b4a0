package io.touchmap.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.touchmap.internal.text.Labels;
import io.touchmap.load.Limits;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.MapHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history of a map, read from the tags (else the commits) of the repository that holds it. */
class HistoryTest {

    private static final Labels ENGLISH = Labels.forLanguage("en");

    /** A repository whose map has five tagged versions, a tag that does not touch the map, and commits in between. */
    static Path fiveTaggedVersions(Path dir) throws IOException, GitAPIException {
        Path map = dir.resolve("src/touchmap");
        Files.createDirectories(map);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, map, map(35, 7, false), "v1", 1);
            commit(git, map, map(35, 7, true), "v2", 2);
            commit(git, map, map(20, 7, true), "v3", 3);
            Files.writeString(dir.resolve("README.md"), "docs\n");
            git.add().addFilepattern("README.md").call();
            git.commit().setMessage("docs").setAuthor(ident(4)).setCommitter(ident(4)).call();
            git.tag().setName("docs-only").call();
            commit(git, map, map(20, 9, true), null, 5);
            commit(git, map, map(20, 4, true), "v4", 6);
            commit(git, map, map(40, 4, false), "v5", 7);
        }
        return map;
    }

    private static String map(int nps, int wait, boolean delivery) {
        return """
                map: { id: shop, title: Shop }
                stages: [{ id: purchase, name: Purchase, phase: purchase }]
                channels: [{ id: store, name: Store, type: analog }, { id: web, name: Web, type: digital }]
                touchpoints:
                  - id: checkout
                    name: Checkout
                    stage: purchase
                    channel: store
                    kpis:
                      - { id: nps, name: NPS, target: 30, warning: 25, series: [{ period: 2026-01, value: %d }] }
                      - { id: wait, name: Waiting time, direction: lower-is-better, target: 5, warning: 8, series: [{ period: 2026-01, value: %d }] }
                """.formatted(nps, wait) + (delivery ? """
                  - id: delivery
                    name: Delivery
                    stage: purchase
                    channel: web
                    kpis: [{ id: late, name: Late deliveries, target: 2, series: [{ period: 2026-01, value: 1 }] }]
                """ : "");
    }

    private static void commit(Git git, Path map, String yaml, String tag, int day) throws IOException, GitAPIException {
        Files.writeString(map.resolve("map.yaml"), yaml, StandardCharsets.UTF_8);
        git.add().addFilepattern("src/touchmap").call();
        git.commit().setMessage(tag == null ? "change " + day : "release " + tag).setAuthor(ident(day)).setCommitter(ident(day)).call();
        if (tag != null) {
            git.tag().setName(tag).setAnnotated(true).setMessage(tag).setTagger(ident(day)).call();
        }
    }

    private static PersonIdent ident(int day) {
        return new PersonIdent("Team", "team@example.org", Instant.parse("2026-03-01T12:00:00Z").plusSeconds(86_400L * day), ZoneOffset.UTC);
    }

    private static List<String> statuses(MapHistory history, String kpi) {
        return history.versions().stream().map(v -> v.statuses().get(kpi)).map(s -> s == null ? "-" : s.keyword()).toList();
    }

    @Test
    void fiveTaggedVersionsGiveTheirHeadlinesAndEachKpisStatusOverTime(@TempDir Path dir) throws Exception {
        Path map = fiveTaggedVersions(dir);
        MapHistory history = History.read(map, 12, Limits.DEFAULT, null, ENGLISH);
        assertTrue(history.byTags());
        assertFalse(history.shallow());
        assertEquals(List.of("v1", "v2", "v3", "v4", "v5"), history.versions().stream().map(MapHistory.Version::name).toList());
        assertEquals(List.of("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-07", "2026-03-08"),
                history.versions().stream().map(v -> v.date().toString()).toList());
        List<String> headlines = new ArrayList<>();
        history.versions().forEach(v -> headlines.add(v.headline()));
        assertEquals(java.util.Arrays.asList(null,
                "1 touchpoint added",
                "1 touchpoint changed; 1 KPI changed status",
                "1 touchpoint changed; 1 KPI changed status",
                "1 touchpoint changed, 1 removed; 1 KPI changed status"), headlines);
        assertEquals(List.of("nps", "wait", "late"), history.kpis().stream().map(MapHistory.KpiLine::id).toList());
        assertEquals(List.of("on-target", "on-target", "off-target", "off-target", "on-target"), statuses(history, "nps"));
        assertEquals(List.of("warning", "warning", "warning", "on-target", "on-target"), statuses(history, "wait"));
        assertEquals(List.of("-", "off-target", "off-target", "off-target", "-"), statuses(history, "late"));
        assertEquals(2, History.read(map, 2, Limits.DEFAULT, null, ENGLISH).versions().size());
    }

    @Test
    void withoutTagsTheLastCommitsThatTouchedTheMapAreItsVersions(@TempDir Path dir) throws Exception {
        Path map = fiveTaggedVersions(dir);
        try (Git git = Git.open(dir.toFile())) {
            for (String tag : List.of("v1", "v2", "v3", "v4", "v5", "docs-only")) {
                git.tagDelete().setTags(tag).call();
            }
        }
        MapHistory history = History.read(map, 3, Limits.DEFAULT, null, ENGLISH);
        assertFalse(history.byTags());
        assertEquals(3, history.versions().size());
        assertEquals(List.of("off-target", "on-target", "on-target"), statuses(history, "wait"));
        assertEquals(6, History.read(map, 12, Limits.DEFAULT, null, ENGLISH).versions().size());
    }

    @Test
    void aShallowCloneSaysThatOlderVersionsAreMissingInsteadOfFailing(@TempDir Path dir) throws Exception {
        Path origin = dir.resolve("origin");
        fiveTaggedVersions(origin);
        Path clone = dir.resolve("clone");
        assumeTrue(run(dir, "git", "clone", "-q", "--depth", "2", origin.toUri().toString(), clone.toString()),
                "git is not installed");
        MapHistory history = History.read(clone.resolve("src/touchmap"), 12, Limits.DEFAULT, null, ENGLISH);
        assertTrue(history.shallow());
        assertEquals(2, history.versions().size());
    }

    private static boolean run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
