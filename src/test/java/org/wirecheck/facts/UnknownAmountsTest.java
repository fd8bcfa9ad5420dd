package org.wirecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** Statements that an amount is not known, and which figures they ask for. */
class UnknownAmountsTest {

    private static Document doc(String text) {
        return Document.of(new Witness("a.txt", "a.txt", text));
    }

    private static List<String> statements(String text) {
        Document d = doc(text);
        return UnknownAmounts.of(0, d, s -> false).stream()
                .map(s -> d.slice(s.from(), s.to()) + " ?" + s.question()).toList();
    }

    @Test
    void findsWhatIsSaidNotToBeKnown() {
        assertThat(statements("The operator did not say how fast the ferry was sailing. It was not immediately clear "
                + "how many passengers were aboard. Police declined to say how much was taken."))
                .containsExactly("did not say how fast ?fast", "was not immediately clear how many ?many",
                        "declined to say how much ?much");
        assertThat(statements("Officials didn't say how long the bridge would stay shut."))
                .containsExactly("didn't say how long ?long");
    }

    @Test
    void aQuestionThatIsAnsweredOrAsksNoAmountIsNoStatement() {
        assertThat(statements("The captain explained how fast the ferry was sailing. It was not clear why the trial "
                + "went ahead. Nobody knows how the fire started.")).isEmpty();
    }

    @Test
    void aFigureAsksByItsUnit() {
        Document d = doc("The ferry was sailing at 40 mph (64 km/h) with 120 passengers for 3 hours, 12 miles out, "
                + "carrying "
                + "$5,000 and a 75mph gust.");
        List<NumberMention> ms = NumberMentions.of(0, d, s -> false);
        assertThat(ms.stream().map(m -> d.slice(m.from(), m.to()) + " ?" + UnknownAmounts.question(m)))
                .contains("40 ?fast", "64 ?fast", "120 ?many", "3 ?long", "12 ?far", "5,000 ?much", "75mph ?fast");
    }
}
