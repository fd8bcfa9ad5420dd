package org.wirecheck.report.plain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.Fixtures;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;
import org.wirecheck.report.ToolVersion;

class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode report(Comparison c) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        JsonReport.write(c, buf);
        return MAPPER.readTree(buf.toByteArray());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void topLevelFieldsInTheDocumentedOrder() throws Exception {
        JsonNode r = report(Fixtures.threeCopies());

        assertThat(fieldNames(r)).containsExactly("schemaVersion", "tool", "base", "sameStory", "warnings",
                "scope", "witnesses", "discrepancies", "versions", "overview");
        assertThat(r.get("schemaVersion").isInt()).isTrue();
        assertThat(r.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(r.get("tool").asText()).isEqualTo("wirecheck " + ToolVersion.version());
        assertThat(r.get("base").asText()).isEqualTo("A");
        assertThat(r.get("sameStory").isBoolean()).isTrue();
        assertThat(r.get("sameStory").asBoolean()).isTrue();
        assertThat(r.get("warnings")).hasSize(1);
        assertThat(r.get("warnings").get(0).asText()).isEqualTo("copy C differs much from the others");
    }

    @Test
    void witnesses() throws Exception {
        JsonNode ws = report(Fixtures.threeCopies()).get("witnesses");

        assertThat(ws).hasSize(3);
        JsonNode b = ws.get(1);
        assertThat(fieldNames(b)).containsExactly("id", "name", "source", "words", "similarity", "base", "family",
                "compared");
        assertThat(b.get("id").asText()).isEqualTo("B");
        assertThat(b.get("name").asText()).isEqualTo("001.txt");
        assertThat(b.get("source").asText()).isEqualTo("samples/001.txt");
        assertThat(b.get("words").asInt()).isEqualTo(15);
        assertThat(b.get("similarity").asDouble()).isEqualTo(0.988);
        assertThat(b.get("base").asBoolean()).isFalse();
        assertThat(ws.get(0).get("base").asBoolean()).isTrue();
        assertThat(ws.get(0).get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(ws.get(2).get("similarity").asDouble()).isEqualTo(0.812);
        assertThat(ws.get(2).get("family").asInt()).isEqualTo(2);
    }

    @Test
    void discrepanciesKeepTheirOrderWithLowerCaseSeverity() throws Exception {
        JsonNode ds = report(Fixtures.threeCopies()).get("discrepancies");

        assertThat(ds).hasSize(3);
        JsonNode d1 = ds.get(0);
        assertThat(fieldNames(d1)).containsExactly("id", "kind", "severity", "summary", "why", "majority",
                "readings", "hasMajority");
        assertThat(d1.get("id").asText()).isEqualTo("D1");
        assertThat(d1.get("kind").asText()).isEqualTo("NAME");
        assertThat(d1.get("severity").asText()).isEqualTo("high");
        assertThat(d1.get("summary").asText()).isEqualTo("Chey Institute / Choi Institute");
        assertThat(d1.get("why").asText()).isEqualTo("near-spellings of one proper noun");
        assertThat(d1.get("majority").asText()).isEqualTo("Chey");
        assertThat(ds.get(1).get("severity").asText()).isEqualTo("medium");
        assertThat(ds.get(2).get("severity").asText()).isEqualTo("low");
        assertThat(ds.get(2).get("kind").asText()).isEqualTo("STYLE");
    }

    @Test
    void aDiscrepancyWithNoMajorityNamesNone() throws Exception {
        Comparison three = Fixtures.threeCopies();
        // A, B and C each read the date their own way: 1 / 1 / 1 of 3, no reading is the majority's
        Discrepancy tie = new Discrepancy("D4", Kind.DATE, Severity.HIGH, "Monday / Tuesday / Sunday",
                "date differs", "Monday",
                List.of(new Reading("Monday", List.of(new Location("A", 45, 51))),
                        new Reading("Tuesday", List.of(new Location("B", 45, 52))),
                        new Reading("Sunday", List.of(new Location("C", 45, 51)))));
        List<Discrepancy> ds = new ArrayList<>(three.discrepancies());
        ds.add(tie);
        JsonNode out = report(new Comparison(three.copies(), "A", ds, three.warnings(), true))
                .get("discrepancies");
        assertThat(out.get(3).get("majority").isNull()).isTrue();
        assertThat(out.get(3).get("hasMajority").asBoolean()).isFalse();
        assertThat(out.get(0).get("majority").asText()).isEqualTo("Chey");
    }

    @Test
    void readingsMajorityFirstWithOffsets() throws Exception {
        JsonNode readings = report(Fixtures.threeCopies()).get("discrepancies").get(0).get("readings");

        assertThat(readings).hasSize(2);
        JsonNode first = readings.get(0);
        assertThat(fieldNames(first)).containsExactly("text", "witnesses");
        assertThat(first.get("text").asText()).isEqualTo("Chey");
        JsonNode loc = first.get("witnesses").get(1);
        assertThat(fieldNames(loc)).containsExactly("id", "start", "end");
        assertThat(loc.get("id").asText()).isEqualTo("B");
        assertThat(loc.get("start").asInt()).isEqualTo(19);
        assertThat(loc.get("end").asInt()).isEqualTo(23);
        assertThat(Fixtures.TEXT_B.substring(19, 23)).isEqualTo("Chey");
        assertThat(readings.get(1).get("text").asText()).isEqualTo("Choi");
        assertThat(readings.get(1).get("witnesses").get(0).get("id").asText()).isEqualTo("C");
    }

    @Test
    void anEmptyReadingHasEmptyTextAndAnEmptySpan() throws Exception {
        JsonNode readings = report(Fixtures.threeCopies()).get("discrepancies").get(1).get("readings");

        JsonNode absent = readings.get(1);
        assertThat(absent.get("text").isTextual()).isTrue();
        assertThat(absent.get("text").asText()).isEmpty();
        JsonNode loc = absent.get("witnesses").get(0);
        assertThat(loc.get("id").asText()).isEqualTo("C");
        assertThat(loc.get("start").asInt()).isEqualTo(34).isEqualTo(loc.get("end").asInt());
    }

    @Test
    void writesUtf8AndIsPrettyPrinted() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        JsonReport.write(Fixtures.threeCopies(), buf);
        String json = buf.toString(StandardCharsets.UTF_8);

        assertThat(json).contains("\u2013 Z\u00fcrich").doesNotContain("\\u");
        assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"tool\": ");
        assertThat(json).endsWith("}\n").doesNotContain("\r");
        assertThat(MAPPER.readTree(json).get("discrepancies").get(2).get("readings").get(1).get("text").asText())
                .isEqualTo("\u2013 Z\u00fcrich");
        assertThat(JsonReport.toJson(Fixtures.threeCopies())).isEqualTo(json);
    }

    @Test
    void anEmptyComparisonStillHasEveryField() throws Exception {
        Comparison c = Fixtures.threeCopies();
        Comparison empty = new Comparison(c.copies(), "B", List.of(), List.of(), false);

        JsonNode r = report(empty);

        assertThat(r.get("discrepancies").isArray()).isTrue();
        assertThat(r.get("discrepancies")).isEmpty();
        assertThat(r.get("warnings")).isEmpty();
        assertThat(r.get("sameStory").asBoolean()).isFalse();
        assertThat(r.get("base").asText()).isEqualTo("B");
    }

    @Test
    void aReviewedDiscrepancyCarriesItsReviewAfterTheSchemaFields() throws Exception {
        Review review = d -> d.id().equals("D3")
                ? java.util.Optional.of(new ReviewEntry("style only", "")) : java.util.Optional.empty();

        JsonNode ds = MAPPER.readTree(JsonReport.toJson(Fixtures.threeCopies(), review)).get("discrepancies");

        assertThat(fieldNames(ds.get(0))).containsExactly("id", "kind", "severity", "summary", "why", "majority",
                "readings", "hasMajority");
        assertThat(fieldNames(ds.get(2))).containsExactly("id", "kind", "severity", "summary", "why", "majority",
                "readings", "hasMajority", "review");
        assertThat(fieldNames(ds.get(2).get("review"))).containsExactly("verdict", "note");
        assertThat(ds.get(2).get("review").get("verdict").asText()).isEqualTo("style only");
        assertThat(ds.get(2).get("review").get("note").asText()).isEmpty();
        assertThat(JsonReport.toJson(Fixtures.threeCopies(), Review.NONE))
                .isEqualTo(JsonReport.toJson(Fixtures.threeCopies()));
    }
}
