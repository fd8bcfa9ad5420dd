package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void distanceCountsEdits() {
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Spelling.distance("", "abc")).isEqualTo(3);
        assertThat(Spelling.distance("same", "same")).isZero();
    }

    @Test
    void romanisationVariantsOfANameAreNear() {
        assertThat(Spelling.near("chey", "choi")).isTrue();
        assertThat(Spelling.near("seok", "suk")).isTrue();
        assertThat(Spelling.near("marlow", "marlew")).isTrue();
    }

    @Test
    void nearIsSymmetric() {
        assertThat(Spelling.near("suk", "seok")).isEqualTo(Spelling.near("seok", "suk"));
        assertThat(Spelling.near("choi", "chey")).isTrue();
    }

    @Test
    void inflectionIsNotNear() {
        assertThat(Spelling.near("korea", "korean")).isFalse();
    }

    @Test
    void differentFirstLetterIsNotNear() {
        assertThat(Spelling.near("kang", "gang")).isFalse();
    }

    @Test
    void wordsShorterThanFourLettersAreNotNear() {
        assertThat(Spelling.near("lee", "lie")).isFalse();
        assertThat(Spelling.near("kim", "kin")).isFalse();
    }

    @Test
    void identicalWordsAreNotNear() {
        assertThat(Spelling.near("choi", "choi")).isFalse();
    }

    @Test
    void clearlyDifferentNamesAreNotNear() {
        assertThat(Spelling.near("smith", "stone")).isFalse();
        assertThat(Spelling.near("brandt", "bremen")).isFalse();
    }

    @Test
    void slipsOfSpellingAreTypos() {
        assertThat(Spelling.typo("seperate", "separate")).isTrue();
        assertThat(Spelling.typo("comitted", "committed")).isTrue();
        assertThat(Spelling.typo("recieved", "received")).isTrue();
    }

    @Test
    void anotherWordOrAShortWordIsNoTypo() {
        assertThat(Spelling.typo("started", "starred")).isFalse();
        assertThat(Spelling.typo("casual", "causal")).isFalse();
        assertThat(Spelling.typo("Reuters", "Reutres")).isFalse(); // names are compared as names
        assertThat(Spelling.typo("released", "relapsed")).isFalse();
        assertThat(Spelling.typo("complained", "complains")).isFalse();
    }
}
