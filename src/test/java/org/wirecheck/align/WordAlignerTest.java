package org.wirecheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.align.Copies.align;
import static org.wirecheck.text.Paragraphs.text;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words matched inside linked passages, and the differences left as {@link CopyEdit}s. */
class WordAlignerTest {

    private static final String BASE = "Tarnvik opened its new harbour terminal on Monday.";

    /** Copy 1's alignment to a pivot of copy 0. */
    private static CopyAlignment second(String base, String copy) {
        return align(base, copy).copy(1);
    }

    @Test
    void identicalCopiesMatchEveryWordAndHaveNoEdits() {
        CopyAlignment ca = second(BASE, BASE);
        assertThat(ca.edits()).isEmpty();
        for (int g = 0; g < 8; g++) {
            assertThat(ca.match(g)).isEqualTo(g);
        }
        assertThat(ca.present(0)).isTrue();
    }

    @Test
    void insertedWordsAreOneInsertionAtTheirPivotPoint() {
        CopyAlignment ca = second(BASE, "Tarnvik opened its badly needed new harbour terminal on Monday.");
        assertThat(ca.edits()).containsExactly(new CopyEdit(3, 3, 3, 5));
        CopyEdit e = ca.edits().get(0);
        assertThat(e.insertion()).isTrue();
        assertThat(e.deletion()).isFalse();
        assertThat(ca.match(3)).as("'new' after the two inserted words").isEqualTo(5);
    }

    @Test
    void wordsInsertedAtTheStartOfASentenceAreAnInsertionBeforeItsFirstWord() {
        String second = "Ferries to Nordholm will leave from the quay in June.";
        CopyAlignment ca = second(text(BASE, second), text(BASE, "From Tarnvik, " + second));
        assertThat(ca.edits()).containsExactly(new CopyEdit(8, 8, 8, 10));
    }

    @Test
    void droppedWordsAreOneDeletionWhereTheyWouldStand() {
        CopyAlignment ca = second("Tarnvik opened its badly needed new harbour terminal on Monday.", BASE);
        assertThat(ca.edits()).containsExactly(new CopyEdit(3, 5, 3, 3));
        assertThat(ca.edits().get(0).deletion()).isTrue();
        assertThat(ca.match(3)).isEqualTo(-1);
        assertThat(ca.match(4)).isEqualTo(-1);
    }

    @Test
    void changedWordIsASubstitution() {
        CopyAlignment ca = second(BASE, "Tarnvik opened its new harbour terminal on Tuesday.");
        assertThat(ca.edits()).containsExactly(new CopyEdit(7, 8, 7, 8));
        assertThat(ca.edits().get(0).insertion() || ca.edits().get(0).deletion()).isFalse();
    }

    @Test
    void changesOneWordApartAreOnePhrase() {
        CopyAlignment ca = second("The terminal cost 240 million kroner last year.",
                "The terminal cost 250 million euros last year.");
        assertThat(ca.edits()).containsExactly(new CopyEdit(3, 6, 3, 6));
    }

    @Test
    void joinPhrasesJoinsAcrossOneWordOrTwoFunctionWordsOnly() {
        List<String> keys = List.of("port", "rose", "sharply", "of", "the", "quay", "fell", "by", "five", "ships");
        CopyEdit rose = new CopyEdit(1, 2, 1, 2);
        assertThat(WordAligner.joinPhrases(List.of(rose, new CopyEdit(3, 4, 3, 4)), keys))
                .as("one word apart").containsExactly(new CopyEdit(1, 4, 1, 4));
        assertThat(WordAligner.joinPhrases(List.of(new CopyEdit(2, 3, 2, 3), new CopyEdit(5, 6, 5, 6)), keys))
                .as("'of the' between").containsExactly(new CopyEdit(2, 6, 2, 6));
        assertThat(WordAligner.joinPhrases(List.of(rose, new CopyEdit(4, 5, 4, 5)), keys))
                .as("'sharply of' between: not two function words").hasSize(2);
        assertThat(WordAligner.joinPhrases(List.of(new CopyEdit(0, 4, 0, 4), new CopyEdit(5, 9, 5, 9)), keys))
                .as("longer than a phrase").hasSize(2);
    }

    @Test
    void aMovedParagraphsWordsMatchWhereItStandsInTheCopy() {
        String first = "Tarnvik opened its new harbour terminal on Monday.";
        String second = "Ferries to Nordholm will leave from the quay in June.";
        CopyAlignment ca = second(text(first, second), text(second, first));
        assertThat(ca.edits()).isEmpty();
        assertThat(ca.match(0)).as("'Tarnvik', now the copy's 11th word").isEqualTo(10);
        assertThat(ca.match(8)).as("'Ferries', now first").isZero();
    }
}
