package org.wirecheck.report.plain;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Overview;
import org.wirecheck.compare.Overview.Column;
import org.wirecheck.compare.Overview.Row;
import org.wirecheck.compare.PublicationTimes;
import org.wirecheck.compare.StoryVersions;
import org.wirecheck.compare.StoryVersions.TimedCopy;
import org.wirecheck.compare.StoryVersions.Version;
import org.wirecheck.compare.StoryViews;

/**
 * The JSON report's optional {@code versions} and {@code overview} fields (schema version 1 allows extra fields;
 * readers must not rely on them being there): the versions with their labels, sources and evidence, the timeline
 * and the unordered copies; and the matrix, columns in story order and one row per copy holding, per column, the
 * index of the reading the copy carries ({@code -1}: it takes no part). A cell's state follows from the discrepancy:
 * an empty reading is absent; without {@code hasMajority}, no majority; reading 0 the majority; else a minority.
 */
final class StoryJson {

    private StoryJson() {
    }

    static void write(Comparison c, PublicationTimes times, JsonGenerator g) throws IOException {
        StoryViews story = StoryViews.shown(c, times).orElse(null);
        if (story == null) {
            return;
        }
        versions(story.versions(), g);
        overview(story.overview(), g);
    }

    private static void versions(StoryVersions v, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("versions");
        g.writeBooleanField("distinct", v.distinct());
        g.writeStringField("earliest", v.earliest());
        g.writeArrayFieldStart("versions");
        for (Version version : v.versions()) {
            g.writeStartObject();
            g.writeNumberField("number", version.number());
            g.writeNumberField("family", version.family());
            g.writeStringField("label", version.label());
            strings("apart", version.apart(), g);
            strings("copies", version.copyIds(), g);
            g.writeStringField("source", version.sourceId());
            g.writeStringField("evidence", version.evidence());
            if (version.first().isPresent()) {
                g.writeStringField("first", DateTimeFormatter.ISO_INSTANT.format(version.first().get().time()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("timeline");
        for (TimedCopy t : v.timeline()) {
            g.writeStartObject();
            g.writeStringField("id", t.copyId());
            g.writeNumberField("version", t.version());
            g.writeStringField("time", DateTimeFormatter.ISO_INSTANT.format(t.stamp().time()));
            g.writeStringField("basis", t.stamp().basis().word());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("unordered", v.unordered(), g);
        strings("setAside", v.setAside(), g);
        g.writeEndObject();
    }

    private static void overview(Overview o, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("overview");
        g.writeStringField("departure", Overview.departureMeasure());
        g.writeArrayFieldStart("columns");
        for (Column c : o.columns()) {
            g.writeStartObject();
            g.writeStringField("id", c.discrepancy().id());
            g.writeNumberField("position", Math.round(c.position() * 10_000) / 10_000.0);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (int r = 0; r < o.rows().size(); r++) {
            Row row = o.rows().get(r);
            g.writeStartObject();
            g.writeStringField("id", row.copyId());
            g.writeNumberField("family", row.family());
            g.writeNumberField("departure", Math.round(row.departure() * 10) / 10.0);
            g.writeNumberField("departs", row.departs());
            // one line per row, not one per cell: 100 copies by 2,000 discrepancies stay readable
            StringBuilder readings = new StringBuilder("[");
            for (int c = 0; c < o.columns().size(); c++) {
                readings.append(c == 0 ? "" : ",").append(o.reading(r, c));
            }
            g.writeFieldName("readings");
            g.writeRawValue(readings.append(']').toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(String field, List<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
