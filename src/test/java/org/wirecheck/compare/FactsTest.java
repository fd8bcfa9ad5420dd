package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** Facts paired by what they are about, on invented stories: numbers in rewritten sentences, datelines, majorities. */
class FactsTest {

    private static final String EARLY = """
            RIVERTON, Ore. (AP) - At least 12 people were injured when a ferry struck a pier in Riverton early Sunday, \
            the harbour master said.

            The ferry was carrying 240 passengers from the island when it lost power about 3 miles south of Riverton.

            Crews towed the vessel to the dock by noon, and the pier was closed to traffic.""";

    private static final String LATER = """
            RIVERTON, Ore. - A ferry lost power and struck a pier on Sunday, injuring at least 19 people, officials \
            said later in the day.

            Crews towed the vessel to the dock by noon, and the pier was closed to traffic.

            The vessel, which had 251 passengers aboard, was returning from the island about 3 miles south of \
            Riverton.""";

    private static final String LATER_TOO = LATER.replace("officials said later", "authorities said later");

    private static Discrepancy numberWith(Comparison c, String reading) {
        return c.discrepancies().stream()
                .filter(d -> d.kind() == Kind.NUMBER && d.readings().stream().anyMatch(r -> r.text().contains(reading)))
                .findFirst().orElse(null);
    }

    @Test
    void pairsNumbersByWhatTheyCountAcrossRewrittenSentences() {
        Comparison c = compare(EARLY, LATER, LATER_TOO);
        Discrepancy toll = numberWith(c, "12 people");
        assertThat(toll).as("the toll in a rewritten, moved sentence").isNotNull();
        assertThat(toll.severity()).isEqualTo(Severity.HIGH);
        assertThat(toll.readings()).extracting(Reading::count).containsExactly(2, 1);
        assertThat(toll.readings().get(0).text()).contains("19");
        Discrepancy aboard = numberWith(c, "240 passengers");
        assertThat(aboard).as("passengers counted in another word order").isNotNull();
        assertThat(aboard.readings().get(0).text()).contains("251");
        assertThat(aboard.readings().get(0).locations())
                .allSatisfy(l -> assertThat(l.end() - l.start()).isLessThan(30));
    }

    @Test
    void aCopyThatLeavesTheFactOutButGoesOnIsAnUnstatedReading() {
        String lede = "Floodwaters forced more than 2,000 residents of Tarnvik from their homes on Sunday, officials "
                + "said.\n\nThe river Oslen burst its banks after four days of heavy rain across the northern "
                + "highlands.";
        String shelters = "\n\nThe regional council opened 14 emergency shelters in schools on the eastern hills.";
        String rest = "\n\nForecasters expect the rain to ease by Tuesday, but warned that the river could peak again "
                + "overnight.\n\nRailway services between Tarnvik and the capital remain suspended until the tracks "
                + "are inspected.\n";
        String full = lede + shelters + rest;
        Comparison c = compare(full, full, lede + shelters.replace("14", "12") + rest, lede + rest, lede + "\n");
        Discrepancy count = numberWith(c, "14 emergency");
        assertThat(count).isNotNull();
        Reading unstated = count.readings().stream().filter(r -> r.text().isEmpty()).findFirst().orElseThrow();
        // D goes on past the shelters without them; E ended before them, so it does not lack them
        assertThat(unstated.locations()).extracting(Location::witnessId).containsExactly("D");
        Location gap = unstated.locations().get(0);
        // right after "highlands", before its full stop
        assertThat(gap.start()).isEqualTo(gap.end()).isEqualTo(lede.length() - 1);
    }

    private static final String BARGE = "A freight barge struck the Holmvik bridge on the river Oslen early on "
            + "Tuesday, closing the crossing to traffic, the port authority said.";
    private static final String BARGE_SPEED = "\n\nThe barge was travelling at about 14 knots when its steering "
            + "failed, the port authority said.";
    private static final String BARGE_REST = "\n\nEngineers will inspect the bridge piers before the crossing "
            + "reopens to cars and buses.\n";

    /** Three copies give the barge's speed (14, 14, 18 knots); the fourth has {@code instead} in that place. */
    private static Discrepancy bargeSpeed(String instead) {
        Comparison c = compare(BARGE + BARGE_SPEED + BARGE_REST, BARGE + BARGE_SPEED + BARGE_REST,
                BARGE + BARGE_SPEED.replace("14", "18") + BARGE_REST, BARGE + instead + BARGE_REST);
        Discrepancy speed = numberWith(c, "14 knots");
        assertThat(speed).isNotNull();
        return speed;
    }

    @Test
    void aCopyThatSaysTheAmountIsNotKnownReadsSoWhereItSaysIt() {
        String unknown = "\n\nThe port authority did not say how fast the barge was travelling when its steering "
                + "failed.";
        Discrepancy speed = bargeSpeed(unknown);
        Reading notKnown = speed.readings().stream().filter(r -> r.text().contains("how fast")).findFirst()
                .orElseThrow();
        assertThat(notKnown.text()).isEqualTo("did not say how fast");
        Location at = notKnown.locations().get(0);
        assertThat(at.witnessId()).isEqualTo("D");
        assertThat((BARGE + unknown + BARGE_REST).substring(at.start(), at.end())).isEqualTo("did not say how fast");
        assertThat(speed.readings()).noneMatch(r -> r.text().isEmpty());
        assertThat(speed.why()).contains("\u201cdid not say how fast\u201d");
    }

    @Test
    void aStatementThatAnotherAmountIsNotKnownIsNoReadingOfThisOne() {
        Discrepancy speed = bargeSpeed("\n\nThe port authority did not say how many crew members were aboard the "
                + "barge.");
        assertThat(speed.readings()).noneMatch(r -> r.text().contains("how many"));
    }

    @Test
    void notKnowingHowManyCountsOnlyForTheSameThing() {
        String lede = "A ferry ran aground off Tarnvik on Sunday morning, and coastguard crews took everyone ashore "
                + "by noon, the harbour master said.";
        String rest = "\n\nThe harbour will stay closed to other ferries until divers have inspected the hull.\n";
        String counted = "\n\nThe ferry was carrying 240 passengers from the island when it lost power, the "
                + "harbour master said.";
        String same = "\n\nThe harbour master did not say how many passengers the ferry was carrying when it "
                + "lost power.";
        String other = "\n\nThe harbour master did not say how many crew members the ferry was carrying when it "
                + "lost power.";
        Comparison c = compare(lede + counted + rest, lede + counted + rest, lede + counted.replace("240", "251")
                + rest, lede + same + rest, lede + other + rest);
        Discrepancy aboard = numberWith(c, "240 passengers");
        assertThat(aboard).isNotNull();
        Reading notKnown = aboard.readings().stream().filter(r -> r.text().contains("how many")).findFirst()
                .orElseThrow();
        assertThat(notKnown.locations()).extracting(Location::witnessId).containsExactly("D");
    }

    @Test
    void anAmountWrittenWithOtherUnitsOrSeparatorsIsNoNumberItem() {
        String form = "Budget approved\n\nThe parliament approved a budget of %s on Tuesday that raises pensions by %s "
                + "for about %s families, the finance ministry said.\n\nThe opposition said it would challenge the "
                + "vote in court next week, and its leader called the plan reckless.\n";
        Comparison c = compare(String.format(form, "$11.6 billion", "6%", "1,200"),
                String.format(form, "$11.6 billion", "6 percent", "1,200"),
                String.format(form, "11.6 bn dollars", "6 per cent", "1 200"),
                String.format(form, "11.6 billion dollars", "6 percent", "1,200"));
        assertThat(c.discrepancies()).allMatch(d -> d.severity() == Severity.LOW, "only low items");
        Comparison changed = compare(String.format(form, "$11.6 billion", "6%", "1,200"),
                String.format(form, "$11.6 billion", "6%", "1,200"),
                String.format(form, "$11.6 billion", "6%", "1 500"));
        assertThat(numberWith(changed, "1,200")).isNotNull();
        // a range is one amount however its scale is written; "rose 3% to $4.8 billion" and "$455 million, or 58
        // cents" are two amounts each, not ranges
        String results = "Results\n\nThe company expects charges of %s, mainly in severance. Revenue rose 3%% to $4.8 "
                + "billion and net income was $455 million, or 58 cents a share, the company said on Tuesday.\n\nIts "
                + "shares fell in late trading after the results were published.\n";
        String range = "$140 million to $170 million";
        Comparison ranges = compare(String.format(results, range), String.format(results, range),
                String.format(results, "140 to 170 million dollars"));
        assertThat(ranges.discrepancies()).noneMatch(d -> d.kind() == Kind.NUMBER || d.severity() == Severity.HIGH);
    }

    @Test
    void britishSpellingAbbreviatedScalesAndQuartersAreStyle() {
        String form = "Budget approved\n\nThe parliament approved a %s of reforms on Tuesday that adds %s in "
                + "spending for low-lying %s, after %s revenue fell short, the finance ministry said.\n\nThe "
                + "opposition said it would challenge the vote in court next week.\n";
        Comparison c = compare(String.format(form, "programme", "$1.2 billion", "neighbourhoods", "Q2"),
                String.format(form, "program", "1.2 bn dollars", "neighborhoods", "second-quarter"));
        assertThat(c.discrepancies()).isNotEmpty().allMatch(d -> d.severity() == Severity.LOW, "only low items");
        Comparison other = compare(String.format(form, "programme", "$1.2 billion", "neighbourhoods", "Q2"),
                String.format(form, "program", "1.2 mln dollars", "neighborhoods", "third-quarter"));
        assertThat(other.discrepancies()).filteredOn(d -> d.severity() != Severity.LOW).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aTollRisingBetweenVersionsIsOneFactAndNeverPairedWithTheInjured() {
        String early = "Quake kills 14\n\nDURVAN (AFP) - A powerful earthquake struck the remote Kelmar mountains "
                + "early Friday, killing at least 14 people and flattening dozens of mud-brick homes, officials said."
                + "\n\nRescuers were digging through the rubble.\n";
        String later = "Quake toll rises\n\nDURVAN (AFP) - The death toll from a powerful earthquake in the remote "
                + "Kelmar mountains, in the north, rose to 52 on Friday, with more than 200 people injured, officials "
                + "said.\n\nRescuers were digging through the rubble.\n";
        Comparison c = compare(early, later, later.replace("officials said", "authorities said"));
        Discrepancy toll = numberWith(c, "14");
        assertThat(toll).as("the toll, told in other words by the later version").isNotNull();
        assertThat(toll.readings()).extracting(Reading::text).anyMatch(t -> t.contains("52"))
                .noneMatch(t -> t.contains("200"));
        assertThat(c.discrepancies()).filteredOn(d -> d.kind() == Kind.NUMBER)
                .noneMatch(d -> d.readings().stream().anyMatch(r -> r.text().contains("200")));
    }

    @Test
    void aDayChangedInARewrittenSentenceIsOneDateItemWithEveryCopy() {
        String wire = "Ferry capsizes\n\nKAMPORA (Reuters) - At least 12 people were killed when a ferry capsized "
                + "on the Oyelo River on %s, police%s said.\n\nRescue teams searched the river through the night.\n";
        String both = " and rescue officials";
        Comparison c = compare(String.format(wire, "Saturday", ""), String.format(wire, "Saturday", both),
                String.format(wire, "Saturday", both), String.format(wire, "Sunday", ""));
        Discrepancy day = c.discrepancies().stream().filter(d -> d.kind() == Kind.DATE).findFirst().orElseThrow();
        assertThat(day.severity()).isEqualTo(Severity.HIGH);
        assertThat(day.readings()).extracting(Reading::count).containsExactly(3, 1);
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.NUMBER);
    }

    @Test
    void scalesGluedToDigitsCurrencyCodesAndSpacedThousandsAreOneAmount() {
        String form = "Deal agreed\n\nFRANKFURT (Reuters) - Ostwald agreed to buy Tarnhelm for %s, and expects cost "
                + "savings of %s by the third year, the companies said on Monday. About %s people work there.\n\n"
                + "The deal is expected to close in the second half of next year.\n";
        Comparison c = compare(String.format(form, "4.4 billion euros", "350 million euros", "12,000"),
                String.format(form, "4.4 billion euros", "350 million euros", "12,000"),
                String.format(form, "EUR 4.4bn", "EUR 350m", "12 000"));
        assertThat(c.discrepancies()).allMatch(d -> d.severity() == Severity.LOW, "only low items");
        Comparison changed = compare(String.format(form, "4.4 billion euros", "350 million euros", "12,000"),
                String.format(form, "4.4 billion euros", "350 million euros", "12,000"),
                String.format(form, "EUR 4.7bn", "EUR 350m", "12 000"));
        assertThat(numberWith(changed, "4.4 billion")).isNotNull();
    }

    @Test
    void aSharePriceIsNeverPairedWithACompanysValue() {
        String early = "Talks\n\nOstwald is in talks to buy Tarnhelm, which has a market value of about 3.5 billion "
                + "euros, sources said.\n\nTarnhelm shares rose.\n";
        String later = "Deal\n\nOstwald agreed to buy Tarnhelm, whose shares rose to 30.20 euros, the companies "
                + "said.\n\nTarnhelm shares rose.\n";
        Comparison c = compare(early, later, later);
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.NUMBER);
    }

    @Test
    void aNumberStatedAlikeIsNoDiscrepancy() {
        Comparison c = compare(EARLY, LATER, LATER_TOO);
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.NUMBER
                && d.readings().stream().anyMatch(r -> r.text().contains("3 miles")));
    }

    @Test
    void measuresFromDifferentPlacesAreDifferentFacts() {
        String a = "The bridge stands about 20 miles west of Dodge on the old road. "
                + "Traffic was light on Sunday morning.";
        String b = "The bridge stands about 160 miles west of Wichita on the old road. "
                + "Traffic was light on Sunday morning.";
        Comparison c = compare(a, b);
        assertThat(c.discrepancies()).noneMatch(d -> d.why().startsWith("the copies give different numbers"));
        // the aligner pairs the two numbers word for word; they still state two different facts
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.NUMBER);
        assertThat(c.discrepancies()).anyMatch(d -> d.kind() == Kind.WORDING && d.why().contains("different places"));
    }

    @Test
    void aRangeIsOneNumber() {
        String a = "Groups of four or five people were thrown around the car as it turned over in the night.";
        String b = "Groups of four or five people were thrown around the car as it turned over, a passenger said.";
        Comparison c = compare(a, b);
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.NUMBER);
    }

    @Test
    void aDroppedAgencyCreditIsOneAttributionItem() {
        Comparison c = compare(EARLY, LATER, LATER_TOO);
        List<Discrepancy> credits = c.discrepancies().stream()
                .filter(d -> d.kind() == Kind.ATTRIBUTION && d.why().startsWith("credited to a different agency"))
                .toList();
        assertThat(credits).hasSize(1);
        Set<String> readings = credits.get(0).readings().stream().map(Reading::text).collect(Collectors.toSet());
        assertThat(readings).containsExactlyInAnyOrder("AP", StoryCreditChecks.NO_AGENCY);
    }

    @Test
    void aLedeRunWithoutItsDatelineDropsTheCreditWhereTheDatelineWouldBe() {
        String lede = "The mayor opened the new library on Saturday with a short speech to residents and pupils.";
        String rest = "\n\nThe building cost the town council four million dollars and took two years to finish.\n";
        String credited = "OAKVILLE, Ont., Nov 5 (Reuters) - " + lede + rest;
        String bare = "Library opens\n\n" + lede + rest;
        Comparison c = compare(credited, credited, bare);
        Discrepancy d = c.discrepancies().stream()
                .filter(x -> x.kind() == Kind.ATTRIBUTION && x.why().startsWith("credited to a different agency"))
                .findFirst().orElseThrow();
        Location gap = d.readings().stream().flatMap(r -> r.locations().stream())
                .filter(l -> l.witnessId().equals("C")).findFirst().orElseThrow();
        assertThat(gap.start()).isEqualTo(gap.end()).isEqualTo(bare.indexOf("The mayor"));
    }

    @Test
    void datelinesAgreeingOnTheCityAndTheDateAreNoDiscrepancy() {
        String a = "OAKVILLE, Ont., Nov 5 (Reuters) - The mayor opened the new library on Saturday "
                + "with a short speech.";
        String b = "Oakville, November 5: The mayor opened the new library on Saturday "
                + "with a short speech to residents.";
        String c2 = "OAKVILLE, Ont., Nov 5 (Reuters) - The mayor opened the new library on Saturday with a speech.";
        Comparison c = compare(a, b, c2);
        assertThat(c.discrepancies()).noneMatch(d -> d.why().startsWith("dateline gives a different"));
    }

    @Test
    void noMajorityWhenReadingsTie() {
        String a = "The council approved the plan on Monday after a long debate about the harbour and its future.";
        String b = "The council rejected the plan on Monday after a long debate about the harbour and its future.";
        String c2 = "The council delayed the plan on Monday after a long debate about the harbour and its future.";
        Comparison c = compare(a, b, c2);
        assertThat(c.discrepancies()).isNotEmpty();
        Discrepancy d = c.discrepancies().stream().filter(x -> x.readings().size() == 3).findFirst().orElseThrow();
        assertThat(d.hasMajority()).isFalse();
        Comparison two = compare(a, b, a);
        assertThat(two.discrepancies()).allMatch(Discrepancy::hasMajority);
    }
}
