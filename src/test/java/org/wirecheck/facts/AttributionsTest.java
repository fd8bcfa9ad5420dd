package org.wirecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.facts.Attributions.Attribution;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** Credits read from invented sentences: who said it, and whom they told. */
class AttributionsTest {

    private static List<Attribution> credits(String text) {
        return Attributions.of(0, new StoryContext(List.of(Document.of(new Witness("a.txt", "a.txt", text)))));
    }

    private static Attribution only(String text) {
        List<Attribution> all = credits(text);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aSpeakerBeforeTheVerbWithoutArticlesOrAuxiliaries() {
        Attribution a = only("The ferry ran aground near the pier, an official has said.");
        assertThat(a.speaker()).isEqualTo("official");
        assertThat(a.addressee()).isEmpty();
        assertThat(a.named()).isFalse();
    }

    @Test
    void whomTheyToldByInitials() {
        Attribution a = only("The pier was closed, a port official told The Maritime Gazette on Friday.");
        assertThat(a.speaker()).isEqualTo("port official");
        assertThat(a.addressee()).isEqualTo("mg");
        Attribution b = only("The pier was closed, the official told MG.");
        assertThat(b.addressee()).isEqualTo("mg");
        assertThat(a.sameAs(b)).isTrue();
    }

    @Test
    void anInvertedCreditNamesTheSpeakerAfterTheVerb() {
        Attribution a = only("The hull was not breached, said Jana Holm of the Coastal Safety Board.");
        assertThat(a.speaker()).isEqualTo("jana holm");
        assertThat(a.named()).isTrue();
    }

    @Test
    void aFullNameSetOffByCommasIsTheSpeaker() {
        Attribution a = only("\"We will appeal,\" the owner's lawyer, Ruth Amsel, told Reuters.");
        assertThat(a.speaker()).isEqualTo("ruth amsel");
        assertThat(a.addressee()).isEqualTo("reuters");
    }

    @Test
    void aSpeakerBeforeARelativeClause() {
        Attribution a = only("The captain ignored the warning, an inspector who saw the logs said.");
        assertThat(a.speaker()).isEqualTo("inspector");
    }

    @Test
    void notSayingAndPlainTellingAreNoCredits() {
        assertThat(credits("The company did not say how fast the ferry was going.")).isEmpty();
        assertThat(credits("Passengers were told to stay in their cabins.")).isEmpty();
        assertThat(credits("The harbour master declined to say when the pier would reopen.")).isEmpty();
    }

    @Test
    void citingNamesASourceOnlyWhenANameEndsTheClause() {
        assertThat(credits("The pier will close, the harbour said, citing Reuters.")).extracting(Attribution::speaker)
                .containsExactly("harbour", "reuters");
        assertThat(credits("The fleet grew, citing Valdora's rising trade with the islands.")).isEmpty();
        Attribution a = credits("The pier will close, citing Coastline Radio.").get(0);
        assertThat(a.speaker()).isEqualTo("coastline radio");
    }

    @Test
    void aPassiveIsNoCredit() {
        assertThat(credits("The ferry was reported missing on Sunday.")).isEmpty();
        assertThat(credits("Two crew members were told to stay aboard.")).isEmpty();
        assertThat(credits("The damage has been reported to insurers.")).isEmpty();
    }

    @Test
    void aSpeakerIsItsHeadNotTheWordsAfterIt() {
        Attribution a = only("The hull held, the harbour master of Kessa said.");
        assertThat(a.named()).as("'harbour master' names no one; Kessa is where he works").isFalse();
        assertThat(credits("The ferry sank after a long night of heavy storms near the old harbour said nothing."))
                .as("words that run on past any speaker are a clause, not who said it").isEmpty();
    }

    @Test
    void aPronounNamesNoOne() {
        assertThat(only("The water was cold, he said.").anonymous()).isTrue();
        assertThat(only("I'll say that the crew did well.").anonymous()).isTrue();
        assertThat(only("The pier will close, according to him.").anonymous()).isTrue();
        assertThat(only("The water was cold, Holm said.").anonymous()).isFalse();
    }

    @Test
    void aCapitalAtTheSentenceStartNamesNothingWhenTheWordIsWrittenInLowerCaseElsewhere() {
        // Holm is written with a capital inside a sentence too: the story knows it as a name
        List<Attribution> all = credits("Investigators said the pier was old. The investigators came on Monday with "
                + "engineer Jana Holm. Holm said the pier was new.");
        assertThat(all).extracting(Attribution::speaker).containsExactly("investigators", "holm");
        assertThat(all).extracting(Attribution::named).containsExactly(false, true);
    }
}
