package org.wirecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.testing.Documents;
import org.wirecheck.testing.LocalWeb;

/**
 * {@code wirecheck compare} with web addresses (served by the test on 127.0.0.1), a Word and a PDF file among the
 * copies: one line for a copy that cannot be fetched, the others compared, evidence in the report and the bundle.
 */
class OpenFromWebAndDocumentsTest {

    private static final String P1 = "SEOUL, March 3 (Reuters) - North Korea will step up its nuclear programme, the "
            + "Chey Institute said on Monday, citing officials in Seoul.";
    private static final String P2 = "The institute said 480 missiles had been tested since 2017, according to its "
            + "annual report.";

    @TempDir
    Path dir;

    private final LocalWeb web = start();

    private static LocalWeb start() {
        try {
            return new LocalWeb();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void pagesWordAndPdfAreComparedAndEveryOffsetPointsIntoTheExtractedText() throws Exception {
        web.html("/a.html", LocalWeb.newsPage("Korea Daily", "Missiles", P1 + "\n\n" + P2));
        web.redirect("/b", 301, "/b.html");
        web.html("/b.html", LocalWeb.newsPage("Seoul Times", "Missiles", P1.replace("Chey", "Choi") + "\n\n" + P2));
        web.on("/gone.html", x -> LocalWeb.send(x, 404, "text/html", new byte[0]));
        Path docx = Documents.write(dir.resolve("colleague.docx"), Documents.docx("Missiles", "Ana",
                List.of(P1, P2.replace("480", "488"))));
        Path pdf = Documents.write(dir.resolve("print.pdf"), Documents.pdf("Print", List.of(
                List.of(P1.substring(0, 60), P1.substring(60)), List.of(P2))));
        Path zip = dir.resolve("evidence.zip");

        MainTest.Result r = MainTest.run("compare", "--format", "json", "--evidence", zip.toString(),
                web.url("/a.html"), web.url("/b"), web.url("/gone.html"), docx.toString(), pdf.toString());

        assertThat(r.err()).isEqualTo("wirecheck: " + web.url("/gone.html") + ": not found (HTTP 404)\n");
        assertThat(r.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        Map<String, String> texts = new HashMap<>();
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode w : report.get("witnesses")) {
            byName.put(w.get("name").asText(), w);
        }
        assertThat(byName).containsOnlyKeys("Korea Daily", "Seoul Times", "colleague.docx", "print.pdf");
        JsonNode seoul = byName.get("Seoul Times");
        assertThat(seoul.get("source").asText()).isEqualTo(web.url("/b"));
        assertThat(seoul.get("origin").get("finalAddress").asText()).isEqualTo(web.url("/b.html"));
        assertThat(seoul.get("origin").get("status").asInt()).isEqualTo(200);
        assertThat(seoul.get("origin").get("offsets").asText()).isEqualTo("extracted text");
        assertThat(byName.get("colleague.docx").get("metadata").get("author").asText()).isEqualTo("Ana");
        assertThat(byName.get("print.pdf").get("origin").get("offsets").asText()).isEqualTo("extracted text");

        Map<String, byte[]> bundle = Documents.unzip(Files.readAllBytes(zip));
        JsonNode manifest = new ObjectMapper().readTree(bundle.get("manifest.json"));
        for (JsonNode c : manifest.get("copies")) {
            texts.put(c.get("id").asText(), new String(bundle.get(c.get("text").asText()), StandardCharsets.UTF_8));
        }
        int checked = 0;
        boolean sawName = false;
        for (JsonNode d : report.get("discrepancies")) {
            for (JsonNode reading : d.get("readings")) {
                for (JsonNode at : reading.get("witnesses")) {
                    String text = texts.get(at.get("id").asText());
                    assertThat(text.substring(at.get("start").asInt(), at.get("end").asInt()))
                            .isEqualTo(reading.get("text").asText());
                    checked++;
                }
                sawName |= reading.get("text").asText().equals("Choi");
            }
        }
        assertThat(checked).isGreaterThan(4);
        assertThat(sawName).isTrue();
    }

    @Test
    void theTextReportListsTheEvidenceUnderEachFetchedCopy() {
        web.html("/a.html", LocalWeb.newsPage("Korea Daily", "Missiles", P1 + "\n\n" + P2));
        web.html("/b.html", LocalWeb.newsPage("Seoul Times", "Missiles", P1.replace("Chey", "Choi") + "\n\n" + P2));

        MainTest.Result r = MainTest.run("compare", web.url("/a.html"), web.url("/b.html"), "--reference",
                web.url("/b.html"));

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Korea Daily", "Fetched ", " from " + web.url("/a.html") + " (HTTP 200, "
                + "text/html; charset=utf-8)", "SHA-256 of the ", "Offsets point into the text extracted from the HTML "
                + "page, not into its bytes", "Site: Seoul Times");
        assertThat(r.out()).containsPattern("B  Seoul Times .*\\(base\\)");
    }

    @Test
    void withFewerThanTwoPagesFetchedNothingIsCompared() {
        web.on("/slow.html", x -> LocalWeb.send(x, 500, "text/html", new byte[0]));
        MainTest.Result r = MainTest.run("compare", web.url("/slow.html"), dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(Main.TOO_FEW);
        assertThat(r.err()).contains(web.url("/slow.html") + ": server error (HTTP 500)",
                "missing.txt: no such file", "need at least two readable copies to compare, none could be read");
    }
}
