package io.touchmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview, served on a free port: what a browser fetches, and what it fetches after a save. */
class PreviewTest {

    @TempDir
    Path work;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> log = new CopyOnWriteArrayList<>();

    private Path map() throws Exception {
        Path map = work.resolve("map");
        Files.createDirectories(map);
        try (Stream<Path> files = Files.list(Path.of(PreviewTest.class.getResource("/io/touchmap/render/html/site-map").toURI()))) {
            for (Path file : files.toList()) {
                Files.copy(file, map.resolve(file.getFileName()));
            }
        }
        return map;
    }

    private HttpResponse<String> get(Preview preview, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(preview.address().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Fetches {@code path} until its body passes {@code test}, for at most 10 s; the last body. */
    private String awaitPage(Preview preview, String path, Predicate<String> test) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        String body = get(preview, path).body();
        while (!test.test(body) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            body = get(preview, path).body();
        }
        return body;
    }

    /** Writes {@code text} as a save in an editor does, with a modification time that tells it from the last one. */
    private static void save(Path file, String text) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        if (Files.getLastModifiedTime(file).equals(before)) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1000));
        }
    }

    @Test
    void servesTheSiteThenTheChangeASaveMakesThenTheErrorsOfAnInvalidSaveThenTheMapAgain() throws Exception {
        Path map = map();
        Path touchpoints = map.resolve("touchpoints.yaml");
        String original = Files.readString(touchpoints);
        try (Preview preview = Request.of(map).base(work).preview("127.0.0.1", 0, log::add)) {
            assertEquals("127.0.0.1", preview.address().getHost());
            HttpResponse<String> index = get(preview, "/");
            assertEquals(200, index.statusCode());
            assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(index.body().contains("Online checkout"), index.body());
            assertTrue(index.body().contains("<script src=\"/_touchmap/reload.js?g=0\"></script>\n</body>"), index.body());
            assertTrue(index.body().contains("content=\"default-src 'none'; script-src 'self'; connect-src 'self';"), index.body());
            assertEquals(200, get(preview, "/style.css").statusCode());
            assertEquals(404, get(preview, "/no-such-page.html").statusCode());

            save(touchpoints, original.replace("name: Online checkout", "name: Express checkout"));
            String changed = awaitPage(preview, "/", body -> body.contains("Express checkout"));
            assertTrue(changed.contains("Express checkout"), changed);
            assertFalse(changed.contains("Online checkout"), changed);
            assertEquals("1", get(preview, "/_touchmap/changes?since=0").body());

            save(touchpoints, original + "\n\tname: tabbed\n");
            String errors = awaitPage(preview, "/touchpoints/online-checkout.html", body -> body.contains("The map has errors"));
            assertTrue(errors.contains("<h1>The map has errors</h1>"), errors);
            assertTrue(errors.contains("touchpoints.yaml:"), errors);
            assertTrue(errors.contains("error TM001 a tab character is used for indentation"), errors);

            save(touchpoints, original);
            String back = awaitPage(preview, "/", body -> body.contains("Online checkout"));
            assertTrue(back.contains("Online checkout"), back);
            assertTrue(log.stream().anyMatch(line -> line.matches("Touchmap: page reloaded \\d+ ms after the save \\(rendered in \\d+ ms\\)")),
                    String.join("\n", log));
            log.stream().filter(line -> line.startsWith("Touchmap: page reloaded")).forEach(System.out::println);
        }
    }

    @Test
    void theReloadScriptAsksForChangesAndOnlyGetAndHeadAreAnswered() throws Exception {
        try (Preview preview = Request.of(map()).base(work).preview("127.0.0.1", 0, log::add)) {
            HttpResponse<String> script = get(preview, "/_touchmap/reload.js");
            assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(script.body().contains("fetch(\"/_touchmap/changes?since=\" + since"), script.body());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(preview.address())
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        }
    }

    @Test
    void aPortInUseIsAnErrorThatSaysWhatToDo() throws Exception {
        Path map = map();
        try (Preview first = Request.of(map).base(work).preview("127.0.0.1", 0, log::add)) {
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> Request.of(map).base(work).preview("127.0.0.1", first.address().getPort(), log::add));
            assertTrue(e.getMessage().startsWith("cannot serve on 127.0.0.1:" + first.address().getPort() + ": "), e.getMessage());
            assertTrue(e.getMessage().endsWith("is another preview running? Choose another port (touchmap.port, or --port)"), e.getMessage());
        }
    }

    @Test
    void thePublishedSiteHasNoScriptOnlyThePreviewAddsOne() {
        byte[] page = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'\"></head><body></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'\"></head>"
                + "<body><script src=\"/_touchmap/reload.js?g=3\"></script>\n</body></html>",
                new String(Preview.withReload(page, 3), java.nio.charset.StandardCharsets.UTF_8));
    }
}
