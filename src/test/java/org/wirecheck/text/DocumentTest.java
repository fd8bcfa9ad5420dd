package org.wirecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static Document doc(String text) {
        return Document.of(new Witness("a.txt", "a.txt", text));
    }

    private static List<String> sentences(String text) {
        Document d = doc(text);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < d.sentenceCount(); s++) {
            out.add(d.slice(d.sentenceStart(s), d.sentenceEnd(s)));
        }
        return out;
    }

    /** The words of the text whose quoted flag is set. */
    private static List<String> quotedWords(String text) {
        Document d = doc(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (d.quoted(i)) {
                out.add(d.word(i).text());
            }
        }
        return out;
    }

    @Test
    void fullStopBeforeCapitalEndsASentence() {
        assertThat(sentences("The talks ended. Both sides left."))
                .containsExactly("The talks ended", "Both sides left");
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertThat(sentences("Will they return? Nobody knows! The envoy left."))
                .containsExactly("Will they return", "Nobody knows", "The envoy left");
    }

    @Test
    void closingQuoteAfterFullStopStillEndsTheSentence() {
        assertThat(sentences("He said: “We will win.” Then he left."))
                .containsExactly("He said: “We will win", "Then he left");
    }

    @Test
    void titleAbbreviationDoesNotEndASentence() {
        assertThat(sentences("Mr. Smith met Gen. Lee. They talked."))
                .containsExactly("Mr. Smith met Gen. Lee", "They talked");
    }

    @Test
    void monthAbbreviationDoesNotEndASentence() {
        assertThat(sentences("The vote is on Jan. 30 in Seoul. Polls open early."))
                .containsExactly("The vote is on Jan. 30 in Seoul", "Polls open early");
    }

    @Test
    void initialDoesNotEndASentence() {
        assertThat(sentences("The report by J. Smith was long. It was read."))
                .containsExactly("The report by J. Smith was long", "It was read");
    }

    @Test
    void initialsInsideASentenceDoNotEndItButTheFullStopAfterItDoes() {
        assertThat(sentences("U.S. officials said. The talks resume."))
                .containsExactly("U.S. officials said", "The talks resume");
    }

    @Test
    void datelineSeparatorAfterAgencyIsNotASentenceEnd() {
        List<String> s = sentences("Seoul, Jan 30 (EFE).- Nato chief Jens Stoltenberg arrived. He met officials.");
        assertThat(s).hasSize(2);
        assertThat(s.get(0)).startsWith("Seoul").contains("(EFE).- Nato chief").endsWith("arrived");
    }

    @Test
    void fullStopBeforeLowerCaseWordDoesNotEndASentence() {
        assertThat(sentences("It cost 5 dollars approx. and more")).hasSize(1);
    }

    @Test
    void lineBreakStartsANewParagraphAndSentence() {
        Document d = doc("Headline without a stop\nFirst body line. Still first.\n\nSecond body line.");
        assertThat(d.sentenceCount()).isEqualTo(4);
        assertThat(d.paragraphOf(0)).isZero();
        int first = d.wordAtOrAfter(d.text().indexOf("First"));
        int still = d.wordAtOrAfter(d.text().indexOf("Still"));
        int second = d.wordAtOrAfter(d.text().indexOf("Second"));
        assertThat(d.paragraphOf(first)).isEqualTo(1);
        assertThat(d.paragraphOf(still)).isEqualTo(1);
        assertThat(d.paragraphOf(second)).isEqualTo(2);
        assertThat(d.startsSentence(first)).isTrue();
        assertThat(d.startsSentence(still)).isTrue();
    }

    @Test
    void wordsInsideCurlyQuotesAreQuoted() {
        assertThat(quotedWords("He said “we will win” and left."))
                .containsExactly("we", "will", "win");
    }

    @Test
    void wordsInsideStraightQuotesAreQuoted() {
        assertThat(quotedWords("He said \"we will win\" and left."))
                .containsExactly("we", "will", "win");
    }

    @Test
    void twoQuotesInOneSentenceLeaveTheWordsBetweenThemUnquoted() {
        assertThat(quotedWords("“Yes,” she said, “we will.”"))
                .containsExactly("Yes", "we", "will");
    }

    @Test
    void unclosedQuoteRunsToTheEndOfItsParagraphOnly() {
        assertThat(quotedWords("He said “we will win and left\nThe next paragraph is reported speech."))
                .containsExactly("we", "will", "win", "and", "left");
    }

    @Test
    void wordAtOrAfterFindsTheWordCoveringOrFollowingAnOffset() {
        Document d = doc("One two  three");
        assertThat(d.wordAtOrAfter(0)).isZero();
        assertThat(d.wordAtOrAfter(2)).isZero();
        assertThat(d.wordAtOrAfter(3)).isEqualTo(1);
        assertThat(d.wordAtOrAfter(8)).isEqualTo(2);
        assertThat(d.wordAtOrAfter(14)).isEqualTo(3);
    }
}
