package org.wirecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Options;
import org.wirecheck.report.export.Exporter;
import org.wirecheck.report.export.ReportFormat;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Witness;

/** The evidence listed under each copy, in the model and in the Markdown, PDF and JSON reports. */
class CopyEvidenceTest {

    private static final String TEXT = "SEOUL, March 3 (Reuters) - The Chey Institute said 480 missiles were tested "
            + "since 2017.\n\nA spokesman said the tests would go on.";
    private static final byte[] PAGE = ("<html><body><p>" + TEXT + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    private static final Origin WEB = new Origin(Origin.Kind.WEB, "http://a.example/x", "https://a.example/y", 200,
            Instant.parse("2026-12-07T12:00:00Z"), "text/html", Origin.sha256(PAGE), PAGE,
            new Metadata("T".repeat(300), "A Daily", "Kim", "2026-03-03", "2026-03-04"));

    private static Comparison comparison() {
        Witness web = new Witness("A Daily", "http://a.example/x", TEXT, List.of(), WEB);
        Witness plain = new Witness("b.txt", "/tmp/b.txt", TEXT.replace("Chey", "Choi"));
        return Comparer.compare(List.of(web, plain), Options.defaults());
    }

    @Test
    void aFetchedCopyListsHowWhenAndWhatAPlainFileListsNothing() {
        assertThat(CopyEvidence.lines(WEB)).containsExactly(
                "Fetched 2026-12-07T12:00:00Z from https://a.example/y (HTTP 200, text/html)",
                "Asked for http://a.example/x (redirected)",
                "SHA-256 of the " + PAGE.length + " bytes: " + Origin.sha256(PAGE),
                "Title: " + "T".repeat(199) + "\u2026",
                "Site: A Daily", "Author: Kim", "Published: 2026-03-03", "Modified: 2026-03-04",
                "Offsets point into the text extracted from the HTML page, not into its bytes");
        assertThat(CopyEvidence.lines(Origin.NONE)).isEmpty();
        Origin pasted = new Origin(Origin.Kind.PASTED, "", "", 0, Instant.parse("2026-12-07T12:00:00Z"),
                "text/plain", "ab", new byte[] {1, 2}, Metadata.NONE);
        assertThat(CopyEvidence.lines(pasted)).containsExactly("Pasted 2026-12-07T12:00:00Z (text/plain)",
                "SHA-256 of the 2 bytes: ab");
    }

    @Test
    void everyReportShowsTheEvidenceUnderItsCopy() throws Exception {
        Comparison c = comparison();
        String md = new String(Exporter.render(c, Review.NONE, ReportFormat.MD, ReportFixtures.OPTIONS),
                StandardCharsets.UTF_8);
        assertThat(md).contains("Evidence of A:\n\n- Fetched 2026-12-07T12:00:00Z from https://a.example/y");
        assertThat(md).doesNotContain("Evidence of B");

        byte[] pdf = Exporter.render(c, Review.NONE, ReportFormat.PDF, ReportFixtures.OPTIONS);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Evidence of A", "Site: A Daily", "Asked for http://a.example/x (redirected)");
        }

        String json = new String(Exporter.render(c, Review.NONE, ReportFormat.JSON, ReportFixtures.OPTIONS),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"finalAddress\": \"https://a.example/y\"", "\"siteName\": \"A Daily\"",
                "\"offsets\": \"extracted text\"");
    }
}
