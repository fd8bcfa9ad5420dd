package org.wirecheck.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.text.TextRange;

class ReviewFileTest {

    @TempDir
    Path tmp;

    private static ReviewDocument sample() {
        SavedCopy a = new SavedCopy("a.md", "/stories/a.md", "ab".repeat(32),
                "# Title\n\nThe “Chey” Institute, 2,000 m.\n", List.of(new TextRange(0, 2)));
        SavedCopy b = new SavedCopy("b.txt", "/stories/b.txt", "cd".repeat(32), "Title\n\nThe Choi Institute.\r\n",
                List.of());
        ReviewState state = ReviewState.EMPTY
                .with(new ReviewItem("NAME|chey/choi|the _ institute", Verdict.CONFIRMED_ERROR,
                        "Checked with the AP original:\n“Chey” is right.", "Name, high: Chey / Choi"))
                .with(new ReviewItem("NUMBER|2000/2000m|_", Verdict.NEEDS_FOLLOW_UP, "", "Number, high: 2,000 m"))
                .with(new ReviewItem("STYLE|x|y", Verdict.ACCEPTABLE_VARIATION, "", ""));
        return new ReviewDocument("wirecheck 0.1.0", List.of(a, b), "/stories/b.txt", state);
    }

    @Test
    void roundTripKeepsEverything() throws Exception {
        Path f = tmp.resolve("story.wirecheck");
        ReviewDocument doc = sample();
        ReviewFile.write(doc, f);
        ReviewDocument back = ReviewFile.read(f);
        assertThat(back).isEqualTo(doc);
        assertThat(back.state().items()).extracting(ReviewItem::key)
                .containsExactly("NAME|chey/choi|the _ institute", "NUMBER|2000/2000m|_", "STYLE|x|y");
        assertThat(back.copies().get(1).text()).endsWith("\r\n");
        String json = Files.readString(f);
        assertThat(json).contains("\"format\" : \"wirecheck-review\"", "\"version\" : 1", "\"confirmed-error\"",
                "\"sha256\"");
    }

    @Test
    void writingReplacesInOneStepAndLeavesNoTemporaryFile() throws Exception {
        Path f = tmp.resolve("r.wirecheck");
        Files.writeString(f, "old");
        ReviewFile.write(sample(), f);
        assertThat(ReviewFile.read(f)).isEqualTo(sample());
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("r.wirecheck");
        }
    }

    @Test
    void aTruncatedFileSaysSoAndIsLeftAsItWas() throws Exception {
        byte[] full = ReviewFile.bytes(sample());
        Path f = tmp.resolve("cut.wirecheck");
        Files.write(f, Arrays.copyOf(full, full.length * 2 / 3));
        assertUntouchedAfterFailure(f, "cut off (truncated)");
    }

    @Test
    void damagedFilesGiveAClearMessageAndStayUntouched() throws Exception {
        String good = new String(ReviewFile.bytes(sample()), StandardCharsets.UTF_8);
        assertUntouchedAfterFailure(write("empty.wirecheck", ""), "the file is empty");
        assertUntouchedAfterFailure(write("text.wirecheck", "These are my notes about the story."),
                "not valid JSON at line 1");
        assertUntouchedAfterFailure(write("other.wirecheck", "{\"schemaVersion\": 1, \"discrepancies\": []}"),
                "not a Wirecheck review file");
        assertUntouchedAfterFailure(write("newer.wirecheck", good.replace("\"version\" : 1", "\"version\" : 2")),
                "made by a newer Wirecheck (review file version 2)");
        assertUntouchedAfterFailure(write("verdict.wirecheck", good.replace("needs-follow-up", "maybe")),
                "entries[1]: unknown verdict \"maybe\"");
        assertUntouchedAfterFailure(write("notext.wirecheck", good.replaceFirst("\"text\" :", "\"txt\" :")),
                "copies[0]: no \"text\" text");
        assertUntouchedAfterFailure(write("binary.wirecheck", "\u0000\u0001PK\u0003"), "not valid JSON");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ReviewFile.read(tmp.resolve("nothing.wirecheck")))
                .isInstanceOf(ReviewFileException.class).hasMessage("nothing.wirecheck: no such file");
    }

    @Test
    void hiddenRangesMustFitTheText() throws Exception {
        String good = new String(ReviewFile.bytes(sample()), StandardCharsets.UTF_8);
        Path f = write("range.wirecheck", good.replaceFirst("\\[ 0, 2 \\]", "[ 0, 2000 ]"));
        assertUntouchedAfterFailure(f, "copies[0].hidden has a range that is not within the text");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertUntouchedAfterFailure(Path f, String reason) throws Exception {
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> ReviewFile.read(f)).isInstanceOf(ReviewFileException.class)
                .hasMessageStartingWith(f.getFileName() + ": ").hasMessageContaining(reason);
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(f).toMillis()).isEqualTo(1_000_000_000_000L);
    }
}
