package org.wirecheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wirecheck.align.Copies.STORY;
import static org.wirecheck.align.Copies.docs;
import static org.wirecheck.text.Paragraphs.text;

import org.junit.jupiter.api.Test;

/** Weighted Dice overlap of whole copies' content words, and the copy most like all others. */
class SimilarityTest {

    private static final String UNRELATED = text("Quarterly profits at the bakery chain doubled as flour prices eased.",
            "Analysts expect bread sales to keep growing through the winter.");

    @Test
    void identicalCopiesScoreOneAndUnrelatedOnesNothing() {
        Similarity s = new Similarity(docs(text(STORY), text(STORY), UNRELATED));
        assertThat(s.between(0, 1)).isCloseTo(1.0, within(1e-9));
        assertThat(s.between(0, 2)).isLessThan(0.1);
        assertThat(s.between(2, 2)).isEqualTo(1.0);
    }

    @Test
    void functionWordsDoNotCount() {
        Similarity s = new Similarity(docs("The harbour opened in Tarnvik on Monday.",
                "A harbour opened at Tarnvik by Monday."));
        assertThat(s.between(0, 1)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void isSymmetricAndAParaphraseScoresWellAboveAnUnrelatedStory() {
        String paraphrase = text("Tarnvik's harbour terminal opened on Monday; building it took four years.",
                "Kessing Group paid the 240 million kroner the terminal cost.");
        Similarity s = new Similarity(docs(text(STORY), paraphrase, UNRELATED));
        assertThat(s.between(0, 1)).isEqualTo(s.between(1, 0));
        assertThat(s.between(0, 1)).isGreaterThan(0.3).isGreaterThan(3 * s.between(0, 2));
    }

    @Test
    void rareWordsWeighMoreThanWordsEveryCopyHas() {
        // copies 0 and 1 share "Nordholm", found nowhere else; 0 and 2 share "ferries", which 3 has too
        Similarity s = new Similarity(docs("Ferries Nordholm quay.", "Trains Nordholm depot.",
                "Ferries Varde pier.", "Ferries Lund dock."));
        assertThat(s.between(0, 1)).isGreaterThan(s.between(0, 2));
    }

    @Test
    void theMedoidIsTheCopyMostLikeAllOthersAndTheFirstOnATie() {
        String full = text(STORY);
        String shorter = Copies.without(4);
        assertThat(new Similarity(docs(UNRELATED, shorter, full, full)).medoid()).isEqualTo(2);
        assertThat(new Similarity(docs(full, full)).medoid()).isZero();
    }
}
