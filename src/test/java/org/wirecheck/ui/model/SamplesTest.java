package org.wirecheck.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(Samples.PROPERTY);
    }

    @Test
    void withoutThePropertyTheSamplesAreInTheWorkingFolder() {
        System.clearProperty(Samples.PROPERTY);
        assertThat(Samples.folder()).isEqualTo(Path.of("samples").toAbsolutePath().normalize());
        assertThat(Samples.files()).isNotEmpty().allSatisfy(p -> assertThat(p.getParent()).isEqualTo(Samples.folder()));
    }

    @Test
    void thePropertyNamesTheBundledFolder() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Second copy.");
        Files.writeString(dir.resolve("a.md"), "First copy.");
        Files.writeString(dir.resolve("notes.json"), "{}");
        Files.writeString(dir.resolve(".hidden.txt"), "editor swap");
        System.setProperty(Samples.PROPERTY, dir.toString());
        assertThat(Samples.folder()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(Samples.files()).containsExactly(dir.resolve("a.md"), dir.resolve("b.txt"));
    }

    @Test
    void aMissingFolderHasNoSamples() {
        System.setProperty(Samples.PROPERTY, dir.resolve("gone").toString());
        assertThat(Samples.files()).isEmpty();
    }
}
