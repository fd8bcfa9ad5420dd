package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;

/** Number facts on invented stories: a fact a copy repeats, a part of a counted whole, a dropped conversion. */
class NumbersTest {

    private static final String BODY = """
            VELDORF - A cargo barge capsized on the Velder river on Tuesday, officials said.

            The barge was carrying grain from the port to the mills when it struck a sandbank. \
            Six containers fell overboard, two of which sank, the operator said in a statement.

            Rescue crews pulled the three crew members from the water within the hour.""";

    private static Discrepancy numberWith(Comparison c, String reading) {
        return c.discrepancies().stream()
                .filter(d -> d.kind() == Kind.NUMBER && d.readings().stream().anyMatch(r -> r.text().contains(reading)))
                .findFirst().orElse(null);
    }

    private static Location in(Discrepancy d, String witness) {
        return d.readings().stream().flatMap(r -> r.locations().stream())
                .filter(l -> l.witnessId().equals(witness)).findFirst().orElse(null);
    }

    @Test
    void aFactAStandfirstRepeatsStandsInTheBody() {
        String standfirst = "Barge capsizes on the Velder\n\nSix containers fell overboard, two of which sank.\n\n";
        String early = BODY.replace("Six containers", "Nine containers");
        Comparison c = compare(standfirst + BODY, BODY, BODY, early);
        Discrepancy fell = numberWith(c, "Nine containers");
        assertThat(fell).isNotNull();
        Location a = in(fell, "A");
        String text = standfirst + BODY;
        assertThat(a).isNotNull();
        assertThat(a.start()).as("the body's statement, not the standfirst's").isGreaterThan(standfirst.length());
        assertThat(text.substring(a.start(), a.end())).startsWith("Six containers");
    }

    @Test
    void aPartCountsWhatItsWholeCounts() {
        // "two of which sank" counts containers as "three containers sank" does, though it never names them
        String early = BODY.replace("Six containers fell overboard, two of which sank,",
                "Three containers sank near the sandbank,");
        Comparison c = compare(BODY, BODY, early);
        Discrepancy sank = numberWith(c, "two of which");
        assertThat(sank).as("the part paired with the count it differs from").isNotNull();
        assertThat(in(sank, "C")).isNotNull();
        assertThat(sank.readings()).noneMatch(r -> r.text().startsWith("Six"));
    }

    @Test
    void partsOfTheSameWholeAreOneFactHoweverWorded() {
        String whole = "HARLOW - Forty workers were taken to the clinic after a gas leak at the Temsa plant on Friday";
        String rest = "\n\nThe plant will stay closed until inspectors have checked every valve, the company said.\n";
        Comparison c = compare(
                whole + ", and 35 of them were sent home by the evening." + rest,
                whole + ", and 35 of them were sent home by the evening." + rest,
                whole + ". Most of them were sent home by the evening." + rest,
                whole + ". Three of them remained in the clinic overnight." + rest);
        Discrepancy home = numberWith(c, "35 of them");
        assertThat(home).isNotNull();
        assertThat(home.readings()).extracting(Reading::text)
                .anyMatch(t -> t.startsWith("Most of them")).anyMatch(t -> t.startsWith("Three of them"));
    }

    @Test
    void aCopyThatDropsAConversionDoesNotStateIt() {
        String lede = "OSLAND - A court fined the shipping firm Varrow on Monday for dumping ballast water worth more "
                + "than 30 million Norwegian kroner";
        String rest = "\n\nThe firm said it would appeal against the ruling, its lawyer told reporters.\n";
        String dropped = lede + " ." + rest;
        Comparison c = compare(lede + " ($2.9 million)." + rest, lede + " ($2.9 million)." + rest,
                lede + " (EUR2.6 million)." + rest, dropped);
        Discrepancy worth = numberWith(c, "2.9 million");
        assertThat(worth).isNotNull();
        Location gap = worth.readings().stream().filter(Reading::isEmpty).flatMap(r -> r.locations().stream())
                .filter(l -> l.witnessId().equals("D")).findFirst().orElse(null);
        assertThat(gap).as("the copy that gives the amount without its conversion").isNotNull();
        assertThat(gap.start()).isEqualTo(gap.end()).isEqualTo(lede.length()); // right after "kroner"
    }

    @Test
    void aNameBeforeTheCountedWordQualifiesIt() {
        String top = "REDFORD - Tomas Vell came off the bench to give Redford a late 2-1 win over Astley on Saturday.";
        String end = "\n\nRedford have now won six matches in a row and face Marrow away next week.\n";
        String tally = "\n\nVell scored the winner from the penalty spot, his 14th goal of the season in all "
                + "competitions.";
        String total = "\n\nThe striker took his total to 11 Northern League goals for the season with the late "
                + "penalty.";
        Comparison c = compare(top + tally + end, top + tally + end, top + total + end);
        Discrepancy goals = numberWith(c, "14th goal");
        assertThat(goals).as("the season's goals, one copy counting the league's only").isNotNull();
        assertThat(goals.readings()).extracting(Reading::text).anyMatch(t -> t.startsWith("11 Northern League"));
    }

    @Test
    void aCopyWithoutTheBodyStatementLeavesTheFactOutWhateverHeadlinesSay() {
        String rest = """

                The Tarnvik ferry runs aground on this sandbank most winters, the coastguard said.

                Divers will inspect the hull on Monday before the ferry is towed back to the harbour.

                The operator has cancelled all crossings to the islands until further notice.
                """;
        String early = "Tarnvik ferry accident\n\nAt least 12 people were hurt, three of them seriously, when the "
                + "Tarnvik ferry ran aground with 80 passengers and crew aboard after its radar failed, hospital "
                + "officials said." + rest;
        String headlineOnly = "14 people hurt as Tarnvik ferry runs aground" + rest;
        String cut = rest.strip() + "\n"; // starts at the coastguard's paragraph: it states no toll
        Comparison c = compare(early, early, headlineOnly, cut);
        Discrepancy toll = numberWith(c, "14 people");
        assertThat(toll).isNotNull();
        // C's headline reads much like D's first sentence; D still states no toll
        assertThat(toll.readings().stream().filter(r -> r.text().isEmpty()).flatMap(r -> r.locations().stream())
                .map(Location::witnessId)).containsExactly("D");
    }
}
