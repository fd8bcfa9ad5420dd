package org.wirecheck.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;

/** Verdicts saved in a review file come back on the same discrepancies when the comparison is made otherwise. */
class SurvivalTest {

    @TempDir
    Path tmp;

    @Test
    void verdictsSurviveReorderingTheCopiesAndChangingTheReference() throws Exception {
        List<Path> files = Fixtures.write(tmp);
        Comparison first = Fixtures.compare(files, null);
        assertThat(first.discrepancies()).hasSizeGreaterThanOrEqualTo(2);
        ReviewService service = new ReviewService(null);
        Verdict[] cycle = {Verdict.CONFIRMED_ERROR, Verdict.ACCEPTABLE_VARIATION, Verdict.NEEDS_FOLLOW_UP};
        for (int i = 0; i < first.discrepancies().size(); i++) {
            Discrepancy d = first.discrepancies().get(i);
            service.setVerdict(d, cycle[i % 3]);
            service.setNote(d, "note on " + d.summary());
        }
        service.setContext(Fixtures.saved(files), null);
        Path file = tmp.resolve("story.wirecheck");
        service.save(file);
        service.close();

        ReviewState restored = ReviewFile.read(file).state();
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        for (Path reference : List.of(files.get(3), files.get(2))) {
            Comparison again = Fixtures.compare(reversed, reference);
            assertThat(again.baseId()).isNotEqualTo(first.baseId());
            assertThat(restored.orphans(again.discrepancies())).isEmpty();
            assertThat(restored.reviewed(again.discrepancies())).isEqualTo(first.discrepancies().size());
            for (Discrepancy d : first.discrepancies()) {
                Discrepancy same = again.discrepancies().stream().filter(x -> x.key().equals(d.key())).findFirst()
                        .orElseThrow();
                assertThat(same.summary()).isEqualTo(d.summary());
                assertThat(restored.entryFor(same)).isEqualTo(service.state().entryFor(d));
                assertThat(restored.note(same.key())).isEqualTo("note on " + d.summary());
            }
        }
    }

    @Test
    void aChangedSourceFileIsDetected() throws Exception {
        List<Path> files = Fixtures.write(tmp);
        ReviewDocument doc = new ReviewDocument("t", Fixtures.saved(files), null, ReviewState.EMPTY);
        Path file = tmp.resolve("r.wirecheck");
        ReviewFile.write(doc, file);
        Files.writeString(files.get(2), Files.readString(files.get(2)).replace("cod", "herring"));
        Files.move(files.get(3), tmp.resolve("moved.txt"));

        List<SourceCheck.Result> check = SourceCheck.check(ReviewFile.read(file).copies());
        assertThat(check).extracting(r -> r.copy().name() + " " + r.status())
                .containsExactly("a.txt UNCHANGED", "b.txt UNCHANGED", "c.txt CHANGED", "d.txt MISSING");
        assertThat(ReviewFile.read(file).copies().get(3).witness().text())
                .as("the text saved in the review is still there").contains("63 ferries");
    }

    @Test
    void verdictsOfDiscrepanciesThatNoLongerExistAreKeptAndListed() throws Exception {
        List<Path> files = Fixtures.write(tmp);
        Comparison first = Fixtures.compare(files, null);
        Discrepancy name = first.discrepancies().stream().filter(d -> d.summary().contains("Holden")).findFirst()
                .orElseThrow();
        ReviewState s = ReviewState.EMPTY.with(new ReviewItem(name.key(), Verdict.CONFIRMED_ERROR, "typo",
                ReviewItem.summaryOf(name)));
        Files.writeString(files.get(2), Fixtures.story(-1, "", ""));
        Comparison fixed = Fixtures.compare(files, null);
        assertThat(s.orphans(fixed.discrepancies())).singleElement()
                .satisfies(i -> assertThat(i.summary()).contains("Halden").contains("Holden"));
        assertThat(s.items()).hasSize(1);
    }
}
