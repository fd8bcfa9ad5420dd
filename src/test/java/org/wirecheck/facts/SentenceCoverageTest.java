package org.wirecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** How much of each sentence another copy tells, and where. */
class SentenceCoverageTest {

    private static final List<String> PARAGRAPHS = List.of(
            "The ferry Marisol ran aground near Tarnvik harbour on Sunday morning with ninety passengers aboard.",
            "Coastguard crews from Nordholm towed the damaged vessel back to port before the evening tide.",
            "Harbour master Ilse Varga said the pilot had reported a steering fault minutes before the grounding.",
            "Inspectors from the maritime board will examine the rudder assembly and the bridge recordings.",
            "The operator cancelled the remaining crossings and offered refunds to every ticket holder.");

    private static Document doc(String name, String text) {
        return Document.of(new Witness(name, name, text));
    }

    private static SentenceCoverage coverage(List<Document> docs) {
        return new SentenceCoverage(docs, (d, s) -> false);
    }

    @Test
    void aSentenceToldElsewhereInAnotherOrderPointsAtItsPlaceThere() {
        // copy k tells the five paragraphs rotated by k places: paragraph p stands at (p + k) % 5
        List<Document> docs = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < PARAGRAPHS.size(); i++) {
                b.append(PARAGRAPHS.get(Math.floorMod(i - k, PARAGRAPHS.size()))).append("\n\n");
            }
            docs.add(doc("copy" + k + ".txt", b.toString()));
        }
        SentenceCoverage cov = coverage(docs);
        for (int k = 1; k < 8; k++) {
            for (int p = 0; p < PARAGRAPHS.size(); p++) {
                SentenceCoverage.Match m = cov.best(0, p, k);
                assertThat(m.sentence()).as("copy %d, paragraph %d", k, p).isEqualTo((p + k) % PARAGRAPHS.size());
                assertThat(m.coverage()).isEqualTo(1.0);
                assertThat(cov.tells(0, p, k)).isTrue();
            }
        }
    }

    @Test
    void aSentenceToldTwiceElsewherePointsAtTheFirstTelling() {
        Document a = doc("a.txt", PARAGRAPHS.get(2) + "\n\n" + PARAGRAPHS.get(3));
        Document b = doc("b.txt", PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(2) + "\n\n" + PARAGRAPHS.get(4)
                + "\n\n" + PARAGRAPHS.get(2));
        SentenceCoverage cov = coverage(List.of(a, b));
        assertThat(cov.best(0, 0, 1).sentence()).isEqualTo(1);
        assertThat(cov.alone(0, 0, 1).sentence()).isEqualTo(1);
    }

    @Test
    void aSentenceNobodyTellsIsNotCoveredAndPointsNowhere() {
        Document a = doc("a.txt", PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(1));
        Document b = doc("b.txt", PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(4));
        SentenceCoverage cov = coverage(List.of(a, b));
        assertThat(cov.tells(0, 0, 1)).isTrue();
        assertThat(cov.tells(0, 1, 1)).isFalse();
        assertThat(cov.best(0, 1, 1).coverage()).isLessThan(0.2);
        // asked again after other matches, a measure gives the same answer: nothing is left over between matches
        assertThat(cov.alone(0, 1, 1)).isEqualTo(cov.alone(0, 1, 1));
        assertThat(cov.alone(0, 0, 1).sentence()).isEqualTo(0);
        assertThat(cov.alone(0, 1, 1).coverage()).isEqualTo(cov.best(0, 1, 1).coverage());
    }

    @Test
    void aReworkedSentenceIsStillTold() {
        Document a = doc("a.txt", PARAGRAPHS.get(2));
        Document b = doc("b.txt", "A steering fault had been reported by the pilot just before the grounding, "
                + "harbour master Ilse Varga said.");
        SentenceCoverage cov = coverage(List.of(a, b));
        assertThat(cov.tells(0, 0, 1)).isTrue();
        assertThat(cov.best(0, 0, 1).coverage()).isLessThan(1.0);
    }
}
