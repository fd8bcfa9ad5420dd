package org.wirecheck.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.files.OutputRefusedException.Reason;

/** The one atomic writer: reports, the review file and the recovery journal are all written through it. */
class AtomicWriterTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("r.wirecheck"), "old");

        AtomicWriter.write(out, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(files()).containsExactly("r.wirecheck");
    }

    @Test
    void refusesAMissingFolder() {
        Path out = dir.resolve("nowhere").resolve("r.wirecheck");

        assertThatThrownBy(() -> AtomicWriter.write(out, new byte[] {1}))
                .isInstanceOfSatisfying(OutputRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_FOLDER);
                    assertThat(e.getMessage()).contains("nowhere").contains("does not exist");
                });
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFailedWriteLeavesTheExistingFileIntactAndNoTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("report.csv"), "old report");

        assertThatThrownBy(() -> AtomicWriter.write(out, true, os -> {
            os.write("half a rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(out)).isEqualTo("old report");
        assertThat(files()).containsExactly("report.csv");
    }

    @Test
    void aFailedWriteOfANewFileLeavesNothing() {
        Path out = dir.resolve("new.pdf");

        assertThatThrownBy(() -> AtomicWriter.write(out, false, os -> {
            os.write(1);
            throw new IllegalStateException("renderer crashed");
        })).hasMessage("renderer crashed");

        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileThatAppearsWhileWritingIsNotReplacedWithoutOverwrite() throws IOException {
        Path out = dir.resolve("report.json");

        assertThatThrownBy(() -> AtomicWriter.write(out, false, os -> {
            Files.writeString(out, "written by someone else meanwhile");
            os.write("{}".getBytes(StandardCharsets.UTF_8));
        })).isInstanceOfSatisfying(OutputRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.EXISTS));

        assertThat(Files.readString(out)).isEqualTo("written by someone else meanwhile");
        assertThat(files()).containsExactly("report.json");
    }
}
