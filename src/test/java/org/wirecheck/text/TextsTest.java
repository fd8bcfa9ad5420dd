package org.wirecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void pluralSaysOneOrMany() {
        assertThat(Texts.plural(1, "copy", "copies")).isEqualTo("1 copy");
        assertThat(Texts.plural(0, "copy", "copies")).isEqualTo("0 copies");
        assertThat(Texts.plural(5, "copy", "copies")).isEqualTo("5 copies");
    }

    @Test
    void clipCutsWhereTheLengthFalls() {
        assertThat(Texts.clip("kill 128", 8)).isEqualTo("kill 128");
        assertThat(Texts.clip("without the bridge", 10)).isEqualTo("without t…");
        assertThat(Texts.clip("without the bridge", 9)).isEqualTo("without…");
    }

    @Test
    void cutLooksForAWordBoundaryAndOneLineFoldsEveryKindOfSpace() {
        assertThat(Texts.cut("the river rose overnight", 20)).isEqualTo("the river rose…");
        assertThat(Texts.oneLine(" a\u00a0\n b ")).isEqualTo("a b");
    }
}
