package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** What real syndicated copies do, on a second invented story: translation, spinners, mojibake, style variants. */
class PhenomenaTest {

    private static final String STORY = String.join("\n\n", List.of(
            "President Ana Kovacs’s government said on Tuesday it would cut the fuel tax by eight percent.",
            "The U.S. embassy in Brenholt welcomed the move, which follows weeks of protests by truck drivers.",
            "“We hear the people and we will act,” Prime Minister Jonas Relk told parliament.",
            "The measure costs 480 million euros a year, according to the finance ministry.",
            "Opposition leader Mira Santo (58) called the cut a pre-election gift.",
            "Fuel prices rose by a fifth last year, the national statistics office reported.")) + "\n";

    private static List<Discrepancy> aboveLow(Comparison c) {
        return c.discrepancies().stream().filter(d -> d.severity() != Severity.LOW).toList();
    }

    @Test
    void mojibakeIsNotAChangedWord() {
        String cp1252 = STORY.replace("Kovacs’s", "Kovacsâ€™s").replace("“We", "â€œWe");
        String gbk = STORY.replace("Kovacs’s", "Kovacs鈥檚");
        assertThat(aboveLow(compare(STORY, STORY, cp1252, gbk))).isEmpty();
    }

    @Test
    void styleVariantsAreNotDiscrepancies() {
        String restyled = STORY.replace("U.S.", "US").replace("eight percent", "8 percent")
                .replace("Mira Santo (58)", "Mira Santo, 58,").replace("pre-election", "preelection")
                .replace("Prime Minister", "prime minister");
        assertThat(aboveLow(compare(STORY, STORY, restyled))).isEmpty();
    }

    @Test
    void transliteratedNameIsNameHigh() {
        String other = STORY.replace("Jonas Relk", "Jonas Relck");
        Discrepancy d = compare(STORY, STORY, other).discrepancies().get(0);
        assertThat(d.kind()).isEqualTo(Kind.NAME);
        assertThat(d.summary()).contains("Relk").contains("Relck");
    }

    @Test
    void aNameGivenInAFullerFormIsNoOtherName() {
        // "the Brenholt embassy" / "the U.S. Brenholt embassy": a qualifier added to the name the others give alone
        String base = STORY.replace("The U.S. embassy in Brenholt", "The Brenholt Harbour embassy");
        String fuller = STORY.replace("The U.S. embassy in Brenholt", "The Old Brenholt Harbour embassy");
        assertThat(aboveLow(compare(base, base, fuller)))
                .noneMatch(d -> d.kind() == Kind.NAME || d.kind() == Kind.PLACE);
        // while a name put in another's place still is one
        String other = STORY.replace("The U.S. embassy in Brenholt", "The Marlow Harbour embassy");
        assertThat(aboveLow(compare(base, base, other)))
                .anyMatch(d -> (d.kind() == Kind.NAME || d.kind() == Kind.PLACE) && d.summary().contains("Marlow"));
    }

    @Test
    void aFullerNameStaysTheSameNameWhenAnotherCopyNamesNothingThere() {
        String league = STORY.replace("protests by truck drivers", "protests by the Premier Haulage League");
        String fuller = STORY.replace("protests by truck drivers", "protests by the Northern Premier Haulage League");
        String none = STORY.replace("protests by truck drivers", "protests by hauliers");
        assertThat(aboveLow(compare(league, league, fuller, none)))
                .noneMatch(d -> (d.kind() == Kind.NAME || d.kind() == Kind.PLACE) && d.summary().contains("Northern"));
    }

    @Test
    void aNameOneCopyGivesWhereTheOthersNameNobodyIsNewsNotAnotherName() {
        String named = STORY.replace("protests by truck drivers", "protests by the Halvard Guild");
        List<Discrepancy> items = aboveLow(compare(STORY, STORY, named));
        assertThat(items).noneMatch(d -> d.kind() == Kind.NAME || d.kind() == Kind.PLACE);
        assertThat(items).anyMatch(d -> d.kind() == Kind.ADDITION && d.severity() == Severity.MEDIUM
                && d.readings().stream().anyMatch(r -> r.text().contains("Halvard")));
    }

    @Test
    void aSlipOfSpellingIsLowStyle() {
        String slip = STORY.replace("welcomed the move", "welcommed the move");
        List<Discrepancy> items = compare(STORY, STORY, slip).discrepancies();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).kind()).isEqualTo(Kind.STYLE);
        assertThat(items.get(0).severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void aWordWrittenApartOrJoinedIsLowStyle() {
        String apart = STORY.replace("pre-election gift", "pre election gift");
        assertThat(aboveLow(compare(STORY, STORY, apart))).isEmpty();
        String joined = STORY.replace("truck drivers", "truckdrivers");
        assertThat(aboveLow(compare(STORY, STORY, joined))).isEmpty();
    }

    @Test
    void aQuoteInAnotherFormOfTheSameWordsIsMediumAnotherWordIsHigh() {
        Discrepancy form = compare(STORY, STORY, STORY.replace("We hear", "We are hearing")).discrepancies().get(0);
        assertThat(form.kind()).isEqualTo(Kind.QUOTE);
        assertThat(form.severity()).isEqualTo(Severity.MEDIUM);
        Discrepancy word = compare(STORY, STORY, STORY.replace("we will act", "we will move")).discrepancies().get(0);
        assertThat(word.kind()).isEqualTo(Kind.QUOTE);
        assertThat(word.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void wordsOneCopyTellsUnquotedWhereTheOthersQuoteAreMediumNotAMisquote() {
        // C quotes only "We hear the people" and tells the rest in its own words: it does not put other words in the
        // prime minister's mouth (another quoted word stays high: see the test above)
        String paraphrased = STORY.replace("“We hear the people and we will act,”", "“We hear the people,” and the "
                + "government will act,");
        Discrepancy told = compare(STORY, STORY, paraphrased).discrepancies().stream()
                .filter(d -> d.kind() == Kind.QUOTE).findFirst().orElseThrow();
        assertThat(told.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(told.why()).contains("unquoted");
    }

    @Test
    void aQuoteCutShortIsMediumWordsDroppedInsideAQuoteAreHigh() {
        String cut = STORY.replace("“We hear the people and we will act,”", "“We hear the people,”");
        Discrepancy shortened = compare(STORY, STORY, cut).discrepancies().stream()
                .filter(d -> d.kind() == Kind.QUOTE).findFirst().orElseThrow();
        assertThat(shortened.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(shortened.why()).startsWith("quote cut short");
        String joined = STORY.replace("We hear the people and we will act", "We hear and we will act");
        Discrepancy inside = compare(STORY, STORY, joined).discrepancies().stream()
                .filter(d -> d.kind() == Kind.QUOTE).findFirst().orElseThrow();
        assertThat(inside.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aFunctionWordInAQuoteRanksBelowAPassageWithANewFact() {
        String more = STORY.replace("Fuel prices rose", "The tax cut will be reviewed by an audit court in 2027.\n\n"
                + "Fuel prices rose");
        String other = more.replace("and we will act", "and will act");
        Comparison c = compare(more, more, STORY, other);
        List<Discrepancy> items = c.discrepancies();
        Discrepancy function = items.stream().filter(d -> d.why().contains("function word")).findFirst().orElseThrow();
        Discrepancy passage = items.stream().filter(d -> d.readings().stream()
                .anyMatch(r -> r.text().contains("audit court"))).findFirst().orElseThrow();
        assertThat(items.indexOf(passage)).isLessThan(items.indexOf(function));
    }

    @Test
    void aCompanyOnceAfterToIsNoPlace() {
        List<String> story = List.of(
                "Kessing said pump prices would fall within a week of the tax cut.",
                "Kessing imports most of the country's fuel, and Kessing tankers supply half of its stations.",
                "Kessing expects demand to rise, and Kessing shares gained three percent on Tuesday.",
                "Analysts said Kessing had lobbied for the cut; Kessing denied it.",
                "Kessing employs 4,000 people; Kessing depots are being expanded in the north.",
                "Kessing will report its results in May.",
                "Questions about supply were referred to Kessing.");
        String named = String.join("\n\n", story) + "\n";
        String pronoun = named.replaceFirst("Kessing said", "It said");
        assertThat(compare(named, named, pronoun).discrepancies())
                .anyMatch(d -> d.summary().contains("Kessing")).noneMatch(d -> d.kind() == Kind.PLACE);
    }

    @Test
    void aPlaceOnlySomeCopiesNameIsAMediumPlace() {
        String fuel = "Fuel prices rose";
        String court = STORY.replace(fuel, "A Brenholt court will hear the case in May.\n\n" + fuel);
        String unnamed = STORY.replace(fuel, "A court will hear the case in May.\n\n" + fuel);
        String other = STORY.replace(fuel, "The court will hear the case in May.\n\n" + fuel);
        List<Discrepancy> items = aboveLow(compare(court, court, unnamed, other));
        assertThat(items).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(Kind.PLACE);
            assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(d.summary()).contains("Brenholt");
        });
        assertThat(items).noneMatch(d -> d.severity() == Severity.HIGH);
    }

    @Test
    void spunTitleIsTitle() {
        String spun = STORY.replace("Prime Minister Jonas Relk", "Prime Priest Jonas Relk");
        Discrepancy d = compare(STORY, STORY, spun).discrepancies().get(0);
        assertThat(d.kind()).isIn(Kind.TITLE, Kind.QUOTE);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void numberWithTheSameWordsButAnotherValueIsNumber() {
        String other = STORY.replace("480 million", "488 million");
        Discrepancy d = compare(STORY, STORY, other).discrepancies().get(0);
        assertThat(d.kind()).isEqualTo(Kind.NUMBER);
        assertThat(d.why()).contains("480").contains("488");
    }

    @Test
    void copyCutMidSentenceIsOneTruncation() {
        String cut = STORY.substring(0, STORY.indexOf("the finance ministry"));
        Comparison c = compare(STORY, STORY, STORY, cut);
        List<Discrepancy> gaps = c.discrepancies().stream()
                .filter(d -> d.kind() == Kind.OMISSION || d.kind() == Kind.ADDITION).toList();
        assertThat(gaps).hasSizeLessThanOrEqualTo(2);
        assertThat(gaps).anyMatch(d -> d.why().contains("ends early"));
    }

    @Test
    void dayChangedIsDateHigh() {
        Discrepancy d = compare(STORY, STORY, STORY.replace("on Tuesday", "on Thursday")).discrepancies().get(0);
        assertThat(d.kind()).isEqualTo(Kind.DATE);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
    }
}
