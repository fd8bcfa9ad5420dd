package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.HARBOUR;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Overview.ColumnOrder;
import org.wirecheck.compare.Overview.Row;
import org.wirecheck.compare.Overview.RowOrder;
import org.wirecheck.compare.Overview.State;

/** The matrix of copies by discrepancies: each cell's state, the order of rows and columns. */
class OverviewTest {

    private static int column(Overview o, String summary) {
        for (int c = 0; c < o.columns().size(); c++) {
            if (o.columns().get(c).discrepancy().summary().startsWith(summary)) {
                return c;
            }
        }
        throw new AssertionError("no column " + summary);
    }

    private static int row(Overview o, String copyId) {
        return o.rows().stream().map(Row::copyId).toList().indexOf(copyId);
    }

    @Test
    void eachCellSaysWhichReadingTheCopyCarries() {
        Overview o = Overview.of(Floods.compare());
        int name = column(o, "Oduya / Odoya");

        assertThat(o.state(row(o, "A"), name)).isEqualTo(State.MAJORITY);
        assertThat(o.cue(row(o, "A"), name)).isEqualTo("·");
        assertThat(o.state(row(o, "C"), name)).isEqualTo(State.MINORITY);
        assertThat(o.reading(row(o, "C"), name)).isEqualTo(1);
        assertThat(o.cue(row(o, "C"), name)).isEqualTo("b");

        int evening = column(o, "(absent) / evening");
        assertThat(o.state(row(o, "A"), evening)).isEqualTo(State.ABSENT);
        assertThat(o.cue(row(o, "A"), evening)).isEqualTo("∅");
        assertThat(o.state(row(o, "D"), evening)).isEqualTo(State.MINORITY);
    }

    @Test
    void withoutAMajorityAndWithoutTheCopyTheCellSaysSo() {
        String plain = text(HARBOUR);
        List<String> p = new ArrayList<>(HARBOUR);
        p.set(1, p.get(1).replace("480 ships", "840 ships"));
        Overview o = Overview.of(compare(plain, text(p)));
        int ships = column(o, "480");
        assertThat(o.state(0, ships)).isEqualTo(State.NO_MAJORITY);
        assertThat(o.cue(0, ships)).endsWith("?");

        List<String> shorter = new ArrayList<>(HARBOUR.subList(0, 6));
        List<String> changed = new ArrayList<>(shorter);
        changed.set(1, changed.get(1).replace("480 ships", "840 ships"));
        Comparison c = compare(text(HARBOUR), text(HARBOUR), text(HARBOUR), text(changed), text(shorter));
        Overview all = Overview.of(c);
        assertThat(all.columns()).extracting(col -> col.discrepancy().readingOf("E") == null).contains(true);
        for (int col = 0; col < all.columns().size(); col++) {
            State e = all.state(row(all, "E"), col);
            if (all.columns().get(col).discrepancy().readingOf("E") == null) {
                assertThat(e).isEqualTo(State.NOT_INVOLVED);
                assertThat(all.cue(row(all, "E"), col)).isEmpty();
                assertThat(all.reading(row(all, "E"), col)).isEqualTo(-1);
            }
        }
    }

    @Test
    void rowsAreGroupedByVersionAndSortedByDeparture() {
        Overview o = Overview.of(Floods.compare());
        // version of A, B, C (three copies) first; inside it C, which misspells a name, departs most
        assertThat(o.rows()).extracting(Row::copyId).containsExactly("C", "A", "B", "D", "E");
        assertThat(o.rows().get(0).departure()).isEqualTo(CopyDrift.of(Floods.compare(), "C").departure());
        assertThat(o.rows().get(0).departs()).isEqualTo(1);

        Overview byDeparture = o.ordered(RowOrder.DEPARTURE, ColumnOrder.STORY);
        assertThat(byDeparture.rows().get(0).departure()).isGreaterThanOrEqualTo(
                byDeparture.rows().get(4).departure());
        assertThat(o.ordered(RowOrder.COPY, ColumnOrder.STORY).rows()).extracting(Row::copyId)
                .containsExactly("A", "B", "C", "D", "E");
        assertThat(o.versioned()).isTrue();
    }

    @Test
    void withoutVersionsTheRowsGoByDepartureAlone() {
        List<String> p = new ArrayList<>(HARBOUR);
        p.set(1, p.get(1).replace("480 ships", "840 ships"));
        List<String> q = new ArrayList<>(HARBOUR);
        q.set(6, q.get(6).replace("Paolo Renn", "Paolo Rann"));
        q.set(2, q.get(2).replace("Ilse Brandt", "Ilse Brand"));
        // B and C each drift on their own: five families of one copy, no versions
        Overview o = Overview.of(compare(text(HARBOUR), text(p), text(q)));
        assertThat(o.versioned()).isFalse();
        assertThat(o.rows()).extracting(Row::copyId).first().isEqualTo("C");
        assertThat(o.rows()).extracting(Row::departure).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }

    @Test
    void columnsComeInStoryOrderOrInTheRanking() {
        Comparison c = Floods.compare();
        Overview story = Overview.of(c);
        List<Double> positions = story.columns().stream().map(Overview.Column::position).toList();
        assertThat(positions).isSorted();
        assertThat(positions).allMatch(p -> p >= 0 && p <= 1);
        // the headline's toll stands first, the name in the quote near the end
        assertThat(story.columns().get(0).discrepancy().summary()).isEqualTo("128 in northern / 157 in northern");

        Overview ranked = story.ordered(RowOrder.VERSION, ColumnOrder.RANKING);
        assertThat(ranked.columns()).extracting(col -> col.discrepancy().id())
                .containsExactlyElementsOf(c.discrepancies().stream().map(Discrepancy::id).toList());
        assertThat(ranked.columns().get(0).rank()).isEqualTo(1);
        // reordering keeps every cell
        int name = column(ranked, "Oduya / Odoya");
        assertThat(ranked.state(row(ranked, "C"), name)).isEqualTo(State.MINORITY);
    }

    @Test
    void readingLettersGoOnPastZ() {
        assertThat(Overview.letter(0)).isEqualTo("a");
        assertThat(Overview.letter(25)).isEqualTo("z");
        assertThat(Overview.letter(26)).isEqualTo("aa");
        assertThat(Overview.departureMeasure()).contains("4 per fact");
    }
}
