package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** A title word that ends a name ("the Northern Chief", a ferry) gives nobody's office. */
class TitleInNameTest {

    private static boolean endsAName(String text, String word) {
        Document d = Document.of(new Witness("a.txt", "a.txt", text));
        for (int i = 0; i < d.size(); i++) {
            if (d.word(i).text().equals(word)) {
                return ReadingNames.endsAName(d, i);
            }
        }
        throw new AssertionError(word + " not in " + text);
    }

    @Test
    void aTitleWordClosingACapitalisedNameIsPartOfTheName() {
        assertThat(endsAName("The ferry known as the Northern Chief left Tarnvik at dawn.", "Chief")).isTrue();
    }

    @Test
    void aTitleBeforeAPersonOrAfterAnotherTitleStaysATitle() {
        assertThat(endsAName("Harbour Chief Ilse Brandt opened the quay.", "Chief")).isFalse();
        assertThat(endsAName("The Prime Minister told parliament on Monday.", "Minister")).isFalse();
        assertThat(endsAName("The ferry's chief engineer said the engines failed.", "chief")).isFalse();
        assertThat(endsAName("Chief executives met in Tarnvik.", "Chief")).isFalse();
    }
}
