package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.HARBOUR;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.text;
import static org.wirecheck.compare.Stories.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.TextRange;

/** Passages a copy rewrites, shown as bands when the reader hides word-level drift. */
class RewrittenTest {

    private static final String REWORDED =
            "Opponents claim that the dredging has harmed the estuary, where fishermen have toiled for generations.";

    @Test
    void aRewordedPassageIsOneBandInTheCopyThatRewordsIt() {
        String plain = text(HARBOUR);
        String reworded = with(3, REWORDED);
        Comparison c = compare(plain, plain, plain, reworded);

        List<TextRange> bands = Rewritten.passages(c, "D");
        assertThat(bands).hasSize(1);
        TextRange band = bands.get(0);
        String banded = reworded.substring(band.start(), band.end());
        assertThat(banded).contains("Opponents claim").contains("toiled");
        assertThat(banded).doesNotContain("Marlow Institute").doesNotContain("ceremony");
        for (String other : List.of("A", "B", "C")) {
            assertThat(Rewritten.passages(c, other)).as("copy %s carries the majority wording", other).isEmpty();
        }
    }

    @Test
    void spellingAndPunctuationAloneMakeNoBand() {
        String plain = text(HARBOUR);
        String restyled = with(2, HARBOUR.get(2).replace("at a ceremony on the quay",
                "at a ceremony on the Quay"));
        Comparison c = compare(plain, plain, restyled);
        assertThat(c.discrepancies()).as("the spelling differs, at low severity")
                .anyMatch(d -> d.severity() == org.wirecheck.classify.Severity.LOW && d.readingOf("C") != null);
        assertThat(Rewritten.passages(c, "C")).isEmpty();
    }

    @Test
    void aClauseDroppedInsideAPassageIsABandInTheCopyThatDropsIt() {
        String plain = text(HARBOUR);
        String cut = with(3, "Critics argue that the dredging damaged the estuary.");
        Comparison c = compare(plain, plain, cut);
        List<TextRange> bands = Rewritten.passages(c, "C");
        assertThat(bands).hasSize(1);
        assertThat(cut.substring(bands.get(0).start(), bands.get(0).end())).contains("Critics argue");
        assertThat(Rewritten.passages(c, "A")).isEmpty();
    }

    @Test
    void withTwoCopiesBothCarryTheBandAndALackingCopyNone() {
        String plain = text(HARBOUR);
        String reworded = with(3, REWORDED);
        Comparison two = compare(plain, reworded);
        assertThat(Rewritten.passages(two, "A")).hasSize(1);
        assertThat(Rewritten.passages(two, "B")).hasSize(1);

        Comparison lacking = compare(plain, plain, Stories.without(3));
        assertThat(Rewritten.passages(lacking, "C")).isEmpty();
    }
}
