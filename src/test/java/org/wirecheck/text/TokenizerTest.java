package org.wirecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.words(text, List.of()).stream().map(Token::text).toList();
    }

    private static Token only(String text) {
        List<Token> w = Tokenizer.words(text, List.of());
        assertThat(w).as("words of %s", text).hasSize(1);
        return w.get(0);
    }

    @Test
    void wordsAreInOrderWithTheirOffsetsAndNothingBetweenThemIsALetterOrDigit() {
        String text = "  SEOUL, Jan 30 (Reuters) \u2013 “It isn't over,” he said.\n\nU.S. troops: 1,000.  ";
        List<Token> all = Tokenizer.words(text, List.of());
        assertThat(all).extracting(Token::text).containsExactly(
                "SEOUL", "Jan", "30", "Reuters", "It", "isn't", "over", "he", "said", "U.S.", "troops", "1,000");
        int previousEnd = 0;
        for (Token t : all) {
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(text.substring(previousEnd, t.start()).codePoints().noneMatch(Character::isLetterOrDigit))
                    .as("letters or digits before %s", t).isTrue();
            previousEnd = t.end();
        }
        assertThat(text.substring(previousEnd).codePoints().noneMatch(Character::isLetterOrDigit)).isTrue();
    }

    @Test
    void punctuationAndSpacesAreNoWords() {
        assertThat(words("Hello, world!")).containsExactly("Hello", "world");
    }

    @Test
    void apostropheBetweenLettersStaysInsideTheWord() {
        assertThat(words("It isn't Russia’s plan")).containsExactly("It", "isn't", "Russia’s", "plan");
    }

    @Test
    void trailingApostropheIsNotPartOfTheWord() {
        assertThat(words("the players' union")).containsExactly("the", "players", "union");
    }

    @Test
    void hyphenSplitsWords() {
        assertThat(words("non-lethal aid")).containsExactly("non", "lethal", "aid");
    }

    @Test
    void dottedInitialsAreOneTokenKeyedWithoutDots() {
        Token t = only("U.S.");
        assertThat(t.text()).isEqualTo("U.S.");
        assertThat(t.key()).isEqualTo("us");
    }

    @Test
    void thousandsSeparatedNumberIsOneNumberToken() {
        Token t = only("1,000");
        assertThat(t.text()).isEqualTo("1,000");
        assertThat(t.key()).isEqualTo("1000");
    }

    @Test
    void decimalIsOneNumberToken() {
        Token t = only("6.7");
        assertThat(t.text()).isEqualTo("6.7");
        assertThat(t.key()).isEqualTo("6.7");
    }

    @Test
    void clockTimeIsOneNumberToken() {
        Token t = only("15:35");
        assertThat(t.text()).isEqualTo("15:35");
    }

    @Test
    void sentenceFinalDotIsNotPartOfANumberOrWord() {
        assertThat(words("It was 6.7. Then Smith left.")).containsExactly("It", "was", "6.7", "Then", "Smith", "left");
    }

    @Test
    void commaAfterANumberBeforeASpaceIsPunctuation() {
        assertThat(words("2, 3 and 4")).containsExactly("2", "3", "and", "4");
    }

    @Test
    void mojibakeApostropheStaysInsideTheWord() {
        Token t = only("Russiaâ€™s");
        assertThat(t.text()).isEqualTo("Russiaâ€™s");
        assertThat(t.key()).isEqualTo(Keys.of("Russia’s"));
    }

    @Test
    void hiddenRangesHoldNoWords() {
        String text = "See [the report](https://example.com/report) today";
        int from = text.indexOf("(https");
        int to = text.indexOf(')') + 1;
        List<Token> all = Tokenizer.words(text, List.of(new TextRange(from, to)));
        assertThat(all).extracting(Token::text).containsExactly("See", "the", "report", "today");
        assertThat(all).allMatch(t -> t.end() <= from || t.start() >= to);
        assertThat(all.get(3).start()).isEqualTo(text.indexOf("today"));
    }

    @Test
    void hiddenRangeCutsAWordAtItsStart() {
        String text = "abcdef";
        List<Token> all = Tokenizer.words(text, List.of(new TextRange(3, 6)));
        assertThat(all).extracting(Token::text).containsExactly("abc");
        assertThat(all.get(0).end()).isEqualTo(3);
    }

    @Test
    void surrogatePairsDoNotBreakOffsets() {
        String text = "Fans 😀 cheered 𠮷野 loudly";
        List<Token> all = Tokenizer.words(text, List.of());
        for (Token t : all) {
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(Character.isLowSurrogate(text.charAt(t.start()))).as("word starts mid-pair: %s", t).isFalse();
        }
        assertThat(all).extracting(Token::text).containsExactly("Fans", "cheered", "𠮷野", "loudly");
    }
}
