package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.HARBOUR;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;

/**
 * Each copy's drift card: the facts it changes, the passages it lacks, adds or rewrites, and whether it stops early.
 */
class CopyDriftTest {

    private static String cutAfter(int paragraphs) {
        return text(HARBOUR.subList(0, paragraphs));
    }

    private static String changed() {
        List<String> p = new ArrayList<>(HARBOUR);
        p.set(1, p.get(1).replace("480 ships", "840 ships"));
        p.set(3, "Opponents claim that the dredging has harmed the estuary, where fishermen have toiled for "
                + "generations.");
        return text(p);
    }

    @Test
    void aCopyThatStopsEarlyLacksTheRestAndSaysSo() {
        String plain = text(HARBOUR);
        Comparison c = compare(plain, plain, plain, cutAfter(5), changed());
        CopyDrift cut = CopyDrift.of(c, "D");
        assertThat(cut.lacks()).isGreaterThanOrEqualTo(1);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.facts()).isEmpty();
        assertThat(cut.summary()).startsWith("changes no fact").contains("lacks").endsWith("stops early");
    }

    @Test
    void aCopyThatChangesANumberAndRewordsAPassageSaysBoth() {
        String plain = text(HARBOUR);
        Comparison c = compare(plain, plain, plain, cutAfter(5), changed());
        CopyDrift e = CopyDrift.of(c, "E");
        assertThat(e.facts()).extracting(Discrepancy::kind).contains(Kind.NUMBER);
        assertThat(e.rewrites()).isEqualTo(1);
        assertThat(e.truncated()).isFalse();
        assertThat(e.summary()).contains("changes " + e.facts().size() + " fact").contains("rewrites 1 passage");

        CopyDrift a = CopyDrift.of(c, "A");
        assertThat(a.facts()).isEmpty();
        assertThat(a.lacks()).isZero();
        assertThat(a.departure()).isLessThan(e.departure());
        assertThat(CopyDrift.all(c)).extracting(CopyDrift::copyId).containsExactly("A", "B", "C", "D", "E");
    }

    @Test
    void copiesFallIntoVersionsOnlyWhenSomeShareOne() {
        String plain = text(HARBOUR);
        String updated = changed();
        Comparison two = compare(plain, plain, plain, updated, updated, updated);
        CopyDrift d = CopyDrift.of(two, "D");
        assertThat(d.versions()).isEqualTo(2);
        assertThat(d.sameVersion()).containsExactly("E", "F");
        assertThat(CopyDrift.of(two, "A").sameVersion()).containsExactly("B", "C");

        Comparison one = compare(plain, plain, plain);
        assertThat(CopyDrift.of(one, "A").versions()).isEqualTo(1);
        assertThat(CopyDrift.of(one, "A").sameVersion()).isEmpty();
    }

    @Test
    void wordsDroppedInsideAPassageAreNoPassageLacking() {
        String plain = text(HARBOUR);
        String clipped = Stories.with(3, "Critics argue that the dredging damaged the estuary.");
        Comparison c = compare(plain, plain, clipped, Stories.without(4));
        CopyDrift clip = CopyDrift.of(c, "C");
        assertThat(clip.lacks()).isZero();
        assertThat(clip.otherDrift() + clip.rewrites()).isPositive();
        CopyDrift lacking = CopyDrift.of(c, "D");
        assertThat(lacking.lacks()).isEqualTo(1);
        assertThat(lacking.truncated()).isFalse();
        assertThat(c.discrepancies()).filteredOn(d -> Rewritten.wholePassage(c, d)).isNotEmpty()
                .allMatch(d -> d.kind() == Kind.OMISSION || d.kind() == Kind.ADDITION);
    }

    @Test
    void aCopySetAsideAsAnotherStoryMakesNoVersion() {
        String plain = text(HARBOUR);
        String other = "The orchestra announced its new season with three premieres by young composers. Tickets for "
                + "the opening concert went on sale this morning and sold out within an hour.\n\nRehearsals begin "
                + "in August in the renovated hall, the conductor said.\n";
        Comparison c = compare(plain, plain, plain, other);
        assertThat(c.setAsideCount()).isEqualTo(1);
        assertThat(c.versioned()).isFalse();
        assertThat(CopyDrift.of(c, "A").versions()).isEqualTo(1);
        assertThat(CopyDrift.of(c, "A").sameVersion()).isEmpty();
    }
}
