package org.wirecheck.review;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirecheck.files.AtomicWriter;
import org.wirecheck.text.TextRange;

/**
 * Reads and writes review files ({@code .wirecheck}): UTF-8 JSON with a format name and version, the copies (path,
 * SHA-256, text, and the evidence of how each was obtained: {@link OriginJson}), the options and one entry per
 * reviewed discrepancy (docs/review-file.md). Writing is atomic;
 * reading checks everything and fails with a {@link ReviewFileException} that says what is wrong, never changing
 * the file.
 */
public final class ReviewFile {

    /** The file name extension, without the dot. */
    public static final String EXTENSION = "wirecheck";
    /** The value of the {@code format} field. */
    public static final String FORMAT = "wirecheck-review";
    /** The version this code writes and the newest it reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReviewFile() {
    }

    /** Writes {@code doc} to {@code target} atomically (an existing file is replaced in one step). */
    public static void write(ReviewDocument doc, Path target) throws IOException {
        AtomicWriter.write(target, bytes(doc));
    }

    /** The file's bytes: pretty-printed UTF-8 JSON ending with a line break. */
    public static byte[] bytes(ReviewDocument doc) throws JsonProcessingException {
        return (PRETTY.writeValueAsString(toJson(doc)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a review file.
     *
     * @throws ReviewFileException when it cannot be read or is not a complete review file of a known version
     */
    public static ReviewDocument read(Path file) throws ReviewFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReviewFileException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new ReviewFileException(file, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new ReviewFileException(file, Files.isDirectory(file) ? "is a folder" : "cannot be read: "
                    + e.getMessage());
        }
        return fromJson(parse(file, bytes), file);
    }

    /** Parses one JSON value, with a message for people when it is empty, cut off or not JSON. */
    static JsonNode parse(Path file, byte[] bytes) throws ReviewFileException {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new ReviewFileException(file, "the file is empty");
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new ReviewFileException(file, "the file is empty");
            }
            return node;
        } catch (JsonEOFException e) {
            throw new ReviewFileException(file, "the file is cut off (truncated) at line "
                    + e.getLocation().getLineNr() + "; it may have been copied incompletely");
        } catch (JsonParseException e) {
            throw new ReviewFileException(file, "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " (damaged, or not a review file)");
        } catch (IOException e) {
            throw new ReviewFileException(file, "cannot be read: " + e.getMessage());
        }
    }

    static ObjectNode toJson(ReviewDocument doc) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("tool", doc.tool());
        ObjectNode options = root.putObject("options");
        if (doc.reference() == null) {
            options.putNull("reference");
        } else {
            options.put("reference", doc.reference());
        }
        ArrayNode copies = root.putArray("copies");
        for (SavedCopy c : doc.copies()) {
            ObjectNode n = copies.addObject();
            n.put("name", c.name());
            n.put("path", c.path());
            n.put("sha256", c.sha256());
            ArrayNode hidden = n.putArray("hidden");
            for (TextRange r : c.hidden()) {
                hidden.addArray().add(r.start()).add(r.end());
            }
            n.put("text", c.text());
            OriginJson.write(c.origin(), n);
        }
        ArrayNode entries = root.putArray("entries");
        for (ReviewItem i : doc.state().items()) {
            entries.add(itemJson(i));
        }
        return root;
    }

    static ObjectNode itemJson(ReviewItem i) {
        ObjectNode n = NODES.objectNode();
        n.put("key", i.key());
        n.put("verdict", i.verdict().id());
        n.put("note", i.note());
        n.put("summary", i.summary());
        return n;
    }

    /** One line of compact JSON (no line breaks inside), for the recovery journal. */
    static String line(JsonNode node) throws JsonProcessingException {
        return JSON.writeValueAsString(node);
    }

    static ReviewDocument fromJson(JsonNode root, Path file) throws ReviewFileException {
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new ReviewFileException(file, "not a Wirecheck review file (no \"format\": \"" + FORMAT + "\")");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt()) {
            throw new ReviewFileException(file, "no format version");
        }
        if (version.asInt() > VERSION) {
            throw new ReviewFileException(file, "made by a newer Wirecheck (review file version " + version.asInt()
                    + "); this version reads version " + VERSION + " only");
        }
        if (version.asInt() < 1) {
            throw new ReviewFileException(file, "unknown review file version " + version.asInt());
        }
        String tool = root.path("tool").asText("");
        JsonNode options = object(root, "options", file, "");
        JsonNode ref = options.get("reference");
        String reference = ref == null || ref.isNull() ? null : text(options, "reference", file, "options");
        List<SavedCopy> copies = new ArrayList<>();
        JsonNode copyArray = array(root, "copies", file);
        for (int i = 0; i < copyArray.size(); i++) {
            copies.add(copy(copyArray.get(i), file, "copies[" + i + "]"));
        }
        if (reference != null && copies.stream().noneMatch(c -> c.path().equals(reference))) {
            throw new ReviewFileException(file, "the reference " + reference + " is none of the copies");
        }
        List<ReviewItem> items = new ArrayList<>();
        JsonNode entries = array(root, "entries", file);
        for (int i = 0; i < entries.size(); i++) {
            items.add(item(entries.get(i), file, "entries[" + i + "]"));
        }
        return new ReviewDocument(tool, copies, reference, ReviewState.of(items));
    }

    private static SavedCopy copy(JsonNode n, Path file, String where) throws ReviewFileException {
        if (!n.isObject()) {
            throw new ReviewFileException(file, where + " is not an object");
        }
        String text = text(n, "text", file, where);
        List<TextRange> hidden = new ArrayList<>();
        JsonNode h = n.get("hidden");
        if (h != null && !h.isNull()) {
            if (!h.isArray()) {
                throw new ReviewFileException(file, where + ".hidden is not a list");
            }
            for (JsonNode r : h) {
                if (!r.isArray() || r.size() != 2 || !r.get(0).canConvertToInt() || !r.get(1).canConvertToInt()
                        || r.get(0).asInt() < 0 || r.get(0).asInt() > r.get(1).asInt()
                        || r.get(1).asInt() > text.length()) {
                    throw new ReviewFileException(file, where + ".hidden has a range that is not within the text");
                }
                hidden.add(new TextRange(r.get(0).asInt(), r.get(1).asInt()));
            }
        }
        return new SavedCopy(text(n, "name", file, where), text(n, "path", file, where),
                text(n, "sha256", file, where), text, hidden, OriginJson.read(n, file, where));
    }

    static ReviewItem item(JsonNode n, Path file, String where) throws ReviewFileException {
        if (!n.isObject()) {
            throw new ReviewFileException(file, where + " is not an object");
        }
        String id = text(n, "verdict", file, where);
        Verdict v = Verdict.fromId(id).orElseThrow(() -> new ReviewFileException(file, where
                + ": unknown verdict \"" + id + "\""));
        JsonNode note = n.get("note");
        JsonNode summary = n.get("summary");
        return new ReviewItem(text(n, "key", file, where), v, note == null || note.isNull() ? "" : note.asText(),
                summary == null || summary.isNull() ? "" : summary.asText());
    }

    private static String text(JsonNode n, String field, Path file, String where) throws ReviewFileException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new ReviewFileException(file, (where.isEmpty() ? "" : where + ": ") + "no \"" + field + "\" text");
        }
        return v.asText();
    }

    private static JsonNode array(JsonNode n, String field, Path file) throws ReviewFileException {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new ReviewFileException(file, "no \"" + field + "\" list");
        }
        return v;
    }

    private static JsonNode object(JsonNode n, String field, Path file, String where) throws ReviewFileException {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw new ReviewFileException(file, (where.isEmpty() ? "" : where + ": ") + "no \"" + field + "\"");
        }
        return v;
    }
}
