package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.StoryPositions;

/** Where each discrepancy lies in the story, for the density bar and the overview's story order. */
class DensityTest {

    @Test
    void eachDiscrepancyLiesWhereTheReferenceCarriesIt() {
        Comparison c = Story.comparison();
        List<Double> at = StoryPositions.of(c);
        assertThat(at).hasSize(4);
        double length = Story.A.length();
        assertThat(at.get(0)).isCloseTo(4 / length, within(1e-9)); // Chey, in A (the reference)
        assertThat(at.get(1)).isCloseTo(29 / length, within(1e-9)); // the passage B lacks
        assertThat(at.get(2)).isCloseTo(54 / length, within(1e-9));
        assertThat(at).allMatch(a -> a >= 0 && a <= 1);
        assertThat(StoryPositions.of(c, c.discrepancies().get(1))).isEqualTo(at.get(1));
    }
}
