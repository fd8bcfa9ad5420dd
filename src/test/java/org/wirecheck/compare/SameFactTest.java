package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** Discrepancies about one fact told in several places fall in one group. */
class SameFactTest {

    private static Discrepancy item(String id, Kind kind, String... readings) {
        List<Reading> rs = new java.util.ArrayList<>();
        char copy = 'A';
        for (String r : readings) {
            rs.add(new Reading(r, List.of(new Location(String.valueOf(copy++), 0, r.length()))));
        }
        return new Discrepancy(id, kind, Severity.HIGH, String.join(" / ", readings), "", readings[0], rs);
    }

    @Test
    void theSameNameSpelledTwoWaysInTwoPlacesIsOneFact() {
        Discrepancy lede = item("D1", Kind.NAME, "Chey Institute", "Choi Institute");
        Discrepancy body = item("D2", Kind.NAME, "the Choi", "the Chey");
        Discrepancy other = item("D3", Kind.PLACE, "Seoul", "Pyongyang");
        assertThat(SameFact.key(lede)).isEqualTo(SameFact.key(body)).isEqualTo("chey | choi");
        assertThat(SameFact.groups(List.of(lede, other, body)))
                .containsExactly(List.of(lede, body), List.of(other));
    }

    @Test
    void theTollInDifferentWordsIsOneFactAndAnotherNumberIsNot() {
        Discrepancy a = item("D1", Kind.NUMBER, "killed 128 people", "killed 157 people");
        Discrepancy b = item("D2", Kind.NUMBER, "a toll of 157", "a toll of 128");
        Discrepancy c = item("D3", Kind.NUMBER, "128 injured", "129 injured");
        assertThat(SameFact.groups(List.of(a, b, c))).containsExactly(List.of(a, b), List.of(c));
    }

    @Test
    void aLackingReadingCountsAsNoWords() {
        Discrepancy d = item("D1", Kind.OMISSION, "It rained.", "");
        assertThat(SameFact.key(d)).isEqualTo("it rained | ∅");
    }
}
