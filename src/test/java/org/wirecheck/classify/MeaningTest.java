package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Changes of what is asserted, and what is not one. */
class MeaningTest {

    @Test
    void aNegationInOneReadingOnlyChangesTheMeaning() {
        assertThat(Meaning.change("the pier was damaged", "the pier was not damaged")).startsWith("negation");
        assertThat(Meaning.change("", "not")).startsWith("negation");
    }

    @Test
    void twoDifferentPassagesSideBySideAreNoNegationChange() {
        assertThat(Meaning.change("rescue boats reached the harbour", "but there is no stopping the tide")).isNull();
    }

    @Test
    void aChangeOfCertaintyChangesTheMeaning() {
        assertThat(Meaning.change("the pier will reopen", "the pier could reopen")).startsWith("changes what");
        assertThat(Meaning.change("the pier would reopen", "the pier may reopen")).startsWith("changes what");
        // reported speech shifts the tense, not the certainty
        assertThat(Meaning.change("said the pier would reopen", "said the pier will reopen")).isNull();
    }

    @Test
    void aRiseReportedAsAFallIsAReversalAndTwoWordsForARiseAreNot() {
        assertThat(Meaning.change("bank raises rates", "bank cuts rates")).startsWith("reverses the direction");
        assertThat(Meaning.change("shares fell sharply", "shares jumped sharply")).startsWith("reverses");
        assertThat(Meaning.change("exports rose", "exports increased")).isNull();
        assertThat(Meaning.change("prices rose and wages fell", "prices rose")).isNull();
    }
}
