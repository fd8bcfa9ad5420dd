package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Paragraphs;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** Who a statement is credited to, compared wherever its sentence went. */
class AttributionChecksTest {

    private static final List<String> FERRY = List.of(
            "A passenger ferry ran aground off the island of Kessa early on Sunday, stranding 230 people for hours.",
            "The hull was not breached and no fuel leaked into the bay, said Jana Holm of the Coastal Safety Board.",
            "Rescue boats from three villages took the passengers ashore before noon, the coast guard said.",
            "\"We felt a long scraping noise and then everything stopped,\" passenger Elin Varga told Reuters.",
            "The ferry operator said it would inspect its whole fleet before the summer season begins.");

    private static String story(List<String> paragraphs) {
        return Paragraphs.text(paragraphs);
    }

    private static String with(int paragraph, String text) {
        return Paragraphs.with(FERRY, paragraph, text);
    }

    private static List<Discrepancy> credits(Comparison c) {
        return c.discrepancies().stream().filter(d -> d.kind() == Kind.ATTRIBUTION).toList();
    }

    /** The one credit item when copies A and B read {@code kept} and copy C {@code changed}. */
    private static Discrepancy oneCredit(String kept, String changed) {
        List<Discrepancy> found = credits(compare(kept, kept, changed));
        assertThat(found).as("credit items").hasSize(1);
        return found.get(0);
    }

    private static List<String> readingCopies(Discrepancy d, String text) {
        return d.readings().stream().filter(r -> r.text().contains(text)).flatMap(r -> r.locations().stream())
                .map(Location::witnessId).sorted().toList();
    }

    @Test
    void aStatementCreditedToAnotherNamedSourceIsHigh() {
        String other = with(1, "The hull was not breached and no fuel leaked into the bay, a Kessa Harbour official "
                + "told The Island Post.");
        Discrepancy d = oneCredit(story(FERRY), other);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(readingCopies(d, "Jana Holm")).containsExactly("A", "B");
        assertThat(readingCopies(d, "Island Post")).containsExactly("C");
        // the reading is the credit, not the sentence
        d.readings().forEach(r -> r.locations().forEach(l -> assertThat(l.end() - l.start()).as(d.toString())
                .isLessThan(60)));
    }

    @Test
    void aCreditDroppedFromARewrittenSentenceIsOneItemNamingTheCopiesThatKeepIt() {
        String rewritten = with(3, "\"We felt a long scraping noise and then everything stopped,\" said passenger "
                + "Elin Varga.");
        Discrepancy d = oneCredit(story(FERRY), rewritten);
        // the word diff judges a dropped source high; the credit item that stands for it keeps that rank
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(readingCopies(d, "told Reuters")).containsExactly("A", "B");
        assertThat(d.readings()).anyMatch(r -> r.text().isEmpty());
    }

    @Test
    void theSameSourceWrittenAnotherWayIsNoDiscrepancy() {
        String moved = story(List.of(FERRY.get(0), FERRY.get(2),
                "No fuel leaked into the bay and the hull was not breached, Holm said.", FERRY.get(3), FERRY.get(4)));
        assertThat(credits(compare(story(FERRY), story(FERRY), moved))).isEmpty();
    }

    @Test
    void aPronounMayStandForAnySource() {
        String pronoun = with(2, "Rescue boats from three villages took the passengers ashore before noon, she said.");
        assertThat(credits(compare(story(FERRY), story(FERRY), pronoun))).isEmpty();
    }

    @Test
    void aPlainRoleForANamedSourceIsMediumNotHigh() {
        String role = with(1, "The hull was not breached and no fuel leaked into the bay, investigators said.");
        Discrepancy d = oneCredit(story(FERRY), role);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aCopyDroppingAMidSentenceCreditShowsTheGapWhereTheCreditStands() {
        String credited = with(2, "Rescue boats from three villages took the passengers ashore on Sunday, the coast "
                + "guard said, before the tide turned in the afternoon.");
        String bare = with(2, "Rescue boats from three villages took the passengers ashore on Sunday before the tide "
                + "turned in the afternoon.");
        Discrepancy d = oneCredit(credited, bare);
        Location gap = d.readings().stream().filter(r -> r.text().isEmpty())
                .flatMap(r -> r.locations().stream()).findFirst().orElseThrow();
        assertThat(gap.witnessId()).isEqualTo("C");
        assertThat(gap.start()).isEqualTo(gap.end()).isEqualTo(bare.indexOf(" before the tide"));
    }

    @Test
    void theSameSpeakerToldSomeoneElseShowsTheVerbAndWhomNotTheSpeakerWrittenAnotherWay() {
        String told = with(2, "Rescue boats from three villages took the passengers ashore before noon, a U.N. "
                + "official told Reuters.");
        String said = with(2, "Rescue boats from three villages took the passengers ashore before noon, the UN "
                + "official said.");
        Discrepancy d = oneCredit(told, said);
        assertThat(d.readings()).extracting(Reading::text).containsExactlyInAnyOrder("told Reuters", "said");
    }

    @Test
    void aSpeakerQuotedOnSomethingElseWithoutWhomTheySpokeToIsOneItem() {
        String other = with(3, "\"I have never been so frightened in all my years at sea,\" Elin Varga said.");
        List<Discrepancy> found = credits(compare(story(FERRY), story(FERRY), other));
        assertThat(found).anySatisfy(d -> {
            assertThat(d.why()).startsWith("the same speaker is quoted as telling someone");
            assertThat(readingCopies(d, "Reuters")).containsExactly("A", "B");
            assertThat(readingCopies(d, "Elin Varga said")).containsExactly("C");
        });
    }

    @Test
    void aSpeakerQuotedOnceInEachCopyButOnSomethingElseIsOneQuoteItem() {
        String other = with(3, "\"I have never been so frightened in all my years at sea,\" Elin Varga said.");
        Comparison c = compare(story(FERRY), story(FERRY), other);
        List<Discrepancy> found = c.discrepancies().stream()
                .filter(d -> d.why().startsWith("the same speaker is quoted saying something else")).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(Kind.QUOTE);
        assertThat(readingCopies(found.get(0), "We felt a long scraping noise")).containsExactly("A", "B");
        assertThat(readingCopies(found.get(0), "I have never been so frightened")).containsExactly("C");
    }

    @Test
    void aSpeakerQuotedAtLengthMayBeQuotedOnDifferentThingsWithoutAnItem() {
        List<String> more = new java.util.ArrayList<>(FERRY);
        more.add("\"The crew kept everyone calm and brought blankets,\" Elin Varga said.");
        String other = with(3, "\"I have never been so frightened in all my years at sea,\" Elin Varga said.");
        Comparison c = compare(story(more), story(more), other);
        assertThat(c.discrepancies()).noneMatch(d -> d.why().startsWith("the same speaker is quoted saying"));
    }

    @Test
    void twoTellingsThatShareACopysCreditedSentenceAreOneStatement() {
        // a close rewrite matches the credited sentence of copy B from copy A, another matches it from copy C,
        // while A and C do not match each other: one statement, one item
        int[] fromA = {4, 3, -1, -1};
        int[] fromC = {-1, 3, 6, -1};
        int[] elsewhere = {-1, 2, -1, 5};
        List<int[]> merged = AttributionChecks.merged(List.of(fromA, fromC, elsewhere),
                (a, b) -> AttributionChecks.compatible(a, b) && a[1] == b[1]);
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0)).containsExactly(4, 3, 6, -1);
        assertThat(merged.get(1)).containsExactly(-1, 2, -1, 5);
        assertThat(AttributionChecks.compatible(fromA, new int[] {5, 3, -1, -1})).isFalse();
    }
}
