package org.wirecheck.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.ReviewEntry;

class ReviewStateTest {

    private static Discrepancy d(String a, String b) {
        return new Discrepancy("D1", Kind.NAME, Severity.HIGH, a + " / " + b, "spelled differently", a, List.of(
                new Reading(a, List.of(new Location("A", 0, a.length()))),
                new Reading(b, List.of(new Location("B", 0, b.length())))));
    }

    @Test
    void recordsReplacesAndForgetsEmptyItems() {
        Discrepancy chey = d("Chey", "Choi");
        ReviewState s = ReviewState.EMPTY.with(new ReviewItem(chey.key(), Verdict.CONFIRMED_ERROR, "", "x"));
        assertThat(s.verdict(chey.key())).isEqualTo(Verdict.CONFIRMED_ERROR);
        s = s.with(new ReviewItem(chey.key(), Verdict.CONFIRMED_ERROR, "AP has Chey", "x"));
        assertThat(s.size()).isEqualTo(1);
        assertThat(s.note(chey.key())).isEqualTo("AP has Chey");
        s = s.with(new ReviewItem(chey.key(), Verdict.UNREVIEWED, "AP has Chey", "x"));
        assertThat(s.size()).as("a note alone is kept").isEqualTo(1);
        s = s.with(new ReviewItem(chey.key(), Verdict.UNREVIEWED, " ", "x"));
        assertThat(s.isEmpty()).isTrue();
    }

    @Test
    void givesReportsTheVerdictAndNote() {
        Discrepancy chey = d("Chey", "Choi");
        ReviewState s = ReviewState.EMPTY.with(new ReviewItem(chey.key(), Verdict.NEEDS_FOLLOW_UP, "ask AP", ""));
        assertThat(s.entryFor(chey)).contains(new ReviewEntry("needs follow-up", "ask AP"));
        assertThat(s.entryFor(d("Seoul", "Busan"))).isEmpty();
    }

    @Test
    void countsReviewedAndListsOrphans() {
        Discrepancy chey = d("Chey", "Choi");
        Discrepancy seoul = d("Seoul", "Busan");
        ReviewState s = ReviewState.of(List.of(
                new ReviewItem(chey.key(), Verdict.CONFIRMED_ERROR, "", ""),
                new ReviewItem(seoul.key(), Verdict.UNREVIEWED, "look again", ""),
                new ReviewItem("gone", Verdict.ACCEPTABLE_VARIATION, "", "Name, high: A / B")));
        assertThat(s.reviewed(List.of(chey, seoul))).isEqualTo(1);
        assertThat(s.orphans(List.of(chey, seoul))).extracting(ReviewItem::key).containsExactly("gone");
    }

    @Test
    void summarisesForOrphanLists() {
        assertThat(ReviewItem.summaryOf(d("Chey", "Choi"))).isEqualTo("Name, high: Chey / Choi");
    }
}
