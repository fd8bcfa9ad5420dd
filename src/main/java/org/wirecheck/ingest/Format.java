package org.wirecheck.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kinds of file Wirecheck reads. Documents (Word, OpenDocument, PDF) are told apart by file name extension, a
 * PDF also by its first bytes; text files by extension and, for HTML, by the first markup.
 */
enum Format {
    PLAIN("text/plain"), MARKDOWN("text/markdown"), HTML("text/html"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"), PDF("application/pdf");

    private static final Pattern HTML_START =
            Pattern.compile("[\\s\\uFEFF]*+<(?:!doctype\\s+html|html)(?:[\\s>]|$)", Pattern.CASE_INSENSITIVE);

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type (MIME type) of the format. */
    String mediaType() {
        return mediaType;
    }

    /** DOCX, ODT or PDF when the name or (for PDF) the bytes say so; null for a text file. */
    static Format document(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        if (name.endsWith(".odt")) {
            return ODT;
        }
        if (name.endsWith(".pdf") || startsWith(bytes, "%PDF-")) {
            return PDF;
        }
        return null;
    }

    /** The document format a web server's content type names, else null. */
    static Format ofContentType(String type) {
        for (Format f : values()) {
            if (f.mediaType.equals(type)) {
                return f;
            }
        }
        return switch (type) {
            case "application/xhtml+xml" -> HTML;
            case "text/x-markdown" -> MARKDOWN;
            default -> null;
        };
    }

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

    private static boolean startsWith(byte[] bytes, String ascii) {
        if (bytes.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
