package org.wirecheck.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;

/**
 * A copy's evidence in a review file ({@code copies[].origin}, docs/review-file.md): how it was obtained, the final
 * address, status, time, content type, SHA-256 and metadata, and for fetched or pasted copies the bytes themselves
 * (base64), checked against their SHA-256 when read.
 */
final class OriginJson {

    private OriginJson() {
    }

    static void write(Origin o, ObjectNode copy) {
        if (o.equals(Origin.NONE)) {
            return;
        }
        ObjectNode n = copy.putObject("origin");
        n.put("kind", o.kind().name().toLowerCase(Locale.ROOT));
        n.put("address", o.address());
        n.put("finalAddress", o.finalAddress());
        n.put("status", o.status());
        if (o.fetched() == null) {
            n.putNull("time");
        } else {
            n.put("time", o.fetched().toString());
        }
        n.put("contentType", o.contentType());
        n.put("sha256", o.sha256());
        ObjectNode m = n.putObject("metadata");
        m.put("title", o.metadata().title());
        m.put("siteName", o.metadata().siteName());
        m.put("author", o.metadata().author());
        m.put("published", o.metadata().published());
        m.put("modified", o.metadata().modified());
        if (o.kind() != Origin.Kind.FILE) {
            n.put("bytes", Base64.getEncoder().encodeToString(o.bytes()));
        }
    }

    /** The origin in {@code copy}, {@link Origin#NONE} when there is none (a file written before it existed). */
    static Origin read(JsonNode copy, Path file, String where) throws ReviewFileException {
        JsonNode n = copy.get("origin");
        if (n == null || n.isNull()) {
            return Origin.NONE;
        }
        String at = where + ".origin";
        if (!n.isObject()) {
            throw new ReviewFileException(file, at + " is not an object");
        }
        Origin.Kind kind;
        try {
            kind = Origin.Kind.valueOf(n.path("kind").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReviewFileException(file, at + ": unknown kind \"" + n.path("kind").asText("") + "\"");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(n.path("bytes").asText(""));
        } catch (IllegalArgumentException e) {
            throw new ReviewFileException(file, at + ".bytes is not base64");
        }
        String sha256 = n.path("sha256").asText("");
        if (bytes.length > 0 && !Origin.sha256(bytes).equalsIgnoreCase(sha256)) {
            throw new ReviewFileException(file, at + ".bytes do not match their SHA-256 (the evidence was altered)");
        }
        Instant time = null;
        if (n.hasNonNull("time")) {
            try {
                time = Instant.parse(n.get("time").asText());
            } catch (DateTimeParseException e) {
                throw new ReviewFileException(file, at + ".time is not an ISO 8601 instant");
            }
        }
        JsonNode m = n.path("metadata");
        Metadata metadata = new Metadata(m.path("title").asText(""), m.path("siteName").asText(""),
                m.path("author").asText(""), m.path("published").asText(""), m.path("modified").asText(""));
        return new Origin(kind, n.path("address").asText(""), n.path("finalAddress").asText(""),
                n.path("status").asInt(0), time, n.path("contentType").asText(""), sha256, bytes, metadata);
    }
}
