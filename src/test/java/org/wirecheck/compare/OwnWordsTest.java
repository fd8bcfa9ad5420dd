package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.HARBOUR;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.lacking;
import static org.wirecheck.compare.Stories.text;
import static org.wirecheck.compare.Stories.without;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;

/** A copy written in its own words lacks nearly every passage; only what wire copies leave out ranks up. */
class OwnWordsTest {

    /**
     * The harbour story told mostly in other words: the wire's opening and the mayor's quote kept, a fact of its own
     * (the strike), none of the critics.
     */
    private static final String OWN = text(List.of(
            HARBOUR.get(0),
            "Dockers threatened a strike over night shifts on the new quay, their union said on Tuesday evening.",
            "Its backers, a family-owned conglomerate, promise steady jobs for local families and cheaper imports.",
            HARBOUR.get(2),
            "“Opponents will take the silt and the lost livelihoods to court,” a lawyer for the river families said.",
            "Vessels from Asian lines have reserved berths for half a year ahead, according to brokers."));

    private static Discrepancy passageWith(Comparison c, String words) {
        return passages(c).stream().filter(d -> d.readings().stream().anyMatch(r -> r.text().contains(words)))
                .findFirst().orElseThrow();
    }

    private static List<Discrepancy> passages(Comparison c) {
        return c.discrepancies().stream().filter(d -> d.why().startsWith("passage")).toList();
    }


    @Test
    void whatOnlyTheCopyInItsOwnWordsLacksRanksBelowWhatAWireCopyLeavesOut() {
        String full = text(HARBOUR);
        Comparison c = compare(full, full, without(4), OWN);
        Discrepancy survey = passageWith(c, "eel numbers");
        assertThat(lacking(survey)).containsExactly("C", "D");
        assertThat(survey.why()).doesNotContain("own words");
        List<Discrepancy> ownLacks = passages(c).stream().filter(d -> lacking(d).equals(List.of("D"))).toList();
        assertThat(ownLacks).isNotEmpty().allSatisfy(d -> {
            assertThat(d.why()).endsWith("(the copy without it tells the story in its own words)");
            assertThat(c.discrepancies().indexOf(d)).isGreaterThan(c.discrepancies().indexOf(survey));
        });
    }

    @Test
    void whatTheCopyInItsOwnWordsAddsKeepsItsRank() {
        String full = text(HARBOUR);
        Comparison c = compare(full, full, without(4), OWN);
        Discrepancy strike = passageWith(c, "strike");
        assertThat(strike.kind()).isEqualTo(Kind.ADDITION);
        assertThat(strike.why()).doesNotContain("own words");
        Discrepancy opponents = passageWith(c, "Opponents");
        assertThat(opponents.why()).as("a quote of its own is news").doesNotContain("own words");
    }

    @Test
    void whatTheCopyInItsOwnWordsRetellsWithoutANameOrFigureOfItsOwnRanksDown() {
        String full = text(HARBOUR);
        Comparison c = compare(full, full, without(4), OWN);
        Discrepancy backers = passageWith(c, "backers");
        assertThat(backers.why()).endsWith("(told in its own words: no name, figure or quote the other copies lack)");
        Discrepancy strike = passageWith(c, "strike");
        assertThat(c.discrepancies().indexOf(backers)).isGreaterThan(c.discrepancies().indexOf(strike));
    }

    @Test
    void wireCopiesThatAllShareTheTextAreNotWrittenInTheirOwnWords() {
        String full = text(HARBOUR);
        Comparison c = compare(full, full, without(4), without(6));
        assertThat(c.discrepancies()).noneMatch(d -> d.why().contains("own words"));
    }
}
