package org.wirecheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.align.Copies.STORY;
import static org.wirecheck.align.Copies.docs;
import static org.wirecheck.text.Paragraphs.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;

/** Sentences linked to the pivot's slots by the rare words they share, wherever they stand. */
class SentenceLinkerTest {

    /** Copy 1's sentences linked to slots made of copy 0's sentences. */
    private static SentenceLinker.Link[] link(String base, String copy) {
        List<Document> docs = docs(base, copy);
        Document b = docs.get(0);
        List<Slot> order = new ArrayList<>();
        for (int s = 0; s < b.sentenceCount(); s++) {
            order.add(new Slot(0, s, b.sentenceStart(s), b.sentenceEnd(s)));
        }
        return new SentenceLinker(docs, new Weights(docs)).link(docs.get(1), order);
    }

    private static int[] slots(SentenceLinker.Link l) {
        return l == null ? null : new int[] {l.lo(), l.hi()};
    }

    @Test
    void aMovedParagraphLinksToItsSlot() {
        SentenceLinker.Link[] links = link(text(STORY),
                text(STORY.get(0), STORY.get(3), STORY.get(1), STORY.get(2), STORY.get(4)));
        assertThat(links).hasSize(5);
        assertThat(slots(links[0])).containsExactly(0, 0);
        assertThat(slots(links[1])).containsExactly(3, 3);
        assertThat(slots(links[2])).containsExactly(1, 1);
        assertThat(slots(links[3])).containsExactly(2, 2);
        assertThat(slots(links[4])).containsExactly(4, 4);
        assertThat(links[1].dice()).isEqualTo(1.0);
    }

    @Test
    void aSentenceSharingNothingLinksNowhere() {
        SentenceLinker.Link[] links = link(text(STORY.subList(0, 2)),
                text(STORY.get(0), "Bakeries reported record bread sales during the winter storms.", STORY.get(1)));
        assertThat(links[1]).isNull();
        assertThat(slots(links[2])).containsExactly(1, 1);
    }

    @Test
    void aSentenceTellingTwoSlotsTakesBoth() {
        SentenceLinker.Link[] links = link(text(STORY.subList(0, 3)), text("Tarnvik opened its new harbour terminal "
                + "on Monday after four years of building, and the terminal cost 240 million kroner, paid for by "
                + "the Kessing Group.", STORY.get(2)));
        assertThat(slots(links[0])).containsExactly(0, 1);
        assertThat(slots(links[1])).containsExactly(2, 2);
    }

    @Test
    void twoSentencesTellingOneSlotShareIt() {
        SentenceLinker.Link[] links = link(text(STORY.subList(0, 3)), text(STORY.get(0),
                "The terminal cost 240 million kroner. It was paid for by the Kessing Group.", STORY.get(2)));
        assertThat(links).hasSize(4);
        assertThat(slots(links[1])).containsExactly(1, 1);
        assertThat(slots(links[2])).containsExactly(1, 1);
        assertThat(slots(links[3])).containsExactly(2, 2);
    }

    @Test
    void aWeakerSentenceNextToALinkedOneLinksToTheSameOrTheNextSlot() {
        // "It was paid for by the Kessing Group." alone is held by the sentence before it, and too long a sentence
        // stands between: only its neighbour (the next sentence, linked to slot 2) places it, at slot 1
        SentenceLinker.Link[] links = link(text(STORY.subList(0, 3)), text(STORY.get(0), "The terminal cost 240 "
                + "million kroner. Spokespeople declined to discuss contracts, tenders, rival bids from Danish or "
                + "Polish consortiums, or penalties for delays. It was paid for by the Kessing Group.", STORY.get(2)));
        assertThat(slots(links[1])).containsExactly(1, 1);
        assertThat(links[2]).isNull();
        assertThat(slots(links[3])).containsExactly(1, 1);
    }
}
