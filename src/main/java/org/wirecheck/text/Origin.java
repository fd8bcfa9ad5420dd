package org.wirecheck.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where a copy came from, kept as evidence: how it was obtained, the exact bytes received and their SHA-256, and for
 * a page fetched from the web the final address after redirects, the HTTP status, the content type and when it was
 * fetched. {@link #metadata()} is what the page or file says about its publication.
 *
 * @param kind         how the copy was obtained
 * @param address      the web address as given ({@code ""} for files and pasted text)
 * @param finalAddress the address the bytes came from after redirects ({@code ""} unless fetched)
 * @param status       the HTTP status of the final answer (0 unless fetched)
 * @param fetched      when the bytes were received or read, null when unknown
 * @param contentType  the content type the server gave ({@code ""} when none)
 * @param sha256       SHA-256 of {@code bytes}, lowercase hex ({@code ""} when the bytes are unknown)
 * @param bytes        the bytes exactly as received (empty when unknown); never changed, accessor returns a copy
 * @param metadata     title, site, author, times
 */
public record Origin(Kind kind, String address, String finalAddress, int status, Instant fetched,
                     String contentType, String sha256, byte[] bytes, Metadata metadata) {

    /** How a copy was obtained. */
    public enum Kind {
        /** Read from a file. */
        FILE,
        /** Fetched from a web address. */
        WEB,
        /** Pasted from the clipboard. */
        PASTED
    }

    /** Nothing known about the copy's origin (made in code, or read from an old review file). */
    public static final Origin NONE = new Origin(Kind.FILE, "", "", 0, null, "", "", new byte[0], Metadata.NONE);

    public Origin {
        Objects.requireNonNull(kind, "kind");
        address = Objects.requireNonNullElse(address, "");
        finalAddress = Objects.requireNonNullElse(finalAddress, "");
        contentType = Objects.requireNonNullElse(contentType, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
        bytes = bytes == null ? new byte[0] : bytes.clone();
        metadata = Objects.requireNonNullElse(metadata, Metadata.NONE);
    }

    /** A copy's bytes from a file or the clipboard, with their digest and what they say of their publication. */
    public static Origin of(Kind kind, byte[] bytes, String contentType, Metadata metadata) {
        return new Origin(kind, "", "", 0, null, contentType, sha256(bytes), bytes, metadata);
    }

    /** The SHA-256 of {@code bytes}, lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** How many bytes are kept. */
    public int size() {
        return bytes.length;
    }

    /** The content type without its parameters, lower case: {@code "text/html"}; {@code ""} when unknown. */
    public String mediaType() {
        return contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * What the text to compare was extracted from, for people ({@code "HTML page"}, {@code "PDF"},
     * {@code "Word document"}, {@code "OpenDocument text"}), or {@code ""} when the text is the bytes decoded as they
     * are (plain text, Markdown, unknown): then offsets index the decoded bytes, otherwise the extracted text.
     */
    public String extractedFrom() {
        return Media.of(mediaType()).extractedFrom;
    }

    /** The file name extension of the bytes' format, with its dot ({@code ".html"}; {@code ".bin"} when unknown). */
    public String extension() {
        return Media.of(mediaType()).extension;
    }

    /** The formats a copy's bytes may have: media types, what the text is extracted from, file name extension. */
    private enum Media {
        HTML(".html", "HTML page", "text/html", "application/xhtml+xml"),
        PDF(".pdf", "PDF", "application/pdf"),
        DOCX(".docx", "Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ODT(".odt", "OpenDocument text", "application/vnd.oasis.opendocument.text"),
        MARKDOWN(".md", "", "text/markdown"),
        PLAIN(".txt", "", "text/plain"),
        OTHER(".bin", "");

        private final String extension;
        private final String extractedFrom;
        private final String[] types;

        Media(String extension, String extractedFrom, String... types) {
            this.extension = extension;
            this.extractedFrom = extractedFrom;
            this.types = types;
        }

        static Media of(String type) {
            for (Media m : values()) {
                if (Arrays.asList(m.types).contains(type)) {
                    return m;
                }
            }
            return OTHER;
        }
    }

    /** Whether this copy was fetched from the web. */
    public boolean fetchedFromWeb() {
        return kind == Kind.WEB;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other && kind == other.kind && address.equals(other.address)
                && finalAddress.equals(other.finalAddress) && status == other.status
                && Objects.equals(fetched, other.fetched) && contentType.equals(other.contentType)
                && sha256.equals(other.sha256) && Arrays.equals(bytes, other.bytes)
                && metadata.equals(other.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, address, finalAddress, status, fetched, contentType, sha256, Arrays.hashCode(bytes),
                metadata);
    }

    @Override
    public String toString() {
        return "Origin[" + kind + " " + (finalAddress.isEmpty() ? address : finalAddress) + " status " + status
                + " sha256 " + sha256 + " " + bytes.length + " bytes]";
    }
}
