package org.wirecheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.align.Copies.STORY;
import static org.wirecheck.align.Copies.align;
import static org.wirecheck.text.Paragraphs.text;

import org.junit.jupiter.api.Test;

/** Copies cut at the bottom: they follow the pivot and stop while most others go on. */
class TruncationTest {

    private static final String FULL = text(STORY);

    @Test
    void aCopyThatStopsAfterTwoParagraphsIsCutAfterItsSecondSlot() {
        int[] last = new Truncation(align(FULL, FULL, text(STORY.subList(0, 2)))).lastSlots();
        assertThat(last).containsExactly(4, 4, 1);
    }

    @Test
    void oneMissingLastParagraphIsNoTruncation() {
        int[] last = new Truncation(align(FULL, FULL, text(STORY.subList(0, 4)))).lastSlots();
        assertThat(last).containsExactly(4, 4, 4);
    }

    @Test
    void withTwoCopiesNothingIsCalledTruncated() {
        int[] last = new Truncation(align(FULL, text(STORY.subList(0, 2)))).lastSlots();
        assertThat(last).containsExactly(4, 4);
    }

    @Test
    void aCopyWhoseLastSentenceGoesOnWellPastThePivotsIsNotCut() {
        String goesOn = text(STORY.get(0), "The terminal cost 240 million kroner and was paid for by the Kessing "
                + "Group, which has said that it will not be able to do so again for many years to come.");
        int[] last = new Truncation(align(FULL, FULL, goesOn)).lastSlots();
        assertThat(last[2]).isEqualTo(4);
    }
}
