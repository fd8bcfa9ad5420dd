package org.wirecheck.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** The kinds of file Wirecheck reads, told apart by file name extension and, for HTML, by the first markup. */
enum Format {
    PLAIN, MARKDOWN, HTML;

    private static final Pattern HTML_START =
            Pattern.compile("[\\s\\uFEFF]*+<(?:!doctype\\s+html|html)(?:[\\s>]|$)", Pattern.CASE_INSENSITIVE);

    /**
     * HTML if the name ends in {@code .html}, {@code .htm} or {@code .xhtml}, or the text starts (after white space)
     * with {@code <!doctype html} or {@code <html}; Markdown if the name ends in {@code .md} or {@code .markdown};
     * otherwise plain text.
     */
    static Format detect(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || startsLikeHtml(text)) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        return PLAIN;
    }

    private static boolean startsLikeHtml(String text) {
        return HTML_START.matcher(text).lookingAt();
    }
}
