package org.wirecheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.align.Copies.STORY;
import static org.wirecheck.align.Copies.docs;
import static org.wirecheck.text.Paragraphs.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;

/** The pivot: the base copy's sentences, plus the sentences other copies add, in story order; words numbered. */
class PivotTest {

    private static final String ADDED = "Officials said a second quay would follow within ten years.";
    /** A long sentence that shares no word with the story. */
    private static final String UNRELATED = "Spokespeople declined to discuss contracts, tenders, rival bids from "
            + "Danish or Polish consortiums, or penalties for delays.";

    private static PivotBuilder.Result build(List<Document> docs) {
        return new PivotBuilder(docs, new SentenceLinker(docs, new Weights(docs))).build(0, List.of(0, 1, 2));
    }

    @Test
    void aSentenceNoSlotTakesBecomesASlotRightAfterTheSlotBeforeIt() {
        List<Document> docs = docs(text(STORY.subList(0, 3)),
                text(STORY.get(0), STORY.get(1), ADDED, STORY.get(2)), text(STORY.subList(0, 3)));
        PivotBuilder.Result r = build(docs);
        assertThat(r.order()).extracting(Slot::owner).containsExactly(0, 0, 1, 0);
        assertThat(r.order()).extracting(Slot::sentence).containsExactly(0, 1, 2, 2);
        assertThat(r.groups().get(1)).extracting(g -> g.slots().get(0).sentence()).containsExactly(0, 1, 2, 2);
        assertThat(r.groups().get(2)).hasSize(3).allMatch(g -> g.slots().get(0).owner() == 0);
    }

    @Test
    void anUnlinkedSentenceInsideASplitPassageJoinsThatPassage() {
        List<Document> docs = docs(text(STORY.subList(0, 3)), text(STORY.get(0), "The terminal cost 240 million "
                + "kroner. " + UNRELATED + " It was paid for by the Kessing Group.", STORY.get(2)),
                text(STORY.subList(0, 3)));
        PivotBuilder.Result r = build(docs);
        assertThat(r.order()).as("no slot of its own").hasSize(3);
        Group split = r.groups().get(1).get(1);
        assertThat(split.sentenceFrom()).isEqualTo(1);
        assertThat(split.sentenceTo()).isEqualTo(4);
        assertThat(split.slots()).containsExactly(r.order().get(1));
    }

    @Test
    void pivotWordsAreNumberedAcrossSlotsInStoryOrder() {
        List<Document> docs = docs(text(STORY.subList(0, 2)), text(STORY.get(0), ADDED, STORY.get(1)),
                text(STORY.subList(0, 2)));
        Pivot pivot = new Pivot(docs, build(docs).order());
        int first = docs.get(0).sentenceEnd(0);
        int added = docs.get(1).sentenceEnd(1) - docs.get(1).sentenceStart(1);
        assertThat(pivot.slotCount()).isEqualTo(3);
        assertThat(pivot.size()).isEqualTo(docs.get(0).size() + added);
        assertThat(pivot.slotStart(1)).isEqualTo(first);
        assertThat(pivot.slotEnd(1)).isEqualTo(first + added);
        assertThat(pivot.owner(1)).isEqualTo(1);
        assertThat(pivot.sentence(1)).isEqualTo(1);
        assertThat(pivot.slotOf(first - 1)).isZero();
        assertThat(pivot.slotOf(first)).isEqualTo(1);
        assertThat(pivot.slotOf(pivot.size())).as("one past the end: the last slot").isEqualTo(2);
        assertThat(pivot.word(first).text()).isEqualTo("Officials");
        assertThat(pivot.ownerWord(first)).isEqualTo(docs.get(1).sentenceStart(1));
        assertThat(pivot.word(first + added).text()).as("slot 2 is the base's second sentence").isEqualTo("The");
        assertThat(pivot.ownerWord(first + added)).isEqualTo(first);
    }
}
