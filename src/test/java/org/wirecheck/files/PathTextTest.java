package org.wirecheck.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathTextTest {

    @Test
    void aPathReadBackFromTextOrNothing() {
        assertThat(PathText.parse("story/copy1.txt")).isEqualTo(Path.of("story/copy1.txt"));
        assertThat(PathText.parse(null)).isNull();
        assertThat(PathText.parse("  ")).isNull();
        assertThat(PathText.parse("bad\u0000name")).isNull();
    }
}
