package org.wirecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<Token> tokens(String text) {
        return Tokenizer.tokenize(text, List.of());
    }

    private static List<String> words(String text) {
        return Tokenizer.words(text, List.of()).stream().map(Token::text).toList();
    }

    private static Token only(String text) {
        List<Token> w = Tokenizer.words(text, List.of());
        assertThat(w).as("words of %s", text).hasSize(1);
        return w.get(0);
    }

    @Test
    void tokensCoverTheTextExactlyWithConsistentOffsets() {
        String text = "  SEOUL, Jan 30 (Reuters) \u2013 “It isn't over,” he said.\n\nU.S. troops: 1,000.  ";
        List<Token> all = tokens(text);
        StringBuilder joined = new StringBuilder();
        int expectedStart = 0;
        for (Token t : all) {
            assertThat(t.start()).isEqualTo(expectedStart);
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            joined.append(t.text());
            expectedStart = t.end();
        }
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Test
    void wordsAndPunctuationAreSeparateTokens() {
        List<Token> all = tokens("Hello, world!");
        assertThat(all).extracting(Token::text).containsExactly("Hello", ",", " ", "world", "!");
        assertThat(all).extracting(Token::type).containsExactly(
                Token.Type.WORD, Token.Type.PUNCT, Token.Type.SPACE, Token.Type.WORD, Token.Type.PUNCT);
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
        assertThat(t.type()).isEqualTo(Token.Type.WORD);
    }

    @Test
    void thousandsSeparatedNumberIsOneNumberToken() {
        Token t = only("1,000");
        assertThat(t.type()).isEqualTo(Token.Type.NUMBER);
        assertThat(t.text()).isEqualTo("1,000");
        assertThat(t.key()).isEqualTo("1000");
    }

    @Test
    void decimalIsOneNumberToken() {
        Token t = only("6.7");
        assertThat(t.type()).isEqualTo(Token.Type.NUMBER);
        assertThat(t.key()).isEqualTo("6.7");
    }

    @Test
    void clockTimeIsOneNumberToken() {
        Token t = only("15:35");
        assertThat(t.type()).isEqualTo(Token.Type.NUMBER);
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
    void hiddenRangesBecomeHiddenTokensAndAreNotWords() {
        String text = "See [the report](https://example.com/report) today";
        int from = text.indexOf("(https");
        int to = text.indexOf(')') + 1;
        List<Token> all = Tokenizer.tokenize(text, List.of(new TextRange(from, to)));
        assertThat(all).filteredOn(t -> t.type() == Token.Type.HIDDEN)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.start()).isEqualTo(from);
                    assertThat(t.end()).isEqualTo(to);
                    assertThat(t.isWord()).isFalse();
                });
        assertThat(Tokenizer.words(text, List.of(new TextRange(from, to)))).extracting(Token::text)
                .containsExactly("See", "the", "report", "today");
    }

    @Test
    void hiddenRangeCutsAWordAtItsStart() {
        String text = "abcdef";
        List<Token> all = Tokenizer.tokenize(text, List.of(new TextRange(3, 6)));
        assertThat(all).extracting(Token::text).containsExactly("abc", "def");
        assertThat(all).extracting(Token::type).containsExactly(Token.Type.WORD, Token.Type.HIDDEN);
    }

    @Test
    void surrogatePairsDoNotBreakOffsets() {
        String text = "Fans 😀 cheered 𠮷野 loudly";
        List<Token> all = tokens(text);
        for (Token t : all) {
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(Character.isLowSurrogate(text.charAt(t.start()))).as("token starts mid-pair: %s", t).isFalse();
        }
        assertThat(words(text)).containsExactly("Fans", "cheered", "𠮷野", "loudly");
        assertThat(all).extracting(Token::text).contains("😀");
    }
}
