package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Floods.at;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.PublicationTimes.Basis;
import org.wirecheck.compare.StoryVersions.TimedCopy;
import org.wirecheck.compare.StoryVersions.Version;

/** Versions and provenance on invented copies with publication times: two versions, labelled, ordered, sourced. */
class StoryVersionsTest {

    /** A and B published, C without a time, D published, E only fetched. */
    private static final PublicationTimes TIMES = PublicationTimes.published(Map.of(
            "A", at("04:10"), "B", at("04:40"), "D", at("06:05"))).with("E", at("07:00"), Basis.FETCHED);

    @Test
    void twoVersionsAreLabelledByWhatSetsThemApartAndOrderedByTime() {
        StoryVersions v = StoryVersions.of(Floods.compare(), TIMES);

        assertThat(v.distinct()).isTrue();
        assertThat(v.versions()).extracting(Version::number).containsExactly(1, 2);
        Version first = v.versions().get(0);
        Version update = v.versions().get(1);
        assertThat(first.copyIds()).containsExactly("A", "B", "C");
        assertThat(update.copyIds()).containsExactly("D", "E");
        assertThat(first.label()).isEqualTo("kill 128");
        assertThat(update.label()).isEqualTo("kill 157");
        assertThat(update.title()).isEqualTo("version 2 (kill 157)");
        assertThat(first.apart()).hasSize(3).doesNotContain("D1"); // D1 is C's misspelling, not the version's
        assertThat(first.first()).hasValueSatisfying(s -> assertThat(s.time()).isEqualTo(at("04:10")));
        assertThat(v.versionOf("E")).contains(update);
    }

    @Test
    void theEarliestCopyAndEachVersionsSourceAreNamedWithTheEvidence() {
        StoryVersions v = StoryVersions.of(Floods.compare(), TIMES);

        assertThat(v.versions().get(0).sourceId()).isEqualTo("A");
        assertThat(v.versions().get(0).evidence()).isEqualTo("published 04:10 UTC, shares every reading of version 1");
        assertThat(v.versions().get(1).sourceId()).isEqualTo("D");
        assertThat(v.versions().get(1).evidence()).isEqualTo("published 06:05 UTC, shares every reading of version 2");
        assertThat(v.earliest()).isEqualTo("Earliest copy: A (version 1), published 04:10 UTC. An earlier copy "
                + "cannot be ruled out: 1 copy carrying only a fetch time and 1 copy without a time.");
    }

    @Test
    void copiesWithoutATimeAreUnorderedNeverGuessedAndAFetchTimeIsSaidToBeOne() {
        StoryVersions v = StoryVersions.of(Floods.compare(), TIMES);

        assertThat(v.timeline()).extracting(TimedCopy::copyId).containsExactly("A", "B", "D", "E");
        assertThat(v.timeline()).extracting(TimedCopy::version).containsExactly(1, 1, 2, 2);
        assertThat(v.timeline().get(3).stamp().basis()).isEqualTo(Basis.FETCHED);
        assertThat(v.unordered()).containsExactly("C");
        assertThat(v.setAside()).isEmpty();
    }

    @Test
    void anEarlierCopyThatDepartsFromItsVersionIsNotItsSourceAndIsNamedAsSuch() {
        // C (the misspelt copy) published first: B, which shares every reading, is the source
        PublicationTimes t = PublicationTimes.published(Map.of("C", at("03:55"), "B", at("04:40")));
        Version first = StoryVersions.of(Floods.compare(), t).versions().get(0);
        Comparison c = Floods.compare();
        String misspelling = c.discrepancies().stream().filter(d -> d.summary().equals("Oduya / Odoya"))
                .findFirst().orElseThrow().id();

        assertThat(first.sourceId()).isEqualTo("B");
        assertThat(first.evidence()).isEqualTo("published 04:40 UTC, shares every reading of version 1; C was "
                + "published earlier (03:55 UTC) but departs from version 1 at 1 place (" + misspelling + ")");
    }

    @Test
    void withoutAnyTimeTheCopiesAreUnorderedAndTheSourceRestsOnReadingsAlone() {
        StoryVersions v = StoryVersions.of(Floods.compare(), PublicationTimes.NONE);

        assertThat(v.timeline()).isEmpty();
        assertThat(v.unordered()).containsExactly("A", "B", "C", "D", "E");
        assertThat(v.earliest()).isEqualTo("No copy carries a publication or fetch time: the copies are unordered.");
        assertThat(v.versions().get(0).evidence()).isEqualTo("no known time, shares every reading of version 1");
        // the larger version comes first when no time orders them
        assertThat(v.versions().get(0).copyIds()).containsExactly("A", "B", "C");
    }

    @Test
    void onlyFetchTimesNameTheEarliestKnownCopyAndSaySo() {
        PublicationTimes fetched = PublicationTimes.NONE.with("D", at("05:00"), Basis.FETCHED)
                .with("A", at("05:30"), Basis.FETCHED);
        StoryVersions v = StoryVersions.of(Floods.compare(), fetched);

        assertThat(v.versions()).extracting(Version::copyIds).first().asList().containsExactly("D", "E");
        assertThat(v.earliest()).startsWith("Earliest known: D (version 1), fetched 05:00 UTC (published then or "
                + "earlier; no copy carries an earlier publication time).").endsWith("3 copies without a time.");
        assertThat(v.versions().get(0).evidence()).startsWith("fetched 05:00 UTC (no publication time)");
    }

    @Test
    void copiesOfOneVersionAreOneVersionWithoutLabel() {
        StoryVersions v = StoryVersions.of(Floods.compare(Floods.FIRST, Floods.FIRST, Floods.MISSPELT),
                PublicationTimes.published(Map.of("A", at("09:00"))));

        assertThat(v.distinct()).isFalse();
        assertThat(v.versions()).singleElement().satisfies(one -> {
            assertThat(one.label()).isEmpty();
            assertThat(one.family()).isZero();
            assertThat(one.copyIds()).containsExactly("A", "B", "C");
            assertThat(one.evidence()).isEqualTo("published 09:00 UTC, shares every reading of the majority");
        });
    }

    @Test
    void timesOnDifferentDaysCarryTheirDate() {
        PublicationTimes t = PublicationTimes.published(Map.of("A", at("04:10"),
                "D", at("04:10").plusSeconds(86_400)));
        StoryVersions v = StoryVersions.of(Floods.compare(), t);

        assertThat(v.earliest()).startsWith("Earliest copy: A (version 1), published 2026-12-07 04:10 UTC.");
    }
}
