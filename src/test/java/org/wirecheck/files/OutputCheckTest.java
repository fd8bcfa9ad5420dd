package org.wirecheck.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.files.OutputRefusedException.Reason;

/** The one check of an output path: made by the command line before it compares, and by every report export. */
class OutputCheckTest {

    @TempDir
    Path dir;

    private static Reason refusal(Path out, boolean overwrite, List<OutputCheck.Input> inputs) {
        try {
            OutputCheck.check(out, overwrite, inputs);
            return null;
        } catch (OutputRefusedException e) {
            assertThat(e.target()).isEqualTo(out);
            return e.reason();
        }
    }

    @Test
    void aNewFileInAnExistingFolderMayBeWritten() {
        assertThatCode(() -> OutputCheck.check(dir.resolve("r.html"), false, List.of())).doesNotThrowAnyException();
    }

    @Test
    void anInputIsRefusedUnderAnyNameEvenWithOverwrite() throws IOException {
        Path input = Files.writeString(dir.resolve("b.txt"), "story");
        List<OutputCheck.Input> inputs = List.of(OutputCheck.Input.copy(input, "B, b.txt"));

        for (Path target : List.of(input, dir.resolve(".").resolve("b.txt"),
                dir.resolve("sub").resolve("..").resolve("b.txt"))) {
            assertThat(refusal(target, true, inputs)).as(target.toString()).isEqualTo(Reason.INPUT);
        }
        assertThatThrownBy(() -> OutputCheck.check(input, true, inputs))
                .hasMessage(input + " is one of the compared copies (B, b.txt); refusing to write over it");
    }

    @Test
    void anyReadFileIsRefusedUnderItsOwnNameAndANullPathIsIgnored() throws IOException {
        Path review = Files.writeString(dir.resolve("story.wirecheck"), "{}");
        List<OutputCheck.Input> inputs = List.of(new OutputCheck.Input(null, "nothing"),
                new OutputCheck.Input(review, "the --review file"));

        assertThatThrownBy(() -> OutputCheck.check(review, true, inputs))
                .hasMessage(review + " is the --review file; refusing to write over it");
        assertThat(refusal(dir.resolve("r.html"), false, inputs)).isNull();
    }

    @Test
    void sameFileByNormalisedPathEvenBeforeEitherExists() {
        Path a = dir.resolve("a.txt");

        assertThat(OutputCheck.sameFile(dir.resolve("sub").resolve("..").resolve("a.txt"), a)).isTrue();
        assertThat(OutputCheck.sameFile(dir.resolve("b.txt"), a)).isFalse();
    }

    @Test
    void aFolderAMissingFolderAndAnExistingFileWithoutOverwriteAreRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        Path existing = Files.writeString(dir.resolve("r.md"), "old");

        assertThat(refusal(folder, true, List.of())).isEqualTo(Reason.FOLDER);
        assertThat(refusal(dir.resolve("nowhere").resolve("r.md"), true, List.of())).isEqualTo(Reason.NO_FOLDER);
        assertThat(refusal(existing, false, List.of())).isEqualTo(Reason.EXISTS);
        assertThat(refusal(existing, true, List.of())).isNull();
        assertThat(Files.readString(existing)).isEqualTo("old");
    }
}
