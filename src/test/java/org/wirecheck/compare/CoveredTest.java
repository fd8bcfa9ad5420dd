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

/** A passage a high item already says goes; one whose lacking copies the high item does not name stays. */
class CoveredTest {

    /** Copies 0 and 1 carry a passage at characters 100..160; copy 2 lacks it (a gap at 90). */
    private static final Ranked PASSAGE = item(Kind.ADDITION, Severity.MEDIUM, Variant.Shape.PASSAGE,
            List.of(new CopySpan(0, 20, 30, 100, 160), new CopySpan(1, 20, 30, 100, 160)),
            List.of(new CopySpan(2, 18, 18, 90, 90)));

    private static Ranked item(Kind kind, Severity severity, Variant.Shape shape, List<CopySpan> one,
                               List<CopySpan> other) {
        List<CopySpan> all = new ArrayList<>(one);
        all.addAll(other);
        List<ReadingGroup> groups = List.of(new ReadingGroup("one", "one", one),
                new ReadingGroup(other.get(0).isEmpty() ? "" : "other", other.get(0).isEmpty() ? "" : "other", other));
        return new Ranked(new Variant(-1, -1, shape, all), groups, new Judgement(kind, severity, "test", 5));
    }

    @Test
    void aPassageMostlyInsideAHighItemThatNamesEveryCopyGoes() {
        Ranked high = item(Kind.WORDING, Severity.HIGH, Variant.Shape.WORDS,
                List.of(new CopySpan(0, 22, 30, 120, 160), new CopySpan(1, 22, 30, 120, 160)),
                List.of(new CopySpan(2, 18, 20, 90, 99)));
        assertThat(Covered.withoutPassagesSaid(List.of(PASSAGE, high))).containsExactly(high);
    }

    @Test
    void aPassageStaysWhenTheHighItemDoesNotNameTheCopyThatLacksIt() {
        Ranked high = item(Kind.WORDING, Severity.HIGH, Variant.Shape.WORDS,
                List.of(new CopySpan(0, 22, 30, 120, 160)), List.of(new CopySpan(1, 22, 30, 120, 160)));
        assertThat(Covered.withoutPassagesSaid(List.of(PASSAGE, high))).containsExactly(PASSAGE, high);
    }

    @Test
    void aPassageStaysWhenTheHighItemHoldsLessThanHalfOfIt() {
        Ranked high = item(Kind.WORDING, Severity.HIGH, Variant.Shape.WORDS,
                List.of(new CopySpan(0, 28, 30, 150, 160), new CopySpan(1, 28, 30, 150, 160)),
                List.of(new CopySpan(2, 18, 20, 90, 99)));
        assertThat(Covered.withoutPassagesSaid(List.of(PASSAGE, high))).containsExactly(PASSAGE, high);
    }
}
