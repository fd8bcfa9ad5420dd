package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.HARBOUR;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.text;
import static org.wirecheck.compare.Stories.with;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** One test per classification rule, on three copies of an invented story where one copy drifts. */
class RulesTest {

    private static final String BASE = text(HARBOUR);
    /** The story with the minister's visit told in other words and placed in Mersey, not Valdora. */
    private static final String MERSEY_TRIP = with(6, "During a trip to Mersey next week, the regional transport "
            + "minister, Paolo Renn, will see the works.");

    /** The discrepancy whose readings include both texts. */
    /** A and B the story; C with {@code from} replaced by {@code to} in paragraph {@code p} (which must hold it). */
    private static Comparison changed(int p, String from, String to) {
        assertThat(HARBOUR.get(p)).as("paragraph %d", p).contains(from);
        return compare(BASE, BASE, with(p, HARBOUR.get(p).replace(from, to)));
    }

    private static Discrepancy find(Comparison c, String majority, String outlier) {
        Optional<Discrepancy> d = c.discrepancies().stream()
                .filter(x -> x.readings().stream().anyMatch(r -> r.text().contains(majority)))
                .filter(x -> x.readings().stream().anyMatch(r -> r.text().contains(outlier)))
                .findFirst();
        assertThat(d).as("a discrepancy %s / %s in %s", majority, outlier, c.discrepancies()).isPresent();
        return d.get();
    }

    private static void assertJudged(Discrepancy d, Kind kind, Severity severity) {
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.severity()).isEqualTo(severity);
    }

    private static void assertNothingAboveLow(Comparison c) {
        assertThat(c.discrepancies()).allMatch(d -> d.severity() == Severity.LOW, "only low-severity items");
    }

    @Test
    void nameSpelledDifferentlyIsNameAndHigh() {
        Comparison c = changed(4, "Marlow", "Marlew");
        Discrepancy d = find(c, "Marlow", "Marlew");
        assertJudged(d, Kind.NAME, Severity.HIGH);
        assertThat(d.majority()).contains("Marlow");
        assertThat(d.readings().get(0).count()).isEqualTo(2);
        assertThat(d.readings().get(1).locations()).extracting(Location::witnessId).containsExactly("C");
    }

    @Test
    void numberChangeIsNumber() {
        Comparison c = changed(1, "480 ships", "488 ships");
        Discrepancy d = find(c, "480", "488");
        assertThat(d.kind()).isEqualTo(Kind.NUMBER);
        assertThat(d.why()).contains("480").contains("488");
    }

    @Test
    void numberWrittenOutWithTheSameValueIsStyle() {
        Comparison c = changed(7, "six months", "6 months");
        assertNothingAboveLow(c);
    }

    @Test
    void weekdayChangeIsDate() {
        Comparison c = changed(0, "Monday", "Sunday");
        assertThat(find(c, "Monday", "Sunday").kind()).isEqualTo(Kind.DATE);
    }

    @Test
    void changedWordInsideQuotationMarksIsQuote() {
        Comparison c = changed(2, "turning point", "breaking point");
        Discrepancy d = find(c, "turning", "breaking");
        assertThat(d.kind()).isEqualTo(Kind.QUOTE);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void changedWordOutsideQuotesIsWording() {
        Comparison c = changed(3, "damaged", "harmed");
        Discrepancy d = find(c, "damaged", "harmed");
        assertThat(d.kind()).isEqualTo(Kind.WORDING);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void caseHyphenationAndQuoteMarksAreStyleOnly() {
        String restyled = text(List.of(HARBOUR.get(0).replace("Port officials", "PORT officials"),
                HARBOUR.get(1), HARBOUR.get(2).replace("“", "\"").replace("”", "\""),
                HARBOUR.get(3).replace("generations", "generations").replace("fishermen", "fisher-men"),
                HARBOUR.get(4), HARBOUR.get(5), HARBOUR.get(6), HARBOUR.get(7)));
        Comparison c = compare(BASE, BASE, restyled);
        assertThat(c.discrepancies()).isNotEmpty();
        assertThat(c.discrepancies()).allMatch(d -> d.kind() == Kind.STYLE && d.severity() == Severity.LOW);
    }

    @Test
    void roleChangeIsTitle() {
        Comparison c = compare(BASE, BASE,
                with(6, HARBOUR.get(6).replace("transport minister", "transport secretary")));
        assertThat(find(c, "minister", "secretary").kind()).isEqualTo(Kind.TITLE);
    }

    @Test
    void swappedPlaceIsPlace() {
        Comparison c = changed(6, "site in Valdora", "site in Mersey");
        Discrepancy d = find(c, "Valdora", "Mersey");
        assertThat(d.kind()).isEqualTo(Kind.PLACE);
    }

    @Test
    void swappedPersonIsName() {
        Comparison c = changed(2, "Mayor Ilse Brandt", "Mayor Ilse Hofer");
        assertThat(find(c, "Brandt", "Hofer").kind()).isEqualTo(Kind.NAME);
    }

    @Test
    void siteFurnitureIsBoilerplate() {
        Comparison c = compare(BASE, BASE, BASE + "\nRelated Articles\n\nLeave a Reply\n");
        assertThat(c.discrepancies()).isNotEmpty()
                .allMatch(d -> d.kind() == Kind.BOILERPLATE && d.severity() == Severity.LOW);
    }

    @Test
    void differentAgencyInTheDatelineIsAttribution() {
        String reuters = "VALDORA, Jan 30 (Reuters) - " + BASE;
        String afp = "VALDORA, March 3 (AFP) - " + BASE;
        Comparison c = compare(reuters, reuters, afp);
        Discrepancy d = find(c, "Reuters", "AFP");
        assertThat(d.kind()).isEqualTo(Kind.ATTRIBUTION);
        assertThat(c.discrepancies()).filteredOn(x -> x.kind() == Kind.ATTRIBUTION).hasSize(1);
    }

    @Test
    void unrelatedStoriesGiveAWarningNotAList() {
        String other = text(List.of(
                "The orchestra announced its new season with three premieres by young composers.",
                "Tickets for the opening concert went on sale this morning and sold out within an hour.",
                "The conductor said the programme would travel to four cities in the autumn.",
                "Rehearsals begin in August in the renovated hall on the river bank."));
        Comparison c = compare(BASE, other);
        assertThat(c.sameStory()).isFalse();
        assertThat(c.warnings()).anyMatch(w -> w.contains("do not look like the same story"));
        assertThat(c.discrepancies()).isEmpty();
    }

    @Test
    void anUnrelatedCopyAmongRelatedOnesIsSetAsideWithAWarning() {
        String other = text(List.of(
                "The orchestra announced its new season with three premieres by young composers.",
                "Tickets for the opening concert went on sale this morning and sold out within an hour."));
        Comparison c = compare(BASE, with(3, HARBOUR.get(3).replace("damaged", "harmed")), other);
        assertThat(c.sameStory()).isTrue();
        assertThat(c.warnings()).anyMatch(w -> w.contains("C") && w.contains("not compared"));
        assertThat(c.discrepancies()).allMatch(d -> d.readings().stream()
                .flatMap(r -> r.locations().stream()).noneMatch(l -> l.witnessId().equals("C")));
        // counted as set aside, never as compared, and never as lacking a passage
        assertThat(c.comparedCount()).isEqualTo(2);
        assertThat(c.setAsideCount()).isEqualTo(1);
        assertThat(c.copy("C").orElseThrow().compared()).isFalse();
        assertThat(c.discrepancies()).isNotEmpty().allMatch(d -> !c.lacking(d).contains("C"));
        String text = org.wirecheck.report.plain.TextReport.render(c);
        assertThat(text).contains("2 copies compared (1 set aside)").contains("(set aside)")
                .doesNotContain(" of 3:");
    }

    @Test
    void statementCreditedToAnotherSourceIsAttribution() {
        String base = with(5, HARBOUR.get(5) + " The figures were first published by the Harbour Gazette, "
                + "according to Coastline Radio.");
        String other = with(5, HARBOUR.get(5) + " The figures were first published by the Harbour Gazette, "
                + "as per a report from Meridian Television.");
        Comparison c = compare(base, base, other);
        Discrepancy d = find(c, "Coastline", "Meridian");
        assertThat(d.kind()).isEqualTo(Kind.ATTRIBUTION);
        assertThat(d.readings()).allMatch(r -> r.text().length() < 60);
    }

    @Test
    void placeSwappedInARewrittenSentenceIsPlace() {
        Comparison c = compare(BASE, BASE, MERSEY_TRIP);
        Discrepancy d = find(c, "Valdora", "Mersey");
        assertThat(d.kind()).isEqualTo(Kind.PLACE);
        assertThat(d.readings()).allMatch(r -> r.text().split(" ").length <= 2);
    }

    @Test
    void aPlaceSwappedInARewrittenSentenceRanksLikeAnAlignedOneAboveAChangedQuoteWord() {
        // C puts the visit somewhere else in its own words; D changes one quoted word. A place swapped is scored as
        // an aligned one-word place change, and so ranks with the names, above a quote's word
        String quote = with(2, HARBOUR.get(2).replace("turning point", "new chapter"));
        Comparison c = compare(BASE, BASE, MERSEY_TRIP, quote);
        Discrepancy swap = find(c, "Valdora", "Mersey");
        Discrepancy word = find(c, "turning point", "new chapter");
        assertThat(swap.severity()).isEqualTo(Severity.HIGH);
        assertThat(swap.readings().get(0).locations()).extracting(Location::witnessId)
                .as("every copy naming the place there").containsExactly("A", "B", "D");
        assertThat(word.kind()).isEqualTo(Kind.QUOTE);
        assertThat(c.discrepancies().indexOf(swap)).isLessThan(c.discrepancies().indexOf(word));
    }

    @Test
    void aCopyNamingBothPlacesOfASwapStandsOnNeitherSide() {
        String both = with(6, "Regional transport minister Paolo Renn will travel from Mersey to the site in Valdora "
                + "next week.");
        Discrepancy swap = find(compare(BASE, BASE, MERSEY_TRIP, both), "Valdora", "Mersey");
        assertThat(swap.readings()).allSatisfy(r -> assertThat(r.locations()).extracting(Location::witnessId)
                .doesNotContain("D"));
    }

    @Test
    void aTitleThatComesWithAnotherBearerIsNoChangedTitle() {
        // "The company rejected" / "Mayor Olsen rejected": someone else says it, not the same one under another title
        Discrepancy d = find(changed(5, "The company rejected", "Mayor Olsen rejected"), "company", "Olsen");
        assertThat(d.kind()).isNotEqualTo(Kind.TITLE);
        // the same bearer under another title, the name spelled another way or given shorter, stays a title change
        for (String other : List.of("transport secretary Paolo Ren", "transport secretary Renn")) {
            Discrepancy same = find(changed(6, "transport minister Paolo Renn", other), "minister", "secretary");
            assertThat(same.kind()).as(other).isEqualTo(Kind.TITLE);
        }
    }

    @Test
    void aStateWrittenAsAnAbbreviationIsNoOtherName() {
        String full = with(6, "Regional transport minister Paolo Renn is expected to visit the site in Valdora, "
                + "Marylandia, next week.");
        String shortened = with(6, "Regional transport minister Paolo Renn is expected to visit the site in Valdora, "
                + "Maryl., next week.");
        Discrepancy d = find(compare(full, full, shortened), "Marylandia", "Maryl");
        assertThat(d.kind()).isNotIn(Kind.NAME, Kind.PLACE);
        assertThat(d.severity()).isNotEqualTo(Severity.HIGH);
    }

    @Test
    void passagesSomeCopiesLackRankAboveRewordingsAndSmallAdditions() {
        String reworded = with(5, "The firm rejected the findings and said it would publish its own data before the "
                + "summer.");
        String added = with(7, "Shipping lines from Asia have already booked slots for the first six months of "
                + "regular operation.");
        Comparison c = compare(BASE, BASE, BASE, reworded, added, Stories.without(4));
        List<Discrepancy> all = c.discrepancies();
        int passage = indexOf(all, "Marlow Institute");
        assertThat(passage).isLessThan(indexOf(all, "firm"));
        assertThat(passage).isLessThan(indexOf(all, "regular"));
    }

    @Test
    void aSubheadAddedAloneRanksBelowAPassageSomeCopiesLack() {
        List<String> withSubhead = new java.util.ArrayList<>(HARBOUR);
        withSubhead.add(3, "Estuary worries");
        Comparison c = compare(BASE, BASE, BASE, text(withSubhead), Stories.without(4));
        List<Discrepancy> all = c.discrepancies();
        assertThat(indexOf(all, "Marlow Institute")).isLessThan(indexOf(all, "Estuary worries"));
    }

    private static int indexOf(List<Discrepancy> all, String text) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).readings().stream().anyMatch(r -> r.text().contains(text))) {
                return i;
            }
        }
        throw new AssertionError("no discrepancy reads " + text + " in " + all);
    }

    @Test
    void twoRewritesThatEachAddAPlaceTheOthersLackAreMediumNotHigh() {
        String one = with(2, "At a ceremony on the quay in Marlow, Mayor Ilse Brandt called the project “a turning "
                + "point for the whole region”.");
        String other = with(2, "Mayor Ilse Brandt, speaking at a ceremony in Tarnvik, said the project was “a turning "
                + "point for the whole region”.");
        Comparison c = compare(BASE, BASE, BASE, one, other);
        Discrepancy d = find(c, "Marlow", "Tarnvik");
        assertThat(d.kind()).isEqualTo(Kind.PLACE);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
        // one place put for another, as most copies tell it, stays high
        Discrepancy swap = find(compare(BASE, BASE, BASE, with(6, HARBOUR.get(6).replace("Valdora", "Mersey"))),
                "Valdora", "Mersey");
        assertThat(swap.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void datesMeasuresAndSpellingInAnotherStyleAreStyle() {
        String base = with(0, "Port officials in Valdora said on Feb. 11, 2013 that the new 6.7m-deep container "
                + "terminal would open in March.") ;
        String other = with(0, "Port officials in Valdora said on February 11 2013 that the new 6.7-meter-deep "
                + "container terminal would open in March.");
        String british = with(3, HARBOUR.get(3).replace("damaged", "harmed").replace("harmed", "damaged")
                .replace("argue", "argue that the defence of the estuary was neglected and"));
        String american = with(3, HARBOUR.get(3).replace("argue", "argue that the defense of the estuary was "
                + "neglected and"));
        assertNothingAboveLow(compare(base, base, other));
        assertNothingAboveLow(compare(british, british, american));
    }

    @Test
    void anotherWordPlacingTheSameMonthIsAnotherDate() {
        Comparison c = changed(0, "open in March", "open before early March");
        Discrepancy d = find(c, "in", "before early");
        assertThat(d.kind()).isEqualTo(Kind.DATE);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.why()).contains("March");
        Comparison synonym = changed(0, "open in March", "open during March");
        assertThat(synonym.discrepancies()).noneMatch(x -> x.kind() == Kind.DATE);
        Comparison near = compare(BASE, BASE,
                with(6, HARBOUR.get(6).replace("the site in Valdora", "the site near Valdora")));
        assertThat(near.discrepancies()).noneMatch(x -> x.kind() == Kind.DATE);
    }

    @Test
    void anotherWordBeforeTheSameKindOfSourceIsAnotherSource() {
        Comparison c = changed(0, "Port officials", "Regional officials");
        Discrepancy d = find(c, "Port", "Regional");
        assertThat(d.kind()).isEqualTo(Kind.ATTRIBUTION);
        assertThat(d.why()).contains("source is described differently").contains("officials");
        // it ranks with the other credit items, above a passage one copy adds
        String both = with(0, HARBOUR.get(0).replace("Port officials", "Regional officials")).replace(HARBOUR.get(7),
                HARBOUR.get(7) + "\n\nThe harbour authority plans a second quay for cruise ships, with berths for two "
                        + "liners, to open in the spring of the following year after a public consultation. Local "
                        + "hoteliers welcomed the plan, saying cruise visitors would fill restaurants in the old town "
                        + "during the quiet months.");
        Comparison ranked = compare(BASE, BASE, both);
        Discrepancy source = find(ranked, "Port", "Regional");
        Discrepancy passage = ranked.discrepancies().stream()
                .filter(x -> x.readings().stream().anyMatch(r -> r.text().contains("cruise ships"))).findFirst()
                .orElseThrow();
        assertThat(ranked.discrepancies().indexOf(source)).isLessThan(ranked.discrepancies().indexOf(passage));
    }

    @Test
    void differentDateIsStillDate() {
        String base = with(0, "Port officials in Valdora said on Feb. 11, 2013 that the terminal would open.");
        String other = with(0, "Port officials in Valdora said on Feb. 12, 2013 that the terminal would open.");
        Discrepancy d = find(compare(base, base, other), "11", "12");
        assertThat(d.kind()).isEqualTo(Kind.DATE);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        // the day of a month is a date in either order, not a number
        String dayFirst = with(0, "Port officials in Valdora said the company has until 16 April to appeal.");
        String monthFirst = with(0, "Port officials in Valdora said the company has until April 9 to appeal.");
        Discrepancy deadline = find(compare(monthFirst, monthFirst, dayFirst), "April 9", "16 April");
        assertJudged(deadline, Kind.DATE, Severity.HIGH);
        assertThat(deadline.why()).contains("April 9").contains("16 April");
    }

    @Test
    void aRecordMadeOneAmongOthersIsAChangeOfMeaning() {
        String record = with(1, "The terminal, the largest ever built on the estuary, can handle 480 ships a year.");
        String oneOf = with(1, "The terminal, one of the largest ever built on the estuary, can handle 480 ships a "
                + "year.");
        Discrepancy d = compare(record, record, oneOf).discrepancies().stream()
                .filter(x -> x.kind() == Kind.WORDING && x.why().contains("one of the largest")).findFirst()
                .orElseThrow();
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        // "one of the" before a plain plural is no record
        String plain = with(1, "The terminal, built by the Kessing Group, can handle 480 ships a year for the "
                + "firms.");
        String plainOneOf = with(1, "The terminal, built by one of the Kessing Group firms, can handle 480 ships a "
                + "year.");
        assertThat(compare(plain, plain, plainOneOf).discrepancies())
                .noneMatch(x -> x.why().contains("one of"));
    }

    @Test
    void aQuoteTurnedToItsOppositeIsAHighQuoteItem() {
        Comparison c = changed(2, "“a turning point", "“not a turning point");
        Discrepancy d = find(c, "", "not");
        assertJudged(d, Kind.QUOTE, Severity.HIGH);
        assertThat(d.why()).contains("negation");
    }

    @Test
    void britishAndUsSpellingInsideANameIsStyle() {
        String centre = with(4, HARBOUR.get(4).replace("Marlow Institute", "Marlow Research Centre"));
        String center = with(4, HARBOUR.get(4).replace("Marlow Institute", "Marlow Research Center"));
        assertNothingAboveLow(compare(centre, centre, center));
    }

    @Test
    void theSameTitleInAnotherWordOrderIsStyle() {
        Comparison c = changed(6, "transport minister Paolo Renn", "minister of transport Paolo Renn");
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.PLACE || d.kind() == Kind.TITLE);
        Discrepancy d = find(c, "transport minister", "minister of transport");
        assertJudged(d, Kind.STYLE, Severity.LOW);
        // another title is a change of title
        Discrepancy other = find(changed(6, "transport minister", "finance minister"), "transport", "finance");
        assertThat(other.severity()).isNotEqualTo(Severity.LOW);
    }

    @Test
    void theSameDateWrittenDayFirstIsNoDateChange() {
        String monthFirst = with(0, "Port officials in Valdora said on Aug. 14 that the new terminal would open.");
        String dayFirst = with(0, "Port officials in Valdora said on 14 August that the new terminal would open.");
        assertNothingAboveLow(compare(monthFirst, monthFirst, dayFirst));
        // inside a sentence told in other words, the date is no change either
        String reworded = with(0, "When the new terminal opens, port officials in Valdora said on 14 August, it will "
                + "take the larger ships.");
        assertThat(compare(monthFirst, monthFirst, reworded).discrepancies())
                .noneMatch(d -> d.kind() == Kind.DATE);
        // nor in a dateline, whichever way round
        String dated = with(0, "VALDORA, March 12 (Reuters) - " + HARBOUR.get(0));
        String datedDayFirst = with(0, "VALDORA, 12 March (Reuters) - " + HARBOUR.get(0));
        assertThat(compare(dated, dated, datedDayFirst).discrepancies()).noneMatch(d -> d.kind() == Kind.DATE);
        String inFigures = with(0, "VALDORA, 12/03 (Reuters) - " + HARBOUR.get(0));
        String withYear = with(0, "VALDORA, March 12, 2025 (Reuters) - " + HARBOUR.get(0));
        Comparison figures = compare(dated, dated, inFigures, withYear);
        assertThat(figures.discrepancies()).noneMatch(d -> d.kind() == Kind.DATE || d.kind() == Kind.NUMBER);
        assertThat(figures.discrepancies()).noneMatch(d -> d.kind() == Kind.ATTRIBUTION);
        String otherDay = with(0, "VALDORA, 13 March (Reuters) - " + HARBOUR.get(0));
        assertThat(compare(dated, dated, otherDay).discrepancies())
                .anyMatch(d -> d.kind() == Kind.DATE && d.severity() == Severity.HIGH);
    }

    @Test
    void negationOrStanceChangedByOneWordIsHigh() {
        Comparison negated = compare(BASE, BASE, with(5, HARBOUR.get(5).replace("rejected the findings",
                "did not reject the findings")));
        assertThat(negated.discrepancies().get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(negated.discrepancies().get(0).why()).contains("negation");
        Comparison claimed = changed(4, "found that", "claimed that");
        Discrepancy d = find(claimed, "found", "claimed");
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void differencesBetweenVersionsRankBelowDriftInOneCopy() {
        String early = BASE;
        String later = BASE.replace("open in March", "open in April").replace("480 ships", "520 ships")
                .replace("1,200 workers", "1,500 workers").replace("a third", "a half")
                .replace("next week", "on Friday");
        String drift = BASE.replace("Marlow Institute", "Marlew Institute");
        Comparison c = compare(early, early, drift, later, later, later);
        Discrepancy name = find(c, "Marlow", "Marlew");
        Discrepancy version = find(c, "480", "520");
        assertThat(version.why()).contains("versions of the story");
        assertThat(c.discrepancies().indexOf(name)).isLessThan(c.discrepancies().indexOf(version));
        assertThat(c.copies().get(0).family()).isEqualTo(c.copies().get(1).family());
        assertThat(c.copies().get(3).family()).isNotEqualTo(c.copies().get(0).family());
    }

    @Test
    void aPassageOnlyTheLaterVersionHasKeepsItsRank() {
        List<String> added = new java.util.ArrayList<>(HARBOUR);
        added.add(5, "Inspectors from the national waterways agency found cracks in two of the new quay walls.");
        String later = text(added).replace("open in March", "open in April").replace("1,200 workers", "1,500 workers")
                .replace("a third", "a half");
        String drift = BASE.replace("called the project", "described the project");
        Comparison c = compare(BASE, BASE, drift, later, later, later);
        Discrepancy passage = find(c, "", "Inspectors from the national");
        Discrepancy wording = find(c, "called", "described");
        assertThat(passage.kind()).isIn(Kind.ADDITION, Kind.OMISSION);
        assertThat(passage.why()).contains("versions of the story");
        assertThat(c.discrepancies().indexOf(passage)).isLessThan(c.discrepancies().indexOf(wording));
    }

    @Test
    void aChangeOfMeaningBetweenVersionsKeepsItsRank() {
        String later = BASE.replace("open in March", "open in April").replace("1,200 workers", "1,500 workers")
                .replace("a third", "a half").replace("rejected the findings", "did not reject the findings");
        Comparison c = compare(BASE, BASE, later, later, later);
        Discrepancy negated = find(c, "rejected", "did not reject");
        assertThat(negated.severity()).isEqualTo(Severity.HIGH);
        assertThat(negated.why()).contains("negation").contains("the copies follow different versions");
    }

    @Test
    void aDatelineOnlyOneCopyHasIsNoChangedDate() {
        String datelined = with(0, "VALDORA, Jan 30 (Reuters) - " + HARBOUR.get(0));
        String headed = with(0, "Ports and shipping: " + HARBOUR.get(0));
        Comparison c = compare(BASE, BASE, headed, datelined);
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.DATE && d.severity() == Severity.HIGH);
    }

    @Test
    void aNumberOnlyOneVersionGivesKeepsItsRank() {
        String later = BASE.replace("open in March", "open in April").replace("1,200 workers", "1,500 workers")
                .replace("a third", "a half").replace("for generations", "for 200 years");
        String drift = BASE.replace("called the project", "described the project");
        Comparison c = compare(BASE, BASE, drift, later, later, later);
        Discrepancy figure = find(c, "generations", "200");
        Discrepancy wording = find(c, "called", "described");
        assertThat(figure.why()).contains("versions of the story");
        assertThat(c.discrepancies().indexOf(figure)).isLessThan(c.discrepancies().indexOf(wording));
    }

    @Test
    void repeatedCaptionAndReadAlsoLinksAreBoilerplate() {
        String caption = "Cranes line the new quay in Valdora";
        String withFurniture = text(List.of(HARBOUR.get(0), caption, HARBOUR.get(1), HARBOUR.get(2),
                "Read also: Valdora budget passes after long debate", HARBOUR.get(3), HARBOUR.get(4), caption,
                HARBOUR.get(5), HARBOUR.get(6), HARBOUR.get(7)));
        String plain = text(List.of(HARBOUR.get(0), caption, HARBOUR.get(1), HARBOUR.get(2), HARBOUR.get(3),
                HARBOUR.get(4), HARBOUR.get(5), HARBOUR.get(6), HARBOUR.get(7)));
        Comparison c = compare(plain, plain, withFurniture);
        assertThat(c.discrepancies()).isNotEmpty()
                .allMatch(d -> d.kind() == Kind.BOILERPLATE && d.severity() == Severity.LOW);
    }
    @Test
    void acronymSpelledOutWithNumberInWordsIsStyle() {
        String spelled = HARBOUR.get(2).replace("Mayor Ilse Brandt", "Ilse Brandt of the Valdora Port Authority");
        Comparison c = compare(with(2, spelled), with(2, spelled),
                with(2, HARBOUR.get(2).replace("Mayor Ilse Brandt", "Ilse Brandt of the VPA")));
        assertNothingAboveLow(c);
        Comparison numbers = changed(7, "first six months", "first 6 months");
        assertNothingAboveLow(numbers);
    }

    @Test
    void acronymWhoseLettersDoNotFitStaysAChange() {
        Comparison c = changed(6, "transport minister", "PM");
        assertThat(c.discrepancies()).anyMatch(d -> d.severity() != Severity.LOW);
    }

    @Test
    void capitalisedWordsOfATitleCaseHeadlineAreNotNames() {
        String headline = "Valdora Terminal Opens Amid Dredging Row\n\n";
        String other = "Valdora Terminal Opens Amid Fishing Protests\n\n";
        Comparison c = compare(headline + BASE, headline + BASE, other + BASE);
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.NAME);
    }

    @Test
    void nameDroppedFromAListIsANameButANameInADroppedPhraseIsAnOmission() {
        String three = HARBOUR.get(7).replace("from Asia", "from Asia, Brazil and Kenya");
        Comparison list = compare(with(7, three), with(7, three),
                with(7, HARBOUR.get(7).replace("from Asia", "from Asia and Kenya")));
        Discrepancy dropped = find(list, "Brazil", "");
        assertThat(dropped.kind()).isEqualTo(Kind.NAME);
        assertThat(dropped.severity()).isEqualTo(Severity.HIGH);
        String base = HARBOUR.get(5).replace("said it", "said, through spokesman Edvin Aalto, that it");
        Comparison phrase = compare(with(5, base), with(5, base), BASE);
        Discrepancy d = find(phrase, "Aalto", "");
        assertThat(d.kind()).isIn(Kind.OMISSION, Kind.ADDITION);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aDayReplacedByOtherWordsIsARewordingNotADateChange() {
        Comparison c = compare(BASE, BASE,
                with(0, HARBOUR.get(0).replace("on Monday that", "in a written statement that")));
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.DATE && d.severity() == Severity.HIGH);
        Comparison title = compare(BASE, BASE,
                with(2, HARBOUR.get(2).replace("Mayor Ilse Brandt", "Ilse Brandt, who spoke")));
        assertThat(title.discrepancies()).noneMatch(d -> d.kind() == Kind.TITLE && d.severity() == Severity.HIGH);
    }

    @Test
    void aCalendarDateOnlyOneCopyGivesIsADate() {
        Comparison c = changed(7, "for the first six months", "from March 3");
        assertThat(c.discrepancies()).anyMatch(d -> d.kind() == Kind.DATE && d.severity() == Severity.HIGH);
    }

    @Test
    void namesInHeadlinesThatSitesWroteAnewAreWordingNotNameChanges() {
        Comparison c = compare("Valdora opens terminal as Kessing plans more\n\n" + BASE,
                "Valdora opens terminal as Kessing plans more\n\n" + BASE,
                "Valdora opens terminal as Brandt hails turning point\n\n" + BASE);
        assertThat(c.discrepancies()).noneMatch(d -> d.severity() == Severity.HIGH);
        assertThat(c.discrepancies()).anyMatch(d -> d.why().startsWith("headlines worded differently"));
    }

    @Test
    void aNameSpelledDifferentlyInAHeadlineStaysAName() {
        Comparison c = compare("Valdora hails Kessing terminal\n\n" + BASE, "Valdora hails Kessing terminal\n\n" + BASE,
                "Valdora hails Kesing terminal\n\n" + BASE);
        assertThat(c.discrepancies()).anyMatch(d -> d.kind() == Kind.NAME && d.severity() == Severity.HIGH);
    }

    @Test
    void aPossessiveAndADemonymOfOneNameAreNotAChangedName() {
        Comparison possessive = compare(with(6, HARBOUR.get(6).replace("Regional", "Valdora's")),
                with(6, HARBOUR.get(6).replace("Regional", "Valdora's")),
                with(6, HARBOUR.get(6).replace("Regional", "Valdoran")));
        assertThat(possessive.discrepancies()).noneMatch(d -> d.severity() == Severity.HIGH);
        assertThat(possessive.discrepancies()).isNotEmpty();
    }
}
