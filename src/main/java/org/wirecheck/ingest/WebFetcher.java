package org.wirecheck.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Witness;

/**
 * Fetches a web page as a copy of the story with the JDK's HTTP client (decision record 0017): redirects followed
 * (at most {@link Limits#maxRedirects()}, a loop refused), one time-out for the whole fetch, a size limit, the
 * charset from the header or the page. The page is read like an HTML file (its article text extracted, nothing run,
 * nothing else fetched); plain text, Markdown, PDF, Word and OpenDocument answers are read as those files are. The
 * copy is named after the site (its {@code og:site_name}, else its host) and keeps the evidence as its
 * {@link Origin}: the bytes, final address, status, time and SHA-256.
 */
public final class WebFetcher {

    /**
     * How far a fetch may go.
     *
     * @param timeout      for the whole fetch, redirects included
     * @param maxBytes     the largest body accepted
     * @param maxRedirects the most redirects followed
     */
    public record Limits(Duration timeout, long maxBytes, int maxRedirects) {

        /** 20 seconds, 20 MB, 10 redirects. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(20), Decoder.MAX_BYTES, 10);
    }

    private static final String USER_AGENT = "Wirecheck/0.1 (comparison reader for fact-checkers)";
    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,"
            + "*/*;q=0.1";

    private final Limits limits;
    private HttpClient client;

    /** A fetcher with the {@link Limits#DEFAULT default limits}. */
    public WebFetcher() {
        this(Limits.DEFAULT);
    }

    public WebFetcher(Limits limits) {
        this.limits = limits;
    }

    /**
     * The HTTP client, made at the first fetch: making one sets up TLS (the default SSL context, its trust store),
     * which the command line and the window should not pay for at start when no address is given.
     */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(limits.timeout()).build();
        }
        return client;
    }

    /**
     * Fetches {@code address} and reads it.
     *
     * @throws LoadException with a one-line reason: no such host, refused, timed out, not found (HTTP 404), not a
     *                       web page, too large, a redirect loop...
     */
    public Witness fetch(String address) throws LoadException {
        URI uri = parse(address);
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        List<URI> seen = new ArrayList<>(List.of(uri));
        while (true) {
            HttpResponse<byte[]> r = get(uri, deadline);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && r.headers().firstValue("location").isPresent()) {
                uri = next(uri, r.headers().firstValue("location").get(), seen);
                continue;
            }
            String why = HttpStatus.refusal(status);
            if (why != null) {
                throw new LoadException(why);
            }
            return read(address, uri, r);
        }
    }

    private Witness read(String address, URI at, HttpResponse<byte[]> r) throws LoadException {
        String contentType = r.headers().firstValue("content-type").orElse("");
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        Format format = media.isEmpty() ? null : Format.ofContentType(media);
        if (!media.isEmpty() && format == null) {
            throw new LoadException("not a web page or text (the server sent " + media + ")");
        }
        byte[] body = r.body();
        if (body == null) {
            long size = r.headers().firstValueAsLong("content-length").orElse(-1);
            throw new LoadException(LimitedBody.tooLarge(size, limits.maxBytes()));
        }
        if (body.length == 0) {
            throw new LoadException("the page is empty");
        }
        Charset charset = Charsets.fromContentType(contentType)
                .orElse(format == null || format == Format.HTML ? Charsets.fromMeta(body).orElse(null) : null);
        Extracted e = Loader.read(at.getPath() == null ? "" : at.getPath(), body, format, charset);
        Origin origin = new Origin(Origin.Kind.WEB, address.strip(), at.toString(), r.statusCode(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                contentType, Origin.sha256(body), body, e.metadata());
        String name = e.metadata().siteName().isEmpty() ? site(at) : e.metadata().siteName();
        return new Witness(name, address.strip(), e.text(), e.hidden(), origin);
    }

    /** The host without a leading {@code www.}: "apnews.com". */
    static String site(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static URI parse(String address) throws LoadException {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new LoadException("not a web address (http:// or https:// and a host)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new LoadException("not a web address (" + e.getReason() + ")");
        }
    }

    private URI next(URI from, String location, List<URI> seen) throws LoadException {
        URI to;
        try {
            to = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new LoadException("redirected to an address that is not valid (" + location + ")");
        }
        if (seen.contains(to)) {
            throw new LoadException("redirect loop (" + from + " sends back to " + to + ")");
        }
        if (seen.size() > limits.maxRedirects()) {
            throw new LoadException("too many redirects (more than " + limits.maxRedirects() + ")");
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new LoadException("redirected to something other than a web page (" + to + ")");
        }
        seen.add(to);
        return to;
    }

    private HttpResponse<byte[]> get(URI uri, long deadline) throws LoadException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut();
        }
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(left))
                .header("User-Agent", USER_AGENT).header("Accept", ACCEPT).build();
        CompletableFuture<HttpResponse<byte[]>> f = client().sendAsync(request,
                LimitedBody.handler(limits.maxBytes()));
        try {
            return f.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new LoadException("fetching was cancelled");
        } catch (ExecutionException e) {
            throw new LoadException(HttpStatus.reason(e.getCause(), uri, this::timedOut));
        }
    }

    private LoadException timedOut() {
        double seconds = limits.timeout().toMillis() / 1000.0;
        return new LoadException("timed out (no complete answer within "
                + (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s)");
    }
}
