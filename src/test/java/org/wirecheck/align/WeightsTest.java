package org.wirecheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.align.Copies.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;

/** Inverse sentence frequency of content words, numbered for fast overlap. */
class WeightsTest {

    private static final Document STORY = doc("Ferries leave Tarnvik daily. Ferries leave Nordholm twice. "
            + "Ferries are late.");

    @Test
    void functionWordsHaveNoNumberAndWeighNothing() {
        Weights w = new Weights(List.of(doc("The ferry and the quay.")));
        Document d = doc("the of and in it");
        assertThat(w.ids(d, 0, d.size())).isEmpty();
        assertThat(Weights.contentKeys(doc("The ferry and the quay."), 0, 5))
                .containsExactlyInAnyOrder("ferry", "quay");
    }

    @Test
    void aRareWordWeighsMoreThanOneEverySentenceHas() {
        Weights w = new Weights(List.of(STORY));
        int ferries = w.ids(doc("ferries"), 0, 1)[0];
        int nordholm = w.ids(doc("Nordholm"), 0, 1)[0];
        assertThat(w.weight(nordholm)).isGreaterThan(w.weight(ferries));
        assertThat(w.weight(ferries)).isEqualTo(Math.log(2.0)); // in 3 of 3 sentences
        assertThat(w.total(new int[] {ferries, nordholm})).isEqualTo(w.weight(ferries) + w.weight(nordholm));
    }

    @Test
    void idsAreDistinctSortedAndSkipUnknownWords() {
        Weights w = new Weights(List.of(STORY));
        Document d = doc("Nordholm ferries Tarnvik ferries Nordholm Oslo");
        int[] ids = w.ids(d, 0, d.size());
        assertThat(ids).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat(w.size()).isEqualTo(7); // ferries leave tarnvik daily nordholm twice late
    }
}
