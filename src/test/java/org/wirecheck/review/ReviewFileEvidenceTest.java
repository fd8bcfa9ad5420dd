package org.wirecheck.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;

/** The evidence fields of the review file (docs/review-file.md), and review files written before them. */
class ReviewFileEvidenceTest {

    private static final byte[] PAGE = "<html><body><p>SEOUL - The Chey Institute said.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final Origin WEB = new Origin(Origin.Kind.WEB, "http://a.example/old", "http://a.example/new",
            200, Instant.parse("2026-12-07T12:00:00Z"), "text/html; charset=utf-8", Origin.sha256(PAGE), PAGE,
            new Metadata("Title", "A Daily", "Kim", "2026-03-03", ""));

    @TempDir
    Path dir;

    @Test
    void aFetchedCopyComesBackWithItsBytesAddressesStatusTimeAndMetadata() throws Exception {
        SavedCopy web = new SavedCopy("A Daily", "http://a.example/old", WEB.sha256(),
                "SEOUL - The Chey Institute said.", List.of(), WEB);
        SavedCopy file = new SavedCopy("b.txt", "/stories/b.txt", "ab", "SEOUL - The Choi Institute said.", List.of(),
                Origin.of(Origin.Kind.FILE, "SEOUL".getBytes(StandardCharsets.UTF_8), "text/plain", Metadata.NONE));
        Path f = dir.resolve("r.wirecheck");
        ReviewFile.write(new ReviewDocument("wirecheck 0.1.0", List.of(web, file), null, ReviewState.EMPTY), f);

        ReviewDocument back = ReviewFile.read(f);

        assertThat(back.copies().get(0)).isEqualTo(web);
        assertThat(back.copies().get(0).witness().origin().bytes()).isEqualTo(PAGE);
        assertThat(back.copies().get(0).fromFile()).isFalse();
        // a file's bytes stay in its file: the review keeps its digest and what it said, not the bytes
        Origin fileOrigin = back.copies().get(1).origin();
        assertThat(fileOrigin.size()).isZero();
        assertThat(fileOrigin.contentType()).isEqualTo("text/plain");
        assertThat(Files.readString(f)).contains("\"finalAddress\" : \"http://a.example/new\"", "\"status\" : 200",
                "\"time\" : \"2026-12-07T12:00:00Z\"", "\"siteName\" : \"A Daily\"");
        assertThat(SourceCheck.status(back.copies().get(0))).isEqualTo(SourceCheck.Status.NOT_A_FILE);
    }

    @Test
    void aReviewFileWrittenBeforeTheEvidenceFieldsStillOpens() throws Exception {
        Path old = Files.writeString(dir.resolve("old.wirecheck"), """
                {
                  "format" : "wirecheck-review",
                  "version" : 1,
                  "tool" : "wirecheck 0.1.0",
                  "options" : { "reference" : null },
                  "copies" : [ {
                    "name" : "a.txt", "path" : "/nowhere/a.txt", "sha256" : "00", "hidden" : [ ],
                    "text" : "SEOUL - The Chey Institute said."
                  } ],
                  "entries" : [ ]
                }
                """);
        ReviewDocument doc = ReviewFile.read(old);
        assertThat(doc.copies().get(0).origin()).isEqualTo(Origin.NONE);
        assertThat(doc.copies().get(0).fromFile()).isTrue();
        assertThat(doc.copies().get(0).witness().text()).isEqualTo("SEOUL - The Chey Institute said.");
        assertThat(SourceCheck.status(doc.copies().get(0))).isEqualTo(SourceCheck.Status.MISSING);
    }

    @Test
    void alteredEvidenceIsRefusedAndNamed() throws Exception {
        SavedCopy web = new SavedCopy("A Daily", "http://a.example/old", WEB.sha256(), "text", List.of(), WEB);
        Path f = dir.resolve("r.wirecheck");
        ReviewFile.write(new ReviewDocument("t", List.of(web), null, ReviewState.EMPTY), f);
        String json = Files.readString(f);
        String altered = json.replace(WEB.sha256(), "0".repeat(64));
        Files.writeString(f, altered);
        assertThatThrownBy(() -> ReviewFile.read(f)).isInstanceOf(ReviewFileException.class)
                .hasMessageContaining("copies[0].origin.bytes do not match their SHA-256 (the evidence was altered)");
        Files.writeString(f, json.replace("\"kind\" : \"web\"", "\"kind\" : \"fax\""));
        assertThatThrownBy(() -> ReviewFile.read(f)).hasMessageContaining("copies[0].origin: unknown kind \"fax\"");
    }
}
