package org.wirecheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.align.Copies.STORY;
import static org.wirecheck.align.Copies.read;
import static org.wirecheck.align.Copies.variants;
import static org.wirecheck.text.Paragraphs.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.TextRange;

/** Aligned copies collated into variants, and where a copy that lacks a passage would carry it. */
class VariantCollatorTest {

    private static final String FULL = text(STORY);

    @Test
    void identicalCopiesGiveNoVariant() {
        assertThat(variants(FULL, FULL, FULL)).isEmpty();
    }

    @Test
    void aMovedParagraphGivesNoVariant() {
        String moved = text(STORY.get(0), STORY.get(3), STORY.get(1), STORY.get(2), STORY.get(4));
        assertThat(variants(FULL, moved)).isEmpty();
    }

    @Test
    void insertedWordsAreAWordsVariantWithAnEmptyReadingInTheOtherCopy() {
        String copy = Copies.with(0, "Tarnvik opened its badly needed new harbour terminal on Monday after four "
                + "years of building.");
        List<Variant> vs = variants(FULL, copy);
        assertThat(vs).hasSize(1);
        Variant v = vs.get(0);
        assertThat(v.shape()).isEqualTo(Variant.Shape.WORDS);
        assertThat(v.from()).as("an insertion: no pivot words").isEqualTo(v.to()).isEqualTo(3);
        assertThat(v.spans()).extracting(CopySpan::copy).containsExactly(0, 1);
        assertThat(v.spans().get(0).isEmpty()).isTrue();
        assertThat(v.spans().get(0).charStart()).isEqualTo(FULL.indexOf(" new"));
        assertThat(read(copy, v.spans().get(1))).isEqualTo("badly needed");
    }

    @Test
    void aDroppedParagraphIsAPassageVariantWithAnEmptyReading() {
        String lacking = Copies.without(2);
        List<Variant> vs = variants(FULL, lacking);
        assertThat(vs).hasSize(1);
        Variant v = vs.get(0);
        assertThat(v.shape()).isEqualTo(Variant.Shape.PASSAGE);
        assertThat(read(FULL, v.spans().get(0))).isEqualTo(withoutFullStop(STORY.get(2)));
        assertThat(v.spans().get(1).isEmpty()).isTrue();
    }

    @Test
    void aPassageThatOpensAParagraphIsMissingRightAfterTheSentenceBeforeIt() {
        String lacking = Copies.without(2);
        CopySpan gap = variants(FULL, lacking).get(0).spans().get(1);
        // after the Kessing Group sentence's last word, not at the next paragraph: the gap follows what both tell
        assertThat(gap.charStart()).isEqualTo(gap.charEnd()).isEqualTo(lacking.indexOf("Group.") + "Group".length());
    }

    @Test
    void aPassageThatContinuesAParagraphIsMissingAtTheEndOfTheSentenceBefore() {
        String base = text(STORY.get(0), "The terminal cost 240 million kroner. It was paid for by the Kessing Group.",
                STORY.get(2));
        String lacking = text(STORY.get(0), "The terminal cost 240 million kroner.", STORY.get(2));
        List<Variant> vs = variants(base, lacking);
        assertThat(vs).hasSize(1);
        assertThat(vs.get(0).shape()).isEqualTo(Variant.Shape.PASSAGE);
        CopySpan gap = vs.get(0).spans().get(1);
        assertThat(gap.charStart()).isEqualTo(lacking.indexOf("kroner") + "kroner".length());
    }

    @Test
    void aCopyCutAtTheBottomIsOneTruncationVariant() {
        String cut = text(STORY.subList(0, 2));
        List<Variant> vs = variants(FULL, FULL, cut);
        assertThat(vs).hasSize(1);
        Variant v = vs.get(0);
        assertThat(v.shape()).isEqualTo(Variant.Shape.TRUNCATION);
        CopySpan end = v.spans().get(0);
        assertThat(end.copy()).isEqualTo(2);
        assertThat(end.isEmpty()).isTrue();
        assertThat(end.charStart()).isEqualTo(cut.indexOf("Group") + "Group".length());
        assertThat(v.spans()).extracting(CopySpan::copy).containsExactly(2, 0, 1);
    }

    @Test
    void wordsThatDifferInCaseOnlyAreACaseVariant() {
        String copy = Copies.with(2, "Mayor Ilse Brandt called the Quay a turning point for the fishing villages.");
        List<Variant> vs = variants(FULL, copy);
        assertThat(vs).hasSize(1);
        assertThat(vs.get(0).shape()).isEqualTo(Variant.Shape.CASE);
        assertThat(read(copy, vs.get(0).spans().get(1))).isEqualTo("Quay");
    }

    @Test
    void differencesClusterWhenTheyCoverMostlyTheSameWordsOrTheSameInsertionPoint() {
        assertThat(VariantCollator.fits(2, 6, 3, 6)).as("[3,6) half or more of [2,6)").isTrue();
        assertThat(VariantCollator.fits(2, 6, 5, 9)).as("one shared word of seven").isFalse();
        assertThat(VariantCollator.fits(4, 4, 4, 4)).as("same insertion point").isTrue();
        assertThat(VariantCollator.fits(4, 4, 5, 5)).isFalse();
        assertThat(VariantCollator.fits(4, 6, 5, 5)).as("insertion inside a short change").isTrue();
        assertThat(VariantCollator.fits(4, 8, 5, 5)).as("insertion inside a long change").isFalse();
        assertThat(VariantCollator.fits(5, 5, 4, 6)).as("short change around an insertion").isTrue();
    }

    @Test
    void slotRangesGiveEachPresentCopysTextOfTheSlot() {
        String lacking = Copies.without(2);
        SlotRanges ranges = new VariantCollator(Copies.align(FULL, lacking)).slotRanges();
        assertThat(ranges.slotCount()).isEqualTo(5);
        TextRange r = ranges.of(3, 1);
        assertThat(lacking.substring(r.start(), r.end())).isEqualTo(withoutFullStop(STORY.get(3)));
        assertThat(ranges.of(2, 1)).as("the lacking copy has no range there").isNull();
        assertThat(ranges.at(2)).containsOnlyKeys(0);
        assertThat(ranges.at(3)).containsOnlyKeys(0, 1);
    }

    private static String withoutFullStop(String sentence) {
        return sentence.substring(0, sentence.length() - 1);
    }
}
