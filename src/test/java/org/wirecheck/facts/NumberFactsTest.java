package org.wirecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Number facts paired across copies, on hand-made mentions. */
class NumberFactsTest {

    private static final List<String> BODY = List.of("company", "derail", "statement", "sunday", "valdora");
    private static final List<String> SHORT = List.of("train", "valdora");
    private static final List<String> CONSIST = List.of("capital", "engine", "left", "train", "valdora");

    private static NumberMention cars(int copy, int sentence, String value, List<String> context, String... after) {
        return new NumberMention(copy, sentence * 10, sentence * 10 + 1, value, List.of(), List.of(after), List.of(),
                sentence, context, "");
    }

    @Test
    void aStandfirstRepeatingTheBodyDoesNotPairWithAnotherCount() {
        // copies 0-2 say eight cars derailed; copy 2 says it twice (standfirst and body); copy 3 counts the
        // train's nine cars, a different thing with the same word after it
        List<List<NumberMention>> perCopy = List.of(
                List.of(cars(0, 1, "8", BODY, "car", "derail")),
                List.of(cars(1, 1, "8", BODY, "car", "derail")),
                List.of(cars(2, 0, "8", SHORT, "car", "derail"), cars(2, 2, "8", BODY, "car", "derail")),
                List.of(cars(3, 3, "9", CONSIST, "car", "and")));
        List<NumberFacts.Fact> differing = NumberFacts.differing(perCopy);
        assertThat(differing).noneMatch(f -> f.values().contains("9") && f.mentions().size() == 2);
    }

    @Test
    void aNumberStatedDifferentlyByTwoCopiesIsOneFact() {
        List<List<NumberMention>> perCopy = List.of(
                List.of(cars(0, 1, "8", BODY, "car", "derail")),
                List.of(cars(1, 1, "8", BODY, "car", "derail")),
                List.of(cars(2, 1, "5", BODY, "car", "derail")));
        assertThat(NumberFacts.differing(perCopy)).singleElement()
                .satisfies(f -> assertThat(f.values()).containsExactlyInAnyOrder("8", "5"));
    }

    @Test
    void aSlipOfTheKeyboardIsOneDigitOrTwoNeighboursSwappedInALongFigure() {
        assertThat(NumberFacts.slip("4210", "4120")).isTrue();
        assertThat(NumberFacts.slip("164", "168")).isTrue();
        assertThat(NumberFacts.slip("4210", "4321")).isFalse();
        assertThat(NumberFacts.slip("20", "25")).as("two digits: other numbers as often as slips").isFalse();
        assertThat(NumberFacts.slip("4210", "42100")).isFalse();
    }

    @Test
    void aFigureMistypedInARewrittenSentenceStillPairs() {
        List<String> wire = List.of("adult", "attack", "cholesterol", "drug", "heart", "high", "london", "trial");
        List<String> rewrite = List.of("adult", "britain", "corvipran", "disease", "german", "hospital", "poland");
        List<List<NumberMention>> perCopy = List.of(
                List.of(cars(0, 1, "4210", wire, "adult", "with", "high", "cholesterol")),
                List.of(cars(1, 1, "4210", wire, "adult", "with", "high", "cholesterol")),
                List.of(cars(2, 1, "4120", rewrite, "adult", "with", "heart", "disease")));
        assertThat(NumberFacts.differing(perCopy)).singleElement()
                .satisfies(f -> assertThat(f.values()).containsExactlyInAnyOrder("4210", "4120"));
    }
}
