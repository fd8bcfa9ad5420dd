package org.wirecheck.report.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.files.AtomicWriter;
import org.wirecheck.files.PathText;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.Review;
import org.wirecheck.report.ToolVersion;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;

/**
 * The evidence bundle of a comparison (File ▸ Export evidence…, {@code --evidence FILE.zip}): one zip holding, for
 * each copy, its original bytes ({@code copies/A.original.html}) and the text that was compared
 * ({@code copies/A.text.txt}, UTF-8), the report as HTML and JSON, and {@code manifest.json}: every file's SHA-256,
 * each copy's address, final address, HTTP status, time and metadata. Written atomically like a report.
 *
 * <p>A copy whose bytes were not kept (a file compared before this version, or from an old review) has its file
 * read again if it still has the SHA-256 recorded; otherwise the manifest says the original is missing.
 */
public final class EvidenceBundle {

    /** The manifest's file name in the zip. */
    public static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvidenceBundle() {
    }

    /**
     * Writes the bundle to {@code out} (checked like a report: never one of the copies, replaced only with
     * {@code opts.overwrite()}).
     */
    public static void write(Comparison comparison, Review review, Path out, ExportOptions opts, Clock clock)
            throws IOException {
        Exporter.check(comparison, out, opts);
        byte[] zip = bytes(comparison, review, opts, clock);
        AtomicWriter.write(out, opts.overwrite(), os -> os.write(zip));
    }

    /** The bundle's bytes. */
    public static byte[] bytes(Comparison comparison, Review review, ExportOptions opts, Clock clock)
            throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("tool", ToolVersion.nameAndVersion());
        manifest.put("created", Instant.now(clock).toString());
        manifest.put("base", comparison.baseId());
        ArrayNode copies = manifest.putArray("copies");
        ArrayNode files = manifest.putArray("files");
        try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
            for (Copy c : comparison.copies()) {
                copies.add(copy(c, zip, files));
            }
            add(zip, files, "report.html", Exporter.render(comparison, review, ReportFormat.HTML, opts));
            add(zip, files, "report.json", Exporter.render(comparison, review, ReportFormat.JSON, opts));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
        }
        return buffer.toByteArray();
    }

    private static ObjectNode copy(Copy c, ZipOutputStream zip, ArrayNode files) throws IOException {
        Origin o = c.witness().origin();
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id());
        n.put("name", c.witness().name());
        n.put("source", c.witness().source());
        n.put("kind", o.kind().name().toLowerCase(Locale.ROOT));
        if (o.kind() == Origin.Kind.WEB) {
            n.put("address", o.address());
            n.put("finalAddress", o.finalAddress());
            n.put("status", o.status());
        }
        n.put("time", o.fetched() == null ? null : o.fetched().toString());
        n.put("contentType", o.contentType());
        n.put("sha256", o.sha256());
        Metadata m = o.metadata();
        ObjectNode meta = n.putObject("metadata");
        meta.put("title", m.title());
        meta.put("siteName", m.siteName());
        meta.put("author", m.author());
        meta.put("published", m.published());
        meta.put("modified", m.modified());
        byte[] original = original(c.witness().source(), o);
        if (original == null) {
            n.putNull("original");
        } else {
            String name = "copies/" + c.id() + ".original" + o.extension();
            add(zip, files, name, original);
            n.put("original", name);
        }
        String text = "copies/" + c.id() + ".text.txt";
        add(zip, files, text, c.witness().text().getBytes(StandardCharsets.UTF_8));
        n.put("text", text);
        n.put("offsets", o.extractedFrom().isEmpty() ? "decoded text" : "extracted text");
        return n;
    }

    /** The bytes kept, else the file's if it still has the recorded digest, else null. */
    private static byte[] original(String source, Origin o) {
        if (o.size() > 0) {
            return o.bytes();
        }
        Path p = o.kind() == Origin.Kind.FILE ? PathText.parse(source) : null;
        if (p == null || !Files.isRegularFile(p) || o.sha256().isEmpty()) {
            return null;
        }
        try {
            byte[] b = Files.readAllBytes(p);
            return Origin.sha256(b).equalsIgnoreCase(o.sha256()) ? b : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void add(ZipOutputStream zip, ArrayNode files, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
        files.addObject().put("path", name).put("sha256", Origin.sha256(data)).put("bytes", data.length);
    }
}
