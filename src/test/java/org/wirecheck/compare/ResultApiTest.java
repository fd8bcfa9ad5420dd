package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirecheck.compare.Stories.HARBOUR;
import static org.wirecheck.compare.Stories.copies;
import static org.wirecheck.compare.Stories.text;
import static org.wirecheck.compare.Stories.with;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Witness;

/** What the reader and the review rely on: progress, cancelling, passages, and keys that survive recomputing. */
class ResultApiTest {

    private static final String BASE = text(HARBOUR);
    private static final String DRIFT = with(4, HARBOUR.get(4).replace("Marlow", "Marlew"));

    @Test
    void progressRisesToDone() {
        List<Double> seen = new ArrayList<>();
        Comparer.compare(copies(BASE, BASE, DRIFT), Options.defaults(), (stage, f) -> seen.add(f));
        assertThat(seen).isSortedAccordingTo(Double::compare).contains(1.0);
        assertThat(seen.size()).isGreaterThan(3);
    }

    @Test
    void alignmentReportsEachCopyAndStopsWhenCancelledMidway() {
        List<Witness> six = copies(BASE, BASE, DRIFT, BASE, DRIFT, BASE);
        List<Double> aligning = Collections.synchronizedList(new ArrayList<>());
        Comparer.compare(six, Options.defaults(), (stage, f) -> {
            if (stage.equals("Aligning passages")) {
                aligning.add(f);
            }
        });
        assertThat(aligning).isSortedAccordingTo(Double::compare).hasSizeGreaterThanOrEqualTo(2 * 6 - 1)
                .allSatisfy(f -> assertThat(f).isBetween(0.25, 0.6)).contains(0.6);

        List<String> stages = Collections.synchronizedList(new ArrayList<>());
        Progress stopAfterThreeCopies = new Progress() {
            @Override
            public void report(String stage, double fraction) {
                stages.add(stage);
            }

            @Override
            public boolean cancelled() {
                return stages.stream().filter("Aligning passages"::equals).count() > 3;
            }
        };
        assertThatThrownBy(() -> Comparer.compare(six, Options.defaults(), stopAfterThreeCopies))
                .isInstanceOf(CancellationException.class);
        assertThat(stages).last().isEqualTo("Aligning passages");
    }

    @Test
    void cancellingStopsTheComparison() {
        Progress cancelled = new Progress() {
            @Override
            public void report(String stage, double fraction) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> Comparer.compare(copies(BASE, DRIFT), Options.defaults(), cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void keysSurviveAnotherReferenceAndAnotherOrder() {
        List<Witness> w = copies(BASE, BASE, DRIFT, with(2, HARBOUR.get(2).replace("turning", "breaking")));
        Comparison first = Comparer.compare(w, Options.defaults());
        List<Witness> shuffled = new ArrayList<>(w);
        Collections.reverse(shuffled);
        Comparison second = Comparer.compare(shuffled, Options.withReference("copy2.txt"));
        List<String> keys = first.discrepancies().stream().map(Discrepancy::key).toList();
        assertThat(keys).isNotEmpty().doesNotHaveDuplicates();
        assertThat(second.discrepancies().stream().map(Discrepancy::key).toList())
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void everyDiscrepancyNamesAPassageHoldingOneOfItsReadings() {
        Comparison c = Comparer.compare(copies(BASE, BASE, DRIFT), Options.defaults());
        assertThat(c.passages()).hasSizeGreaterThanOrEqualTo(HARBOUR.size());
        for (Discrepancy d : c.discrepancies()) {
            assertThat(d.passage()).isBetween(0, c.passages().size() - 1);
            Passage p = c.passages().get(d.passage());
            assertThat(d.readings().stream().flatMap(r -> r.locations().stream()))
                    .anyMatch(l -> p.ranges().containsKey(l.witnessId())
                            && p.ranges().get(l.witnessId()).start() <= l.start()
                            && l.start() <= p.ranges().get(l.witnessId()).end());
        }
    }
}
