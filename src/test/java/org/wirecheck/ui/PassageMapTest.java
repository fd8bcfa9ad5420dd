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

    @Test
    void aCopyNotInvolvedGoesToThePassageTheDiscrepancyStandsIn() {
        org.wirecheck.compare.Discrepancy name = Story.comparison().discrepancies().get(0);
        org.wirecheck.compare.Discrepancy inPassage2 = new org.wirecheck.compare.Discrepancy("D9", name.kind(),
                name.severity(), "end / End", "case", "end", java.util.List.of(
                        new org.wirecheck.compare.Reading("end", java.util.List.of(
                                new org.wirecheck.compare.Location("A", 54, 57))),
                        new org.wirecheck.compare.Reading("End", java.util.List.of(
                                new org.wirecheck.compare.Location("C", 54, 57)))), 2, "k");
        assertThat(map.placeOf(inPassage2, "C")).as("its own reading").hasValue(54);
        assertThat(map.placeOf(inPassage2, "B")).as("same place of passage 2 in B").hasValue(33);
        org.wirecheck.compare.Discrepancy claimsPassage1 = new org.wirecheck.compare.Discrepancy("D9", name.kind(),
                name.severity(), "x", "x", "x", inPassage2.readings(), 1, "k");
        assertThat(map.placeOf(claimsPassage1, "B")).as("the engine's passage, B lacks it: the next one")
                .hasValue(29);
    }
}
