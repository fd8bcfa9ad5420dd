package org.wirecheck.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Options;
import org.wirecheck.files.OutputRefusedException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.testing.Documents;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Witness;

/** The evidence bundle: unzipped, every hash in its manifest is checked against the bytes. */
class EvidenceBundleTest {

    private static final String A = "SEOUL, March 3 (Reuters) - The Chey Institute said 480 missiles were tested "
            + "since 2017, officials said.\n\nA spokesman said the tests would go on.";

    @TempDir
    Path dir;

    private Comparison comparison() throws Exception {
        byte[] page = ("<html><head><meta property=\"og:site_name\" content=\"Korea Daily\"></head><body><p>"
                + A.replace("Chey", "Choi").replace("\n\n", "</p><p>") + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Witness web = new Witness("Korea Daily", "http://127.0.0.1:9/story", A.replace("Chey", "Choi"), List.of(),
                new Origin(Origin.Kind.WEB, "http://127.0.0.1:9/story", "http://127.0.0.1:9/final", 200,
                        Instant.parse("2026-12-07T12:00:00Z"), "text/html", Origin.sha256(page), page,
                        new Metadata("Missiles", "Korea Daily", "", "2026-03-03", "")));
        Path file = Files.writeString(dir.resolve("a.txt"), A);
        Witness fromFile = Loader.load(file);
        Witness pasted = Loader.pasted(1, A.replace("480", "488"), null);
        return Comparer.compare(List.of(web, fromFile, pasted), Options.defaults());
    }

    @Test
    void everyFileOfTheBundleMatchesTheHashInItsManifest() throws Exception {
        Comparison c = comparison();
        Path zip = dir.resolve("evidence.zip");
        EvidenceBundle.write(c, Review.NONE, zip, ReportFixtures.OPTIONS, ReportFixtures.CLOCK);

        Map<String, byte[]> entries = Documents.unzip(Files.readAllBytes(zip));
        JsonNode manifest = new ObjectMapper().readTree(entries.get(EvidenceBundle.MANIFEST));

        assertThat(manifest.get("created").asText()).isEqualTo("2026-01-30T09:15:00Z");
        assertThat(manifest.get("files")).hasSize(entries.size() - 1);
        for (JsonNode f : manifest.get("files")) {
            byte[] bytes = entries.get(f.get("path").asText());
            assertThat(bytes).as(f.get("path").asText()).isNotNull();
            assertThat(Origin.sha256(bytes)).as(f.get("path").asText()).isEqualTo(f.get("sha256").asText());
            assertThat(bytes.length).isEqualTo(f.get("bytes").asInt());
        }
        assertThat(entries).containsKeys("report.html", "report.json");
        assertThat(manifest.get("copies")).hasSize(3);
        for (JsonNode copy : manifest.get("copies")) {
            byte[] original = entries.get(copy.get("original").asText());
            assertThat(Origin.sha256(original)).isEqualTo(copy.get("sha256").asText());
            String text = new String(entries.get(copy.get("text").asText()), StandardCharsets.UTF_8);
            String id = copy.get("id").asText();
            assertThat(text).isEqualTo(c.copy(id).orElseThrow().witness().text());
        }
        JsonNode web = find(manifest, "web");
        assertThat(web.get("finalAddress").asText()).isEqualTo("http://127.0.0.1:9/final");
        assertThat(web.get("status").asInt()).isEqualTo(200);
        assertThat(web.get("time").asText()).isEqualTo("2026-12-07T12:00:00Z");
        assertThat(web.get("original").asText()).endsWith(".original.html");
        assertThat(web.get("metadata").get("published").asText()).isEqualTo("2026-03-03");
        assertThat(web.get("offsets").asText()).isEqualTo("extracted text");
        assertThat(find(manifest, "file").get("offsets").asText()).isEqualTo("decoded text");
        assertThat(find(manifest, "pasted").get("original").asText()).endsWith(".original.txt");
        assertThat(new String(entries.get("report.html"), StandardCharsets.UTF_8))
                .contains("http://127.0.0.1:9/final", "SHA-256 of the");
    }

    @Test
    void aFileWhoseBytesWereNotKeptIsReadAgainOnlyWhileUnchanged() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), A);
        Path b = Files.writeString(dir.resolve("b.txt"), A.replace("Chey", "Choi"));
        Witness wa = Loader.load(a);
        Witness wb = Loader.load(b);
        // as a review file gives them back: text and digest, no bytes
        Origin noBytes = new Origin(Origin.Kind.FILE, "", "", 0, null, "text/plain", wa.origin().sha256(), null,
                Metadata.NONE);
        Witness kept = new Witness(wa.name(), wa.source(), wa.text(), List.of(), noBytes);
        Witness changed = new Witness(wb.name(), wb.source(), wb.text(), List.of(),
                new Origin(Origin.Kind.FILE, "", "", 0, null, "text/plain", "0".repeat(64), null, Metadata.NONE));
        Comparison c = Comparer.compare(List.of(kept, changed), Options.defaults());

        JsonNode manifest = new ObjectMapper().readTree(Documents.unzip(EvidenceBundle.bytes(c, Review.NONE,
                ReportFixtures.OPTIONS, ReportFixtures.CLOCK)).get(EvidenceBundle.MANIFEST));

        assertThat(manifest.get("copies").get(0).get("original").asText()).isEqualTo("copies/A.original.txt");
        assertThat(manifest.get("copies").get(1).get("original").isNull()).isTrue();
    }

    @Test
    void theBundleNeverReplacesACopyOrAnExistingFileUnasked() throws Exception {
        Comparison c = comparison();
        Path copy = dir.resolve("a.txt");
        assertThatThrownBy(() -> EvidenceBundle.write(c, Review.NONE, copy, ReportFixtures.OPTIONS,
                ReportFixtures.CLOCK)).isInstanceOf(OutputRefusedException.class);
        Path existing = Files.writeString(dir.resolve("old.zip"), "keep");
        assertThatThrownBy(() -> EvidenceBundle.write(c, Review.NONE, existing, ReportFixtures.OPTIONS,
                ReportFixtures.CLOCK)).isInstanceOf(OutputRefusedException.class);
        assertThat(Files.readString(existing)).isEqualTo("keep");
    }

    private static JsonNode find(JsonNode manifest, String kind) {
        for (JsonNode c : manifest.get("copies")) {
            if (c.get("kind").asText().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " copy");
    }
}
