package org.wirecheck.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on 127.0.0.1 (a free port) for tests: nothing leaves the machine. Pages are added by path; each
 * answer is written by a handler that may redirect, stall or send any status, type and bytes.
 */
public final class LocalWeb implements AutoCloseable {

    /** Writes one answer. */
    @FunctionalInterface
    public interface Answer {
        void write(HttpExchange x) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-web");
        t.setDaemon(true);
        return t;
    });

    public LocalWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.start();
    }

    /** The full address of {@code path} ({@code "/a.html"}). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code answer} at {@code path}. */
    public LocalWeb on(String path, Answer answer) {
        server.createContext(path, x -> {
            try (x) {
                x.getRequestBody().readAllBytes();
                answer.write(x);
            }
        });
        return this;
    }

    /** Serves {@code body} at {@code path} with status 200 and {@code contentType}. */
    public LocalWeb page(String path, String contentType, byte[] body) {
        return on(path, x -> send(x, 200, contentType, body));
    }

    /** Serves an HTML page in UTF-8 (declared in the header). */
    public LocalWeb html(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers {@code status} with a {@code Location} header. */
    public LocalWeb redirect(String path, int status, String location) {
        return on(path, x -> {
            x.getResponseHeaders().add("Location", location);
            x.sendResponseHeaders(status, -1);
        });
    }

    /** Writes a whole answer. */
    public static void send(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            x.getResponseHeaders().add("Content-Type", contentType);
        }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    /** A simple news page: a title, a site name (og:site_name) and paragraphs in an article. */
    public static String newsPage(String site, String title, String text) {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title><meta property=\"og:site_name\" content=\"").append(site)
                .append("\"></head><body><nav>Home | World | Sport</nav><article><h1>").append(title).append("</h1>");
        for (String p : text.strip().split("\n\\s*\n")) {
            sb.append("<p>").append(p.strip()).append("</p>");
        }
        return sb.append("</article><footer>© ").append(site).append("</footer></body></html>").toString();
    }

    /** {@code s} in {@code charset}. */
    public static byte[] bytes(String s, Charset charset) {
        return s.getBytes(charset);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
