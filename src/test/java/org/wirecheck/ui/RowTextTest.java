package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.ui.model.RowText;

/** How a discrepancy reads in the sidebar. */
class RowTextTest {

    private final Discrepancy name = Story.comparison().discrepancies().get(0);
    private final Discrepancy dropped = Story.comparison().discrepancies().get(1);

    @Test
    void readingsMajorityFirst() {
        assertThat(RowText.readings(name)).isEqualTo("Chey Institute / Choi Institute");
        assertThat(RowText.readings(dropped)).isEqualTo("It rained in Seoul. / (absent)");
    }

    @Test
    void countsNameTheOutlier() {
        assertThat(RowText.counts(name, 3)).isEqualTo("2 of 3 · outlier C");
        // with two copies compared nobody is an outlier
        assertThat(RowText.counts(new Discrepancy("D9", name.kind(), name.severity(), name.summary(), name.why(),
                name.majority(), java.util.List.of(name.readings().get(1), new org.wirecheck.compare.Reading(
                        "Chey", java.util.List.of(new org.wirecheck.compare.Location("A", 4, 8))))), 2))
                .isEqualTo("C / A · the 2 copies differ");
        assertThat(RowText.outliers(dropped)).containsExactly("B");
        assertThat(RowText.carriers(name.readings().get(0))).isEqualTo("A, B");
    }

    @Test
    void searchLooksAtReadingsSummaryReasonAndKind() {
        assertThat(RowText.matches(name, "CHOI")).isTrue();
        assertThat(RowText.matches(name, "spelled")).isTrue();
        assertThat(RowText.matches(name, "name")).isTrue();
        assertThat(RowText.matches(name, "Seoul")).isFalse();
        assertThat(RowText.matches(name, " ")).isTrue();
    }
}
