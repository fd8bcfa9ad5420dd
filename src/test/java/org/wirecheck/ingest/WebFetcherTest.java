package org.wirecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirecheck.testing.Documents;
import org.wirecheck.testing.LocalWeb;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Witness;

/** Fetching pages from a server the test starts on 127.0.0.1; nothing reaches the internet. */
class WebFetcherTest {

    private static final String STORY = """
            SEOUL, March 3 (Reuters) - North Korea will step up its nuclear programme, the Chey Institute said.

            The institute said 480 missiles had been tested since 2017.
            """;

    private final LocalWeb web = newWeb();
    private final WebFetcher fetcher = new WebFetcher(new WebFetcher.Limits(Duration.ofSeconds(5), 64 * 1024, 5));

    private static LocalWeb newWeb() {
        try {
            return new LocalWeb();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aPageIsReadLikeAnHtmlFileNamedAfterItsSiteWithItsEvidence() throws Exception {
        String html = LocalWeb.newsPage("Korea Daily", "Missiles tested", STORY);
        web.html("/story.html", html);
        Instant before = Instant.now();

        Witness w = fetcher.fetch(web.url("/story.html"));

        assertThat(w.name()).isEqualTo("Korea Daily");
        assertThat(w.source()).isEqualTo(web.url("/story.html"));
        assertThat(w.text()).isEqualTo("Missiles tested\n\nSEOUL, March 3 (Reuters) - North Korea will step up its "
                + "nuclear programme, the Chey Institute said.\n\nThe institute said 480 missiles had been tested "
                + "since 2017.");
        Origin o = w.origin();
        assertThat(o.kind()).isEqualTo(Origin.Kind.WEB);
        assertThat(o.status()).isEqualTo(200);
        assertThat(o.finalAddress()).isEqualTo(web.url("/story.html"));
        assertThat(o.bytes()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
        assertThat(o.sha256()).isEqualTo(Origin.sha256(html.getBytes(StandardCharsets.UTF_8))).hasSize(64);
        assertThat(o.fetched()).isBetween(before, Instant.now());
        assertThat(o.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(o.metadata().title()).isEqualTo("Missiles tested");
        assertThat(o.extractedFrom()).isEqualTo("HTML page");
    }

    @Test
    void withoutASiteNameTheCopyIsNamedAfterTheHost() throws Exception {
        web.html("/plain.html", "<html><body><p>" + STORY + "</p></body></html>");
        assertThat(fetcher.fetch(web.url("/plain.html")).name()).isEqualTo("127.0.0.1");
    }

    @Test
    void redirectsAreFollowedAndTheFinalAddressKept() throws Exception {
        web.redirect("/old", 301, "/middle").redirect("/middle", 302, web.url("/new"))
                .html("/new", LocalWeb.newsPage("Site", "T", STORY));

        Witness w = fetcher.fetch(web.url("/old"));

        assertThat(w.source()).isEqualTo(web.url("/old"));
        assertThat(w.origin().address()).isEqualTo(web.url("/old"));
        assertThat(w.origin().finalAddress()).isEqualTo(web.url("/new"));
        assertThat(w.text()).contains("Chey Institute");
    }

    @Test
    void aRedirectLoopAndTooManyRedirectsAreRefused() {
        web.redirect("/a", 302, "/b").redirect("/b", 302, "/a");
        assertThatThrownBy(() -> fetcher.fetch(web.url("/a"))).isInstanceOf(LoadException.class)
                .hasMessageStartingWith("redirect loop (" + web.url("/b") + " sends back to " + web.url("/a"));
        for (int i = 0; i < 8; i++) {
            web.redirect("/r" + i, 307, "/r" + (i + 1));
        }
        assertThatThrownBy(() -> fetcher.fetch(web.url("/r0"))).hasMessage("too many redirects (more than 5)");
    }

    @Test
    void theCharsetComesFromTheHeader() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        web.page("/latin.html", "text/html; charset=ISO-8859-1",
                LocalWeb.bytes("<html><body><p>Le café « Noël » a fermé.</p></body></html>", cp1252));
        assertThat(fetcher.fetch(web.url("/latin.html")).text()).isEqualTo("Le café « Noël » a fermé.");
    }

    @Test
    void withoutOneInTheHeaderTheCharsetComesFromThePagesMeta() throws Exception {
        Charset cyrillic = Charset.forName("windows-1251");
        web.page("/ru.html", "text/html", LocalWeb.bytes("<html><head><meta charset=\"windows-1251\"></head>"
                + "<body><p>Москва, 3 марта.</p></body></html>", cyrillic));
        web.page("/ru2.html", "text/html", LocalWeb.bytes("<html><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=koi8-r\"></head><body><p>Москва.</p></body></html>",
                Charset.forName("koi8-r")));

        assertThat(fetcher.fetch(web.url("/ru.html")).text()).isEqualTo("Москва, 3 марта.");
        assertThat(fetcher.fetch(web.url("/ru2.html")).text()).isEqualTo("Москва.");
    }

    @Test
    void aSlowServerTimesOut() {
        WebFetcher quick = new WebFetcher(new WebFetcher.Limits(Duration.ofMillis(400), 64 * 1024, 5));
        web.on("/slow", x -> sleep(3000));
        web.on("/trickle", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            for (int i = 0; i < 30; i++) {
                out.write("<p>slow</p>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(100);
            }
        });
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> quick.fetch(web.url("/slow")))
                .hasMessage("timed out (no complete answer within 0.4 s)");
        assertThatThrownBy(() -> quick.fetch(web.url("/trickle"))).hasMessageStartingWith("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aBodyOverTheLimitIsRefusedDeclaredOrNot() {
        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        web.page("/big", "text/plain", big);
        web.on("/chunked", x -> {
            x.getResponseHeaders().add("Content-Type", "text/plain");
            x.sendResponseHeaders(200, 0); // chunked: no length given
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    out.write(big, 0, 16 * 1024);
                }
            } catch (IOException e) {
                // the client hung up: expected
            }
        });
        assertThatThrownBy(() -> fetcher.fetch(web.url("/big")))
                .hasMessage("page too large (0.2 MB, limit 0.1 MB)");
        assertThatThrownBy(() -> fetcher.fetch(web.url("/chunked")))
                .hasMessage("page too large (over 0.1 MB, limit 0.1 MB)");
    }

    @Test
    void errorAnswersAreNamed() {
        web.on("/missing", x -> LocalWeb.send(x, 404, "text/html", "<p>Not here</p>".getBytes()));
        web.on("/gone", x -> LocalWeb.send(x, 410, "text/html", new byte[0]));
        web.on("/broken", x -> LocalWeb.send(x, 503, "text/html", new byte[0]));
        web.on("/private", x -> LocalWeb.send(x, 403, "text/html", new byte[0]));
        assertThatThrownBy(() -> fetcher.fetch(web.url("/missing"))).hasMessage("not found (HTTP 404)");
        assertThatThrownBy(() -> fetcher.fetch(web.url("/gone"))).hasMessage("gone (HTTP 410, the page was removed)");
        assertThatThrownBy(() -> fetcher.fetch(web.url("/broken"))).hasMessage("server error (HTTP 503)");
        assertThatThrownBy(() -> fetcher.fetch(web.url("/private")))
                .hasMessage("refused by the server (HTTP 403, the page needs a login or is blocked)");
    }

    @Test
    void anAnswerThatIsNotAPageOrTextIsRefused() {
        web.page("/photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        web.page("/empty.html", "text/html", new byte[0]);
        assertThatThrownBy(() -> fetcher.fetch(web.url("/photo.png")))
                .hasMessage("not a web page or text (the server sent image/png)");
        assertThatThrownBy(() -> fetcher.fetch(web.url("/empty.html"))).hasMessage("the page is empty");
    }

    @Test
    void plainTextAndPdfAnswersAreReadAsThoseFilesAre() throws Exception {
        web.page("/story.txt", "text/plain; charset=utf-8", STORY.getBytes(StandardCharsets.UTF_8));
        web.page("/print.pdf", "application/pdf", Documents.pdf("Print edition",
                List.of(List.of("SEOUL, March 3 - The Chey Institute said", "480 missiles were tested."))));

        Witness txt = fetcher.fetch(web.url("/story.txt"));
        Witness pdf = fetcher.fetch(web.url("/print.pdf"));

        assertThat(txt.text()).isEqualTo(STORY);
        assertThat(txt.origin().extractedFrom()).isEmpty();
        assertThat(pdf.text()).isEqualTo("SEOUL, March 3 - The Chey Institute said 480 missiles were tested.");
        assertThat(pdf.origin().metadata().title()).isEqualTo("Print edition");
    }

    @Test
    void aClosedPortIsRefusedAndOtherSchemesAreNotWebAddresses() throws Exception {
        String closed;
        try (LocalWeb other = new LocalWeb()) {
            closed = other.url("/x");
        }
        assertThatThrownBy(() -> fetcher.fetch(closed)).hasMessageStartingWith("connection refused by 127.0.0.1:");
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/a")).hasMessage(
                "not a web address (http:// or https:// and a host)");
        assertThatThrownBy(() -> fetcher.fetch("http://exa mple.org/")).hasMessageStartingWith("not a web address");
        assertThat(Loader.isWebAddress(" HTTPS://apnews.com/x")).isTrue();
        assertThat(Loader.isWebAddress("story.html")).isFalse();
    }

    @Test
    void hostsAndNetworkFailuresAreDescribedWithoutTheNetwork() {
        java.net.URI uri = java.net.URI.create("https://no-such-host.example/a");
        assertThat(HttpStatus.reason(new java.io.IOException(new java.net.UnknownHostException("x")), uri, null))
                .isEqualTo("no such host (no-such-host.example)");
        assertThat(HttpStatus.reason(new javax.net.ssl.SSLHandshakeException("bad certificate"), uri, null))
                .isEqualTo("secure connection failed (bad certificate)");
        assertThat(HttpStatus.reason(new java.net.http.HttpConnectTimeoutException("slow"), uri, null))
                .isEqualTo("timed out connecting to no-such-host.example");
        assertThat(HttpStatus.reason(new java.io.IOException(), uri, null))
                .isEqualTo("cannot be fetched (connection lost)");
        assertThat(WebFetcher.site(java.net.URI.create("https://www.apnews.com/article/x"))).isEqualTo("apnews.com");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
