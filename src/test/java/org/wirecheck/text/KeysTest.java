package org.wirecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void caseIsFolded() {
        assertThat(Keys.of("NATO")).isEqualTo(Keys.of("Nato")).isEqualTo("nato");
    }

    @Test
    void diacriticsAreFolded() {
        assertThat(Keys.of("Café")).isEqualTo("cafe");
        assertThat(Keys.of("ÉLYSÉE")).isEqualTo("elysee");
    }

    @Test
    void curlyAndStraightApostrophesGiveTheSameKey() {
        assertThat(Keys.of("don’t")).isEqualTo(Keys.of("don't")).isEqualTo("don't");
    }

    @Test
    void possessiveIsStripped() {
        assertThat(Keys.of("NATO’s")).isEqualTo("nato");
        assertThat(Keys.of("Russia's")).isEqualTo(Keys.of("Russia"));
    }

    @Test
    void shortContractionKeepsItsS() {
        assertThat(Keys.of("it's")).isEqualTo("it's");
    }

    @Test
    void hyphenatedAndSolidSpellingsSqueezeAlike() {
        assertThat(Keys.squeeze("non-proliferation")).isEqualTo(Keys.squeeze("nonproliferation"))
                .isEqualTo("nonproliferation");
    }

    @Test
    void squeezeStillTellsDifferentWordsApart() {
        assertThat(Keys.squeeze("non-lethal")).isNotEqualTo(Keys.squeeze("nonfatal"));
    }

    @Test
    void thousandsSeparatorIsDropped() {
        assertThat(Keys.of("1,000")).isEqualTo("1000");
    }

    @Test
    void decimalPointIsKept() {
        assertThat(Keys.of("6.7")).isEqualTo("6.7");
        assertThat(Keys.of("1,000.5")).isEqualTo("1000.5");
    }

    @Test
    void initialsLoseTheirDots() {
        assertThat(Keys.of("U.S.")).isEqualTo("us");
    }
}
