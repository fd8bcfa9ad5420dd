package org.wirecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.review.Fixtures;
import org.wirecheck.review.ReviewDocument;
import org.wirecheck.review.ReviewFile;
import org.wirecheck.review.ReviewItem;
import org.wirecheck.review.ReviewState;
import org.wirecheck.review.Verdict;

/** {@code wirecheck compare --review FILE}: reports carry the review's verdicts and notes. */
class ReviewOptionTest {

    @TempDir
    Path dir;

    private List<Path> files;
    private Discrepancy holden;
    private Discrepancy ferries;
    private Path review;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void reviewed() throws Exception {
        files = Fixtures.write(dir);
        Comparison c = Fixtures.compare(files, null);
        holden = c.discrepancies().stream().filter(d -> d.summary().contains("Holden")).findFirst().orElseThrow();
        ferries = c.discrepancies().stream().filter(d -> d.summary().contains("63")).findFirst().orElseThrow();
        ReviewState state = ReviewState.EMPTY
                .with(new ReviewItem(holden.key(), Verdict.CONFIRMED_ERROR, "Halden, per the institute",
                        ReviewItem.summaryOf(holden)))
                .with(new ReviewItem(ferries.key(), Verdict.NEEDS_FOLLOW_UP, "", ReviewItem.summaryOf(ferries)));
        review = dir.resolve("story.wirecheck");
        ReviewFile.write(new ReviewDocument("t", Fixtures.saved(files), null, state), review);
    }

    private String[] args(String... before) {
        String[] out = new String[before.length + files.size()];
        System.arraycopy(before, 0, out, 0, before.length);
        for (int i = 0; i < files.size(); i++) {
            out[before.length + i] = files.get(i).toString();
        }
        return out;
    }

    private static JsonNode discrepancy(JsonNode report, String summaryPart) {
        for (JsonNode d : report.get("discrepancies")) {
            if (d.get("summary").asText().contains(summaryPart)) {
                return d;
            }
        }
        throw new AssertionError("no discrepancy with " + summaryPart);
    }

    @Test
    void theReportCarriesTheVerdictsAndNotes() throws Exception {
        CliRun r = run(args("compare", "--format", "json", "--review", review.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(discrepancy(json, "Holden").get("review").get("verdict").asText()).isEqualTo("confirmed error");
        assertThat(discrepancy(json, "Holden").get("review").get("note").asText())
                .isEqualTo("Halden, per the institute");
        assertThat(discrepancy(json, "63").get("review").get("verdict").asText()).isEqualTo("needs follow-up");

        CliRun text = run(args("compare", "--review", review.toString()));
        assertThat(text.out()).contains("confirmed error").contains("Halden, per the institute");
    }

    @Test
    void otherOrChangedCopiesAreNamedAndMatchingVerdictsStillApply() throws Exception {
        Files.writeString(files.get(2), Files.readString(files.get(2)).replace("Holden", "Halden"));
        Path extra = Files.writeString(dir.resolve("e.txt"), Fixtures.story(0, "Tuesday", "Wednesday"));
        CliRun r = run("compare", "--format", "json", "--review", review.toString(), files.get(0).toString(),
                files.get(2).toString(), files.get(3).toString(), extra.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("c.txt changed since the review")
                .contains("the review's copy b.txt (" + files.get(1) + ") is not among the files given")
                .contains(extra + " is not in the review")
                .contains("1 of 2 reviewed discrepancies are not in this comparison");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(discrepancy(json, "63").get("review").get("verdict").asText()).isEqualTo("needs follow-up");
    }

    @Test
    void aDamagedReviewFileIsAUsageErrorAndStaysAsItWas() throws Exception {
        byte[] full = Files.readAllBytes(review);
        byte[] cut = java.util.Arrays.copyOf(full, full.length / 2);
        Files.write(review, cut);
        CliRun r = run(args("compare", "--review", review.toString()));
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("wirecheck: --review story.wirecheck: the file is cut off (truncated)")
                .contains("left as it was");
        assertThat(Files.readAllBytes(review)).isEqualTo(cut);

        CliRun missing = run(args("compare", "--review", dir.resolve("none.wirecheck").toString()));
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("none.wirecheck: no such file");
    }

    @Test
    void theReportIsNeverWrittenOverTheReviewFile() throws Exception {
        byte[] before = Files.readAllBytes(review);
        CliRun r = run(args("compare", "--review", review.toString(), "--out", review.toString(), "--force"));
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("is the --review file");
        assertThat(Files.readAllBytes(review)).isEqualTo(before);
    }
}
