package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.HARBOUR;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** Passages are matched by content: moves, splits and merges are not omissions; real gaps are reported once. */
class AlignmentTest {

    private static final String BASE = text(HARBOUR);

    @Test
    void movedParagraphIsNotAnOmissionPlusAnAddition() {
        List<String> moved = new ArrayList<>(HARBOUR);
        moved.add(1, moved.remove(5));
        Comparison c = compare(BASE, BASE, text(moved));
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.OMISSION || d.kind() == Kind.ADDITION);
        assertThat(c.discrepancies()).allMatch(d -> d.severity() == Severity.LOW);
    }

    @Test
    void splitSentenceIsMatchedToItsWhole() {
        List<String> split = new ArrayList<>(HARBOUR);
        split.set(1, "The terminal was built by the Kessing Group. It can handle 480 ships a year and employs "
                + "1,200 workers.");
        Comparison c = compare(BASE, BASE, text(split));
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.OMISSION || d.kind() == Kind.ADDITION
                || d.kind() == Kind.NUMBER || d.kind() == Kind.NAME);
    }

    @Test
    void mergedParagraphsAreMatchedToBothParts() {
        List<String> merged = new ArrayList<>(HARBOUR);
        merged.set(3, HARBOUR.get(3) + " " + HARBOUR.get(4));
        merged.remove(4);
        Comparison c = compare(BASE, BASE, text(merged));
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.OMISSION || d.kind() == Kind.ADDITION);
    }

    @Test
    void droppedParagraphIsOneOmissionWithAnEmptyReadingWhereItWouldStand() {
        List<String> dropped = new ArrayList<>(HARBOUR);
        dropped.remove(4);
        String third = text(dropped);
        Comparison c = compare(BASE, BASE, third);
        List<Discrepancy> omissions = c.discrepancies().stream().filter(d -> d.kind() == Kind.OMISSION).toList();
        assertThat(omissions).hasSize(1);
        Discrepancy d = omissions.get(0);
        assertThat(d.majority()).contains("eel numbers");
        Reading empty = d.readings().get(1);
        assertThat(empty.text()).isEmpty();
        Location at = empty.locations().get(0);
        assertThat(at.witnessId()).isEqualTo("C");
        assertThat(at.start()).isEqualTo(at.end());
        int gap = third.indexOf("The company rejected");
        assertThat(at.start()).isBetween(third.indexOf("generations.") , gap);
    }

    @Test
    void addedParagraphIsOneAdditionInTheCopyThatHasIt() {
        List<String> added = new ArrayList<>(HARBOUR);
        added.add(3, "Local schools will offer apprenticeships in crane operation from the autumn onwards.");
        Comparison c = compare(BASE, BASE, text(added));
        List<Discrepancy> additions = c.discrepancies().stream().filter(d -> d.kind() == Kind.ADDITION).toList();
        assertThat(additions).hasSize(1);
        assertThat(additions.get(0).readings()).anyMatch(r -> r.text().contains("apprenticeships")
                && r.locations().size() == 1 && r.locations().get(0).witnessId().equals("C"));
        assertThat(additions.get(0).majority()).isEmpty();
    }

    @Test
    void truncatedCopyIsReportedOnceNotPerMissingParagraph() {
        String cut = text(HARBOUR.subList(0, 5));
        Comparison c = compare(BASE, BASE, BASE, cut);
        List<Discrepancy> gaps = c.discrepancies().stream()
                .filter(d -> d.kind() == Kind.OMISSION || d.kind() == Kind.ADDITION).toList();
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).why()).contains("ends early");
    }

    @Test
    void wordDifferencesAreSpansOfTheWordsNotWholeSentences() {
        String changed = text(HARBOUR).replace("eel numbers had fallen by a third", "eel numbers had risen by a third");
        Comparison c = compare(BASE, BASE, changed);
        Discrepancy d = c.discrepancies().get(0);
        for (Reading r : d.readings()) {
            for (Location l : r.locations()) {
                assertThat(l.end() - l.start()).isLessThanOrEqualTo(12);
            }
        }
        assertThat(d.summary()).isEqualTo("fallen / risen");
    }

    @Test
    void identicalCopiesHaveNoDiscrepancy() {
        assertThat(compare(BASE, BASE, BASE).discrepancies()).isEmpty();
    }
}
