package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparison;
import org.wirecheck.ui.model.Density;

/** Where each discrepancy lies in the story, for the density bar. */
class DensityTest {

    @Test
    void eachDiscrepancyLiesWhereTheReferenceCarriesIt() {
        Comparison c = Story.comparison();
        List<Density.Mark> marks = Density.of(c, c.discrepancies());
        assertThat(marks).hasSize(4);
        double length = Story.A.length();
        assertThat(marks.get(0).at()).isCloseTo(4 / length, within(1e-9)); // Chey, in A (the reference)
        assertThat(marks.get(1).at()).isCloseTo(29 / length, within(1e-9)); // the passage B lacks
        assertThat(marks.get(2).at()).isCloseTo(54 / length, within(1e-9));
        assertThat(marks).extracting(Density.Mark::at).allMatch(a -> a >= 0 && a <= 1);
        assertThat(Density.of(null, c.discrepancies())).isEmpty();
    }
}
