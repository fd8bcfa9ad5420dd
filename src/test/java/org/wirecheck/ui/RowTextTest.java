package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
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
    }

    @Test
    void withTwoCopiesNobodyIsAnOutlier() {
        Discrepancy twoReadings = new Discrepancy("D9", name.kind(), name.severity(), name.summary(), name.why(),
                name.majority(), List.of(reading("Chey", "A"), reading("Choi", "B")));
        Discrepancy oneReading = new Discrepancy("D9", name.kind(), name.severity(), name.summary(), name.why(),
                name.majority(), List.of(reading("Chey", "A")));

        assertThat(RowText.counts(twoReadings, 2)).isEqualTo("A / B · the 2 copies differ").doesNotContain("outlier");
        assertThat(RowText.counts(oneReading, 2, List.of("B"))).isEqualTo("only A · B lacks the passage");
    }

    @Test
    void copiesLackingThePassageAreNamed() {
        Discrepancy chey = new Discrepancy("D7", name.kind(), name.severity(), name.summary(), name.why(),
                name.majority(), List.of(reading("Chey", "A", "B", "E"), reading("Choi", "C")));

        assertThat(RowText.counts(chey, 5, List.of("D"))).isEqualTo("3 of 5 · outlier C · D lacks the passage");
        assertThat(RowText.counts(chey, 6, List.of("D", "F"))).isEqualTo("3 of 6 · outlier C · D, F lack the passage");
        assertThat(RowText.counts(chey, 9, List.of("D", "F", "G", "H")))
                .isEqualTo("3 of 9 · outlier C · 4 lack the passage");
        assertThat(RowText.carriers(name.readings().get(0))).isEqualTo("A, B");
    }

    private static Reading reading(String text, String... ids) {
        List<Location> at = new ArrayList<>();
        for (String id : ids) {
            at.add(new Location(id, 0, text.length()));
        }
        return new Reading(text, at);
    }

    @Test
    void searchLooksAtReadingsSummaryReasonAndKind() {
        assertThat(RowText.matches(name, "CHOI")).isTrue();
        assertThat(RowText.matches(name, "spelled")).isTrue();
        assertThat(RowText.matches(name, "name")).isTrue();
        assertThat(RowText.matches(name, "Seoul")).isFalse();
        assertThat(RowText.matches(name, " ")).isTrue();
    }

    @Test
    void aDiscrepancyThatSplitsTheCopiesAlongTheVersionsNamesThem() {
        String early = "Officials in Arlen said 480 people were evacuated on Monday after the river rose.\n\n"
                + "The mayor said the shelters in the schools would stay open until Friday.\n\n"
                + "Forecasters expect more rain in the hills before the weekend.\n";
        String later = early.replace("480 people", "650 people").replace("on Monday", "on Tuesday")
                .replace("Officials in Arlen", "Police in Arlen").replace("in the hills", "in the north");
        String drifted = later.replace("until Friday", "until next week");
        List<org.wirecheck.text.Witness> copies = new ArrayList<>();
        String[] texts = {early, early, early, later, later, drifted};
        for (int i = 0; i < texts.length; i++) {
            copies.add(new org.wirecheck.text.Witness("c" + i + ".txt", "c" + i + ".txt", texts[i]));
        }
        org.wirecheck.compare.Comparison c = org.wirecheck.compare.Comparer.compare(copies,
                org.wirecheck.compare.Options.defaults());
        org.wirecheck.compare.StoryVersions v = org.wirecheck.compare.StoryVersions.of(c,
                org.wirecheck.compare.PublicationTimes.NONE);
        assertThat(v.distinct()).isTrue();
        Discrepancy toll = c.discrepancies().stream().filter(d -> d.readings().stream()
                .anyMatch(r -> r.text().contains("650"))).findFirst().orElseThrow();
        String text = RowText.versions(toll, v).orElseThrow();
        assertThat(text).startsWith("version ").contains(": A, B, C").contains(": D, E, F").contains(" / ");
        Discrepancy week = c.discrepancies().stream().filter(d -> d.readings().stream()
                .anyMatch(r -> r.text().contains("next week"))).findFirst().orElseThrow();
        assertThat(RowText.versions(week, v)).as("one copy drifts inside its version").isEmpty();
        assertThat(RowText.versions(toll, null)).isEmpty();
    }
}
