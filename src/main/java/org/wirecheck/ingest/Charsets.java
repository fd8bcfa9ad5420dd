package org.wirecheck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a web page declares: in its {@code Content-Type} header, else in a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">} within its first 4 KB (the HTML standard's prescan, simplified).
 * ISO-8859-1 and US-ASCII are read as Windows-1252, as browsers do.
 */
final class Charsets {

    private static final Pattern PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:+-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?([A-Za-z0-9._:+-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final int PRESCAN = 4096;

    private Charsets() {
    }

    /** The charset named by a {@code Content-Type} value, if it names one Java knows. */
    static Optional<Charset> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = PARAM.matcher(contentType);
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    /** The charset a page's {@code <meta>} declares in its first bytes, if any. */
    static Optional<Charset> fromMeta(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
