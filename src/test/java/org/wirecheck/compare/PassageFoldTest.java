package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** Items that report one passage fold into one, each copy's reading where that copy tells the passage. */
class PassageFoldTest {

    private static final List<Document> DOCS = docs();

    private static List<Document> docs() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append("Sentence number ").append(i).append(" tells one more thing about the harbour. ");
        }
        String text = b.toString().strip() + "\n";
        List<Document> out = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            out.add(Document.of(new Witness(name, name, text)));
        }
        return out;
    }

    private static CopySpan words(int copy, int from, int to) {
        Document d = DOCS.get(copy);
        return new CopySpan(copy, from, to, d.charStart(from), d.charEnd(to));
    }

    private static CopySpan gap(int copy, int at) {
        int c = DOCS.get(copy).charStart(at);
        return new CopySpan(copy, at, at, c, c);
    }

    /** A passage A and B tell (their readings as given) and C lacks. */
    private static Ranked passage(CopySpan a, CopySpan b) {
        List<CopySpan> told = List.of(a, b);
        List<CopySpan> all = new ArrayList<>(told);
        all.add(gap(2, 50));
        return new Ranked(new Variant(-1, -1, Variant.Shape.PASSAGE, all),
                List.of(ReadingGroup.told(told, DOCS), new ReadingGroup("", "", List.of(gap(2, 50)))),
                new Judgement(Kind.OMISSION, Severity.MEDIUM, "passage", 5));
    }

    /** B's reading once a found passage (B at words 40..56) and an aligned one (B at {@code aligned}) fold. */
    private static CopySpan foldedReadingOfB(CopySpan aligned) {
        return foldedReadingOfB(aligned, 1);
    }

    /** The same, with the first {@code found} of the two items taken as found by content. */
    private static CopySpan foldedReadingOfB(CopySpan aligned, int found) {
        Ranked first = passage(words(0, 40, 56), words(1, 40, 56));
        List<Ranked> folded = PassageFold.fold(List.of(first, passage(words(0, 40, 56), aligned)), found, DOCS);
        assertThat(folded).hasSize(1);
        return folded.get(0).groups().get(0).spans().stream().filter(s -> s.copy() == 1).findFirst().orElseThrow();
    }

    @Test
    void aReadingTheAlignerSpreadAcrossAReorderedCopyGivesWayToTheFoundOne() {
        assertThat(foldedReadingOfB(words(1, 8, 300))).isEqualTo(words(1, 40, 56));
    }

    @Test
    void readingsThatEachTellPartOfThePassageAreJoined() {
        assertThat(foldedReadingOfB(words(1, 48, 72))).isEqualTo(words(1, 40, 72));
    }

    @Test
    void theFoundReadingStandsOnlyPastThreeTimesItsLength() {
        assertThat(foldedReadingOfB(words(1, 40, 88))).isEqualTo(words(1, 40, 88)); // 48 words: three times 16
        assertThat(foldedReadingOfB(words(1, 40, 89))).isEqualTo(words(1, 40, 56));
    }

    @Test
    void alignedPassagesAloneKeepTheirJoinedReading() {
        assertThat(foldedReadingOfB(words(1, 8, 300), 0)).isEqualTo(words(1, 8, 300));
    }
}
