package org.wirecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.compare.Floods;

/** {@code --format tei}, {@code --format matrix-csv} and {@code --published FILE=TIME}. */
class StoryFormatsCliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String[] copies() throws IOException {
        String[] texts = {Floods.FIRST, Floods.FIRST, Floods.MISSPELT, Floods.UPDATE, Floods.UPDATE};
        String[] paths = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            paths[i] = Files.writeString(dir.resolve((char) ('a' + i) + ".txt"), texts[i]).toString();
        }
        return paths;
    }

    private String[] with(String[] head, String... files) {
        String[] out = new String[head.length + files.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(files, 0, out, head.length, files.length);
        return out;
    }

    @Test
    void teiAndTheMatrixAreFormatsOfTheCommandLine() throws IOException {
        String[] files = copies();
        CliRun tei = run(with(new String[] {"compare", "--format", "tei"}, files));
        assertThat(tei.code()).isZero();
        assertThat(tei.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=")
                .contains("<variantEncoding method=\"parallel-segmentation\"");

        CliRun matrix = run(with(new String[] {"compare", "--format", "matrix-csv"}, files));
        assertThat(matrix.code()).isZero();
        assertThat(matrix.out().lines()).hasSize(6).first().asString().startsWith("copy,name,family,");
    }

    @Test
    void publishedTimesOrderTheCopiesInTheReports() throws IOException {
        String[] files = copies();
        CliRun json = run(with(new String[] {"compare", "--format", "json", "--published",
            "a.txt=2026-12-07T04:10:00Z", "--published", files[3] + "=2026-12-07T15:05+09:00"}, files));
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"earliest\": \"Earliest copy: A (version 1), published 04:10 UTC. An "
                + "earlier copy cannot be ruled out: 3 copies without a time.\"")
                .contains("\"evidence\": \"published 06:05 UTC, shares every reading of version 2\"");
    }

    @Test
    void aPublishedTimeThatCannotBeReadIsAUsageError() throws IOException {
        String[] files = copies();
        CliRun noZone = run(with(new String[] {"compare", "--published", "a.txt=2026-12-07T04:10"}, files));
        assertThat(noZone.code()).isEqualTo(2);
        assertThat(noZone.err()).contains("--published a.txt=2026-12-07T04:10: not a time with a zone");
        CliRun noFile = run(with(new String[] {"compare", "--published", "z.txt=2026-12-07T04:10Z"}, files));
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).contains("not one of the files to compare");
        CliRun noEquals = run(with(new String[] {"compare", "--published", "a.txt"}, files));
        assertThat(noEquals.err()).contains("expected FILE=TIME");
    }
}
