package org.wirecheck.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/** The one-line reasons of a failed fetch: an HTTP status that is not a page, or what went wrong on the way. */
final class HttpStatus {

    private HttpStatus() {
    }

    /** Why an answer with {@code status} is not a page, or null when it is one (2xx). */
    static String refusal(int status) {
        if (status >= 200 && status < 300) {
            return null;
        }
        return switch (status) {
            case 401, 403 -> "refused by the server (HTTP " + status + ", the page needs a login or is blocked)";
            case 404 -> "not found (HTTP 404)";
            case 410 -> "gone (HTTP 410, the page was removed)";
            case 429 -> "refused by the server (HTTP 429, too many requests; try again later)";
            default -> status >= 500 ? "server error (HTTP " + status + ")"
                    : status >= 300 && status < 400 ? "redirect without a new address (HTTP " + status + ")"
                    : "no page (HTTP " + status + ")";
        };
    }

    /** The reason for a failure {@code cause} while fetching {@code uri}. */
    static String reason(Throwable cause, URI uri, Supplier<LoadException> timedOut) {
        Throwable c = cause;
        while (c != null) {
            if (c instanceof LimitedBody.TooLarge t) {
                return t.getMessage();
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return "no such host (" + uri.getHost() + ")";
            }
            if (c instanceof HttpConnectTimeoutException) {
                return "timed out connecting to " + uri.getHost();
            }
            if (c instanceof HttpTimeoutException) {
                return timedOut.get().getMessage();
            }
            if (c instanceof ConnectException) {
                return "connection refused by " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            }
            if (c instanceof SSLException) {
                return "secure connection failed (" + c.getMessage() + ")";
            }
            c = c.getCause();
        }
        String m = cause == null ? null : cause.getMessage();
        return "cannot be fetched (" + (m == null || m.isBlank() ? cause instanceof IOException ? "connection lost"
                : String.valueOf(cause) : m.strip()) + ")";
    }
}
