package io.touchmap.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.touchmap.LoadResult;
import io.touchmap.Maps;
import io.touchmap.Touchmap;
import io.touchmap.internal.text.Labels;
import io.touchmap.load.Limits;
import io.touchmap.load.MapSource;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.MapFormat;
import io.touchmap.render.html.HtmlFormat;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A live preview: renders the map's site in memory, serves it on a local address, notices a saved file of the map
 * within a poll or two, renders again, and reloads the open page.
 *
 * <p>The reload goes through one small script that only the preview adds to the pages it serves (it widens the
 * page's content security policy for that script and its requests alone); the site a render publishes stays
 * script-free. A save that gives the map errors serves their diagnostics in place of every page, and the next
 * valid save brings the map back.
 *
 * <p>The files of the map are polled, sizes and modification times, every {@value #POLL_MILLIS} ms: a map has few
 * files, and the JDK's watch service polls every few seconds on some systems. Each render after the first draws
 * only the KPI charts whose KPI changed ({@link HtmlFormat#remembering()}).
 */
public final class Preview implements AutoCloseable {

    /** The path under which the preview's own resources are served; no page of a site starts with it. */
    static final String OWN = "/_touchmap/";
    private static final long POLL_MILLIS = 25;
    /** How long a page's request for changes waits before it is answered "nothing new" and asked again. */
    private static final long WAIT_MILLIS = 25_000;
    private static final String RELOAD_SCRIPT = """
            (function () {
              var since = new URL(document.currentScript.src).searchParams.get("g");
              function wait() {
                fetch("/_touchmap/changes?since=" + since, { cache: "no-store" })
                  .then(function (response) { return response.text(); })
                  .then(function (generation) { if (generation !== since) { location.reload(); } else { wait(); } })
                  .catch(function () { setTimeout(wait, 1000); });
              }
              wait();
            })();
            """;

    private final Path source;
    private final Limits limits;
    private final ReportSettings settings;
    private final MapFormat site;
    private final Path base;
    private final Consumer<String> log;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final Thread watcher;

    /** Guards the fields below; waiting pages wait on it. */
    private final Object lock = new Object();
    private long generation;
    private Served served;
    /** When the files behind the pending render were saved (epoch ms), to tell how long a reload took; else 0. */
    private long savedAt;
    private long renderMillis;
    private volatile boolean closed;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** What the preview serves: the site's files, or a page of diagnostics for every page when the map has errors. */
    private record Served(Map<String, byte[]> files, byte[] errorPage) {
    }

    private Preview(Path source, Limits limits, ReportSettings settings, MapFormat site, Path base, Consumer<String> log,
            HttpServer server) {
        this.source = source;
        this.limits = limits;
        this.settings = settings;
        // the same map is rendered on every save: charts whose KPI did not change are not drawn again
        this.site = site instanceof HtmlFormat html ? html.remembering() : site;
        this.base = base;
        this.log = log;
        this.server = server;
        this.handlers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "touchmap-preview-request");
            thread.setDaemon(true);
            return thread;
        });
        this.watcher = new Thread(this::watch, "touchmap-preview-watcher");
        this.watcher.setDaemon(true);
    }

    /**
     * Renders the map in {@code source} and serves it on {@code host}:{@code port} (port 0 picks a free one) until
     * {@link #close()}.
     *
     * @throws IOException when the address cannot be listened on, such as a port already in use
     */
    static Preview start(Path source, Limits limits, ReportSettings settings, MapFormat site, Path base, String host, int port,
            Consumer<String> log) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            throw new IOException("cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + "; is another preview running? Choose another port (touchmap.port, or --port)", e);
        }
        Preview preview = new Preview(source, limits, settings, site, base, log, server);
        preview.served = preview.render();
        server.createContext("/", preview::handle);
        server.setExecutor(preview.handlers);
        server.start();
        preview.watcher.start();
        return preview;
    }

    /** The address the preview serves the site on, such as {@code http://127.0.0.1:8686/}. */
    public URI address() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Stops serving and watching. */
    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
        synchronized (lock) {
            lock.notifyAll();
        }
        server.stop(0);
        handlers.shutdownNow();
        stopped.countDown();
    }

    /** Loads and validates the map, logs what it says, and renders its site in memory; or the page of its errors. */
    private Served render() {
        long start = System.nanoTime();
        Maps maps = Touchmap.loadMaps(MapSource.directory(source), limits, settings.date());
        for (LoadResult result : maps.results()) {
            String language = settings.language() != null ? settings.language() : result.language();
            Touchmap.format(result, base, language).forEach(line -> log.accept("Touchmap: " + line));
            log.accept("Touchmap: " + result.summary() + " in " + shown(result.directory()));
        }
        Served rendered;
        if (maps.hasErrors()) {
            rendered = new Served(Map.of(), PreviewPages.errors(maps, base, settings.language()));
        } else {
            try {
                MemoryOutput output = new MemoryOutput();
                if (maps.collection()) {
                    MapCollection.render(maps.results(), List.of(site), settings, output, source);
                } else {
                    Report.render(maps.results().get(0), List.of(site), settings, output, source);
                }
                rendered = new Served(output.files(), null);
            } catch (IOException | RuntimeException e) {
                log.accept("Touchmap: cannot render the map: " + e.getMessage());
                rendered = new Served(Map.of(), PreviewPages.failure(e, Labels.forLanguage(language(maps))));
            }
        }
        renderMillis = (System.nanoTime() - start) / 1_000_000;
        return rendered;
    }

    private String language(Maps maps) {
        if (settings.language() != null) {
            return settings.language();
        }
        return maps.results().isEmpty() ? "en" : maps.results().get(0).language();
    }

    private String shown(Path path) {
        Path relative = base.relativize(path);
        return relative.toString().isEmpty() ? "." : relative.toString();
    }

    /** Polls the map's files; once a change has settled for one poll, renders again and wakes the waiting pages. */
    private void watch() {
        Map<Path, String> last = files();
        try {
            while (!closed) {
                Thread.sleep(POLL_MILLIS);
                Map<Path, String> now = files();
                if (now.equals(last)) {
                    continue;
                }
                // an editor may write a file in steps: wait until two polls agree
                Map<Path, String> settled;
                do {
                    settled = now;
                    Thread.sleep(POLL_MILLIS);
                    now = files();
                } while (!now.equals(settled));
                long saved = lastModified(now);
                last = now;
                Served rendered = render();
                synchronized (lock) {
                    served = rendered;
                    generation++;
                    savedAt = saved;
                    lock.notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The map's files with their sizes and modification times, hidden files (editors' backups) left out. */
    private Map<Path, String> files() {
        Map<Path, String> files = new TreeMap<>();
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(source) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!hidden(file)) {
                        files.put(file, attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // the directory is being replaced: the next poll sees it again
        }
        return files;
    }

    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#");
    }

    private static long lastModified(Map<Path, String> files) {
        return files.values().stream().mapToLong(state -> Long.parseLong(state.substring(state.indexOf('@') + 1))).max()
                .orElse(System.currentTimeMillis());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(OWN + "reload.js")) {
                send(exchange, 200, "text/javascript", RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(OWN + "changes")) {
                send(exchange, 200, "text/plain", String.valueOf(waitForChange(since(exchange.getRequestURI().getRawQuery())))
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                page(exchange, path);
            }
        }
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        String file = URLDecoder.decode(path, StandardCharsets.UTF_8).substring(1);
        if (file.isEmpty() || file.endsWith("/")) {
            file += "index.html";
        }
        Served now;
        long shownGeneration;
        long saved;
        synchronized (lock) {
            now = served;
            shownGeneration = generation;
            saved = savedAt;
        }
        boolean html = file.endsWith(".html");
        byte[] body = now.errorPage() != null && html ? now.errorPage() : now.files().get(file);
        if (body == null) {
            send(exchange, 404, "text/html", withReload(PreviewPages.notFound(file), shownGeneration));
            return;
        }
        send(exchange, 200, type(file), html ? withReload(body, shownGeneration) : body);
        if (html && saved != 0) {
            synchronized (lock) {
                if (savedAt == saved) {
                    savedAt = 0;
                    log.accept("Touchmap: page reloaded " + Math.max(0, System.currentTimeMillis() - saved)
                            + " ms after the save (rendered in " + renderMillis + " ms)");
                }
            }
        }
    }

    private static long since(String query) {
        if (query != null && query.startsWith("since=")) {
            try {
                return Long.parseLong(query.substring("since=".length()));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Waits until the generation differs from {@code since}, or a while; the generation then. */
    private long waitForChange(long since) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        synchronized (lock) {
            try {
                while (generation == since && !closed) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        break;
                    }
                    lock.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return generation;
        }
    }

    /**
     * The page with the reload script added before its end, and its content security policy widened for that script
     * and its requests: the preview's pages only.
     */
    static byte[] withReload(byte[] page, long generation) {
        String html = new String(page, StandardCharsets.UTF_8)
                .replace("content=\"default-src 'none';", "content=\"default-src 'none'; script-src 'self'; connect-src 'self';");
        String script = "<script src=\"" + OWN + "reload.js?g=" + generation + "\"></script>\n";
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("json")
                ? type + "; charset=utf-8" : type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "html" -> "text/html";
            case "css" -> "text/css";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "json" -> "application/json";
            case "pdf" -> "application/pdf";
            case "js" -> "text/javascript";
            default -> "text/plain";
        };
    }

    /** Blocks until {@link #close()} is called or the thread is interrupted. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }
}
