package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirecheck.ui.model.PassageMap;
import org.wirecheck.ui.model.PassageMap.Anchor;

/** Scrolling side by side goes by aligned passage, not by line. */
class PassageMapTest {

    private final PassageMap map = new PassageMap(Story.comparison().passages());

    @Test
    void aPointBecomesAPassageAndHowFarIntoIt() {
        Anchor a = map.anchorAt("A", 38).orElseThrow();
        assertThat(a.passage()).isEqualTo(1);
        assertThat(a.fraction()).isCloseTo(9 / 19.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(map.offsetOf("C", a)).hasValue(38);
    }

    @Test
    void theSamePassageStandsElsewhereInAnotherCopy() {
        Anchor end = map.anchorAt("A", 50).orElseThrow();
        assertThat(end.passage()).isEqualTo(2);
        assertThat(map.offsetOf("B", end)).hasValue(29);
    }

    @Test
    void aCopyLackingThePassageGoesToTheNextOneItHas() {
        Anchor rain = map.anchorAt("A", 40).orElseThrow();
        assertThat(map.offsetOf("B", rain)).hasValue(29);
    }

    @Test
    void aPointBetweenPassagesTakesTheNextPassage() {
        Anchor gap = map.anchorAt("A", 28).orElseThrow();
        assertThat(gap).isEqualTo(new Anchor(1, 0));
    }

    @Test
    void unknownCopiesHaveNoPlace() {
        assertThat(map.anchorAt("Z", 3)).isEmpty();
        assertThat(new PassageMap(java.util.List.of()).isEmpty()).isTrue();
    }
}
