package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void numberWordEqualsDigits() {
        assertThat(Numbers.values(List.of("eight"))).isEqualTo(Numbers.values(List.of("8"))).containsExactly("8");
    }

    @Test
    void noOneIsNobodyNotTheNumberOne() {
        assertThat(Numbers.values(List.of("said", "no", "one", "was", "hurt")))
                .isEqualTo(Numbers.values(List.of("said", "none", "were", "hurt"))).containsExactly("none");
        assertThat(Numbers.values(List.of("one", "was", "hurt"))).containsExactly("1");
    }

    @Test
    void numberWordsCompose() {
        assertThat(Numbers.values(List.of("two", "hundred"))).containsExactly("200");
        assertThat(Numbers.values(List.of("twenty", "five"))).containsExactly("25");
    }

    @Test
    void numberWordsWithSeveralScalesCompose() {
        assertThat(Numbers.values(List.of("one", "thousand", "two", "hundred"))).containsExactly("1200");
    }

    @Test
    void digitsWithScaleWordEqualNumberWordsWithScaleWord() {
        assertThat(Numbers.values(List.of("2", "million"))).isEqualTo(Numbers.values(List.of("two", "million")));
    }

    @Test
    void separateNumbersStaySeparate() {
        assertThat(Numbers.values(List.of("three", "ships", "and", "five", "boats"))).containsExactly("3", "5");
    }

    @Test
    void numberWithUnitSuffixDiffersFromAnotherNumberWithUnitWord() {
        assertThat(Numbers.values(List.of("480m"))).isNotEqualTo(Numbers.values(List.of("488", "meters")));
    }

    @Test
    void vagueQuantityWordIsKeptAsAWord() {
        assertThat(Numbers.values(List.of("hundreds", "of", "people"))).containsExactly("hundreds");
    }

    @Test
    void ordinalIsNotComposedIntoACardinal() {
        assertThat(Numbers.values(List.of("first"))).isNotEqualTo(Numbers.values(List.of("one")));
    }

    @Test
    void trailingDecimalZerosAreDropped() {
        assertThat(Numbers.normaliseDigits("6.70")).isEqualTo("6.7");
        assertThat(Numbers.normaliseDigits("1000.0")).isEqualTo("1000");
        assertThat(Numbers.values(List.of("6.70"))).isEqualTo(Numbers.values(List.of("6.7")));
    }

    @Test
    void trailingZerosOfAnIntegerAreKept() {
        assertThat(Numbers.normaliseDigits("1000")).isEqualTo("1000");
        assertThat(Numbers.normaliseDigits("480m")).isEqualTo("480m");
    }

    @Test
    void isNumericRecognisesDigitsNumberWordsAndQuantityWords() {
        assertThat(Numbers.isNumeric("480m")).isTrue();
        assertThat(Numbers.isNumeric("eight")).isTrue();
        assertThat(Numbers.isNumeric("dozens")).isTrue();
        assertThat(Numbers.isNumeric("ships")).isFalse();
        assertThat(Numbers.isNumeric("")).isFalse();
    }

    @Test
    void theMajorityOfSaysMostOf() {
        assertThat(Numbers.values(List.of("the", "majority", "of"))).isEqualTo(Numbers.values(List.of("most", "of")));
        assertThat(Numbers.values(List.of("many"))).isNotEqualTo(Numbers.values(List.of("most")));
    }
}
