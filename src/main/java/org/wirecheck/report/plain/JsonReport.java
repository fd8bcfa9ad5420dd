package org.wirecheck.report.plain;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.PublicationTimes;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.CopyEvidence;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.ReportScope;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;
import org.wirecheck.report.ToolVersion;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;

/**
 * Writes a {@link Comparison} as the JSON report, schema version 1 (see DESIGN.md, "The JSON report"): UTF-8,
 * pretty printed, fields in the documented order. Beyond the documented fields it writes {@code sameStory},
 * {@code warnings} and {@code scope} (which discrepancies are listed, how many of all) at the top, {@code similarity},
 * {@code base}, {@code family} and {@code compared} (false when set aside) per witness, and {@code why} and, when
 * some compared copies lack the passage, {@code lacking} per discrepancy. Discrepancies and readings keep the order
 * the comparison gives them (most important first, majority reading first). A discrepancy that has been reviewed
 * carries, after its readings, {@code "review": {"verdict": ..., "note": ...}}; one that has not carries no
 * {@code review} field. After the discrepancies come the optional {@code versions} and {@code overview} fields
 * ({@link StoryJson}), over the discrepancies listed.
 */
public final class JsonReport implements ReportRenderer {

    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        return toJson(comparison, review, options.scope(), options.drift(true), options.times())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the report to {@code out} as UTF-8, followed by a line break; does not close {@code out}. */
    public static void write(Comparison comparison, OutputStream out) throws IOException {
        write(comparison, Review.NONE, out);
    }

    /** Writes the report with the review's verdicts and notes; does not close {@code out}. */
    public static void write(Comparison comparison, Review review, OutputStream out) throws IOException {
        write(comparison, review, ReportScope.ALL, true, out);
    }

    /**
     * Writes the report of the discrepancies the scope covers (with {@code drift} false and scope
     * {@link ReportScope#ALL}, the key items alone); does not close {@code out}.
     */
    public static void write(Comparison comparison, Review review, ReportScope scope, boolean drift,
                             OutputStream out) throws IOException {
        write(comparison, review, scope, drift, PublicationTimes.NONE, out);
    }

    /**
     * Writes the report of the discrepancies the scope covers, the copies ordered by the times known in the
     * {@code versions} field; does not close {@code out}.
     */
    public static void write(Comparison comparison, Review review, ReportScope scope, boolean drift,
                             PublicationTimes times, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(prettyPrinter());
            writeReport(comparison, review == null ? Review.NONE : review, scope, drift, times, g);
            g.writeRaw('\n');
        }
        out.flush();
    }

    /** The report as a string. */
    public static String toJson(Comparison comparison) {
        return toJson(comparison, Review.NONE);
    }

    /** The report with the review's verdicts and notes, as a string. */
    public static String toJson(Comparison comparison, Review review) {
        return toJson(comparison, review, ReportScope.ALL, true);
    }

    /** The report of the discrepancies the scope covers, as a string. */
    public static String toJson(Comparison comparison, Review review, ReportScope scope, boolean drift) {
        return toJson(comparison, review, scope, drift, PublicationTimes.NONE);
    }

    /** The report of the discrepancies the scope covers with the copies' known times, as a string. */
    public static String toJson(Comparison comparison, Review review, ReportScope scope, boolean drift,
                                PublicationTimes times) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            write(comparison, review, scope, drift, times, buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with an in-memory stream
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // two-space indentation and "\n" everywhere (not the platform's line separator), "key": value
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentObjectsWith(indenter);
        pp.indentArraysWith(indenter);
        return pp;
    }

    private static void writeReport(Comparison c, Review review, ReportScope scope, boolean drift,
                                    PublicationTimes times, JsonGenerator g) throws IOException {
        List<Discrepancy> listed = new ArrayList<>();
        for (Discrepancy d : c.discrepancies()) {
            if (scope.details(d, review.entryFor(d), drift)) {
                listed.add(d);
            }
        }
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("tool", ToolVersion.nameAndVersion());
        g.writeStringField("base", c.baseId());
        g.writeBooleanField("sameStory", c.sameStory());
        g.writeArrayFieldStart("warnings");
        for (String w : c.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("scope");
        g.writeStringField("name", scope.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("description", scope.description());
        g.writeNumberField("listed", listed.size());
        g.writeNumberField("total", c.discrepancies().size());
        g.writeEndObject();
        g.writeArrayFieldStart("witnesses");
        for (Copy copy : c.copies()) {
            writeWitness(copy, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("discrepancies");
        for (Discrepancy d : listed) {
            writeDiscrepancy(d, c.lacking(d), review, g);
        }
        g.writeEndArray();
        StoryJson.write(listed.size() == c.discrepancies().size() ? c : new Comparison(c.copies(), c.baseId(), listed,
                c.warnings(), c.sameStory(), c.passages()), times, g);
        g.writeEndObject();
    }

    private static void writeWitness(Copy copy, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", copy.id());
        g.writeStringField("name", copy.witness().name());
        g.writeStringField("source", copy.witness().source());
        g.writeNumberField("words", copy.words());
        g.writeFieldName("similarity");
        writeRounded(copy.similarity(), g);
        g.writeBooleanField("base", copy.base());
        g.writeNumberField("family", copy.family());
        g.writeBooleanField("compared", copy.compared());
        Origin o = copy.witness().origin();
        if (CopyEvidence.shown(o)) {
            writeOrigin(o, g);
        }
        g.writeEndObject();
    }

    /** The optional evidence of a copy: how it was obtained, its digest, its metadata, what offsets point into. */
    private static void writeOrigin(Origin o, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("origin");
        g.writeStringField("kind", o.kind().name().toLowerCase(Locale.ROOT));
        if (o.kind() == Origin.Kind.WEB) {
            g.writeStringField("address", o.address());
            g.writeStringField("finalAddress", o.finalAddress());
            g.writeNumberField("status", o.status());
        }
        if (o.fetched() != null) {
            g.writeStringField("time", o.fetched().toString());
        }
        g.writeStringField("contentType", o.contentType());
        g.writeStringField("sha256", o.sha256());
        g.writeNumberField("bytes", o.size());
        g.writeStringField("offsets", o.extractedFrom().isEmpty() ? "decoded text" : "extracted text");
        g.writeEndObject();
        Metadata m = o.metadata();
        if (!m.isEmpty()) {
            g.writeObjectFieldStart("metadata");
            g.writeStringField("title", m.title());
            g.writeStringField("siteName", m.siteName());
            g.writeStringField("author", m.author());
            g.writeStringField("published", m.published());
            g.writeStringField("modified", m.modified());
            g.writeEndObject();
        }
    }

    private static void writeDiscrepancy(Discrepancy d, List<String> lacking, Review review, JsonGenerator g)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("kind", d.kind().name());
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("summary", d.summary());
        g.writeStringField("why", d.why());
        if (d.hasMajority()) {
            g.writeStringField("majority", d.majority());
        } else {
            g.writeNullField("majority"); // no reading is carried by more copies than every other
        }
        g.writeArrayFieldStart("readings");
        for (Reading r : d.readings()) {
            g.writeStartObject();
            g.writeStringField("text", r.text());
            g.writeArrayFieldStart("witnesses");
            for (Location l : r.locations()) {
                g.writeStartObject();
                g.writeStringField("id", l.witnessId());
                g.writeNumberField("start", l.start());
                g.writeNumberField("end", l.end());
                if (l.hasExtent()) {
                    g.writeNumberField("extentStart", l.extentStart());
                    g.writeNumberField("extentEnd", l.extentEnd());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("hasMajority", d.hasMajority());
        if (!lacking.isEmpty()) {
            g.writeArrayFieldStart("lacking");
            for (String id : lacking) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
        Optional<ReviewEntry> entry = review.entryFor(d);
        if (entry.isPresent()) {
            g.writeObjectFieldStart("review");
            g.writeStringField("verdict", entry.get().verdict());
            g.writeStringField("note", entry.get().note());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Three decimals; {@code null} for a value that is not a number (JSON has no NaN). */
    private static void writeRounded(double value, JsonGenerator g) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumber(Math.round(value * 1000.0) / 1000.0);
        } else {
            g.writeNull();
        }
    }
}
