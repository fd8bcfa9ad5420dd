package org.wirecheck.report.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Floods.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Floods;
import org.wirecheck.compare.PublicationTimes;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.report.Review;
import org.wirecheck.report.export.ReportFormat;

/** The JSON report's optional versions and overview fields, and the overview matrix as CSV. */
class StoryFormatsTest {

    @Test
    void theJsonReportCarriesVersionsAndTheMatrixAfterItsUsualFields() throws Exception {
        Comparison c = Floods.compare();
        PublicationTimes times = PublicationTimes.published(Map.of("A", at("04:10"), "D", at("06:05")));
        byte[] bytes = new JsonReport().render(c, Review.NONE, ReportFixtures.OPTIONS.withTimes(times));
        JsonNode json = new ObjectMapper().readTree(bytes);

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        List<String> fields = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("schemaVersion", "tool", "base", "sameStory", "warnings", "scope",
                "witnesses", "discrepancies", "versions", "overview");
        JsonNode versions = json.get("versions");
        assertThat(versions.get("distinct").asBoolean()).isTrue();
        assertThat(versions.get("versions").get(1).get("label").asText()).isEqualTo("kill 157");
        assertThat(versions.get("versions").get(1).get("evidence").asText())
                .isEqualTo("published 06:05 UTC, shares every reading of version 2");
        assertThat(versions.get("versions").get(1).get("first").asText()).isEqualTo("2026-12-07T06:05:00Z");
        assertThat(versions.get("timeline").get(0).get("basis").asText()).isEqualTo("published");
        assertThat(versions.get("unordered").toString()).isEqualTo("[\"B\",\"C\",\"E\"]");

        JsonNode overview = json.get("overview");
        assertThat(overview.get("columns")).hasSize(c.discrepancies().size());
        JsonNode rowC = overview.get("rows").get(0);
        assertThat(rowC.get("id").asText()).isEqualTo("C");
        assertThat(rowC.get("readings")).hasSize(c.discrepancies().size());
        int name = 0;
        while (!overview.get("columns").get(name).get("id").asText().equals(
                c.discrepancies().stream().filter(d -> d.summary().equals("Oduya / Odoya")).findFirst()
                        .orElseThrow().id())) {
            name++;
        }
        assertThat(rowC.get("readings").get(name).asInt()).isEqualTo(1);
    }

    @Test
    void withoutTimesOrOutsideOneStoryTheExtraFieldsSaySoOrStayAway() throws Exception {
        JsonNode plain = new ObjectMapper().readTree(JsonReport.toJson(Floods.compare()));
        assertThat(plain.get("versions").get("timeline")).isEmpty();
        Comparison apart = new Comparison(ReportFixtures.sentenced().copies(), "A", List.of(), List.of(), false);
        JsonNode none = new ObjectMapper().readTree(JsonReport.toJson(apart));
        assertThat(none.has("versions")).isFalse();
        assertThat(none.has("overview")).isFalse();
    }

    @Test
    void theMatrixCsvHasOneRowPerCopyAndOneCuePerDiscrepancy() throws Exception {
        Comparison c = Floods.compare();
        String csv = MatrixCsvReport.render(c);
        List<String> lines = csv.lines().toList();

        assertThat(csv).contains("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("copy,name,family,departure,departs,D2 NUMBER high | a 128 in northern "
                + "| b 157 in northern,");
        assertThat(lines.get(1)).isEqualTo("C,copy2.txt,1,4.0,1,·,·,∅,·,·,b,·,∅");
        assertThat(lines.get(4)).startsWith("D,copy3.txt,2,");
        byte[] bom = new MatrixCsvReport().render(c, Review.NONE, ReportFixtures.OPTIONS.withCsvBom(true));
        assertThat(new String(bom, StandardCharsets.UTF_8)).startsWith("\uFEFFcopy,");
    }

    @Test
    void theNewFormatsAreFoundByTheirFileNames() {
        assertThat(ReportFormat.forFileName("story.tei")).contains(ReportFormat.TEI);
        assertThat(ReportFormat.forFileName("story.XML")).contains(ReportFormat.TEI);
        assertThat(ReportFormat.forFileName("story.matrix.csv")).contains(ReportFormat.MATRIX_CSV);
        assertThat(ReportFormat.forFileName("story.csv")).contains(ReportFormat.CSV);
    }
}
