package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.lacking;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** Passages some copies tell and others lack, found by content even where the copies were rewritten or cut. */
class PassagesTest {

    private static final List<String> FLOOD = List.of(
            "Floodwaters forced more than 2,000 residents of Tarnvik from their homes on Sunday, officials said.",
            "The river Oslen burst its banks after four days of heavy rain across the northern highlands.",
            "Rescue teams used boats to reach families stranded on rooftops in the old harbour district.",
            "“We have never seen the water rise this fast,” said Greta Holm, who runs a bakery near the bridge.",
            "The regional council opened three emergency shelters in schools on the eastern hills.",
            "Forecasters expect the rain to ease by Tuesday, but warned that the river could peak again overnight.",
            "Insurers estimate the damage at several hundred million crowns, the country's largest flood claim.",
            "Railway services between Tarnvik and the capital remain suspended until the tracks are inspected.");

    /** The story told from the shelters on, then its first two paragraphs. */
    private static final List<String> SHELTERS_FIRST = concat(FLOOD.subList(4, 8), FLOOD.subList(0, 2));

    private static String story(List<String> paragraphs) {
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static String without(int paragraph) {
        List<String> p = new ArrayList<>(FLOOD);
        p.remove(paragraph);
        return story(p);
    }

    private static List<Discrepancy> passageItems(Comparison c) {
        return c.discrepancies().stream().filter(d -> d.kind() == Kind.OMISSION || d.kind() == Kind.ADDITION)
                .filter(d -> d.why().startsWith("passage")).toList();
    }


    @Test
    void aCopyThatLacksOnlyTheQuotesSecondParagraphLacksThatParagraph() {
        String more = "“The bakery has flooded twice in ten years,” she added.";
        List<String> whole = new ArrayList<>(FLOOD);
        whole.add(4, more);
        String full = story(whole);
        List<String> trimmed = new ArrayList<>(whole);
        trimmed.remove(4);
        List<String> none = new ArrayList<>(trimmed);
        none.remove(3);
        Comparison c = compare(full, full, full, story(trimmed), story(none));
        Discrepancy second = passageItems(c).stream()
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains("flooded twice"))).findFirst()
                .orElseThrow();
        // D keeps the quote's first paragraph and drops the second: it lacks the second, E lacks both
        assertThat(lacking(second)).containsExactly("D", "E");
    }

    @Test
    void aQuoteTwoCopiesLackIsOneOmissionNamingThem() {
        String full = story(FLOOD);
        Comparison c = compare(full, full, full, without(3), without(3));
        List<Discrepancy> quote = passageItems(c).stream()
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains("never seen the water"))).toList();
        assertThat(quote).hasSize(1);
        Discrepancy d = quote.get(0);
        assertThat(d.kind()).isEqualTo(Kind.OMISSION);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(lacking(d)).containsExactly("D", "E");
        assertThat(d.why()).endsWith("words that 2 copies leave out");
        assertThat(d.readings().get(0).locations()).extracting(Location::witnessId).containsExactly("A", "B", "C");
    }

    @Test
    void aPassageOnlyOneCopyAddsIsAnAdditionAndTheGapSitsWhereItWouldGo() {
        List<Discrepancy> found = new ArrayList<>();
        String shorter = without(4);
        Comparison c = compare(shorter, shorter, story(FLOOD));
        passageItems(c).stream().filter(d -> d.readings().stream().anyMatch(r -> r.text().contains("shelters")))
                .forEach(found::add);
        assertThat(found).hasSize(1);
        Discrepancy d = found.get(0);
        assertThat(d.kind()).isEqualTo(Kind.ADDITION);
        assertThat(d.why()).endsWith("words that only one copy carries");
        Location gap = d.readings().stream().filter(r -> r.text().isEmpty()).findFirst().orElseThrow()
                .locations().get(0);
        // the paragraph is missing right after the sentence both copies tell before it
        assertThat(gap.start()).isEqualTo(gap.end()).isEqualTo(shorter.indexOf("bridge.") + "bridge".length());
    }

    @Test
    void aLedeMissingFromACopyThatStartsWithALaterParagraphIsMissingAtItsStart() {
        // D lacks the lede and opens with the forecast, which the others tell further down
        List<String> reordered = new ArrayList<>(FLOOD.subList(1, FLOOD.size()));
        reordered.add(0, reordered.remove(4));
        String full = story(FLOOD);
        Comparison c = compare(full, full, full, story(reordered));
        Discrepancy lede = passageItems(c).stream()
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains("Floodwaters"))).findFirst()
                .orElseThrow();
        assertThat(lacking(lede)).containsExactly("D");
        Location gap = lede.readings().stream().filter(r -> r.text().isEmpty()).findFirst().orElseThrow()
                .locations().get(0);
        assertThat(gap.start()).isEqualTo(gap.end()).isZero();
    }

    @Test
    void aPassageAfterOtherMaterialTheCopyLacksIsMissingBeforeTheNextSentenceItTells() {
        // C tells the shelters after the quote; D lacks both, so the sentence before the shelters is not D's
        // to follow: the shelters' gap stands before the forecast, which D tells right after them
        List<String> withoutQuote = new ArrayList<>(FLOOD);
        withoutQuote.remove(3);
        withoutQuote.remove(3);
        String shorter = story(withoutQuote);
        String full = story(FLOOD);
        Comparison c = compare(shorter, shorter, full, full);
        Discrepancy shelters = passageItems(c).stream()
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains("shelters"))).findFirst()
                .orElseThrow();
        Location gap = shelters.readings().stream().filter(r -> r.text().isEmpty()).findFirst().orElseThrow()
                .locations().get(0);
        assertThat(gap.start()).isEqualTo(gap.end()).isEqualTo(shorter.indexOf("Forecasters expect"));
    }

    @Test
    void aSentenceThatContinuesAParagraphIsMissingAtTheEndOfTheSentenceBefore() {
        String added = "Volunteers filled sandbags along the quay through the night until the army arrived.";
        List<String> longer = new ArrayList<>(FLOOD);
        longer.set(2, FLOOD.get(2) + " " + added);
        String shorter = story(FLOOD);
        Comparison c = compare(shorter, shorter, story(longer));
        Discrepancy d = c.discrepancies().stream()
                .filter(x -> x.readings().stream().anyMatch(r -> r.text().contains("sandbags")))
                .findFirst().orElseThrow();
        assertThat(d.kind()).isEqualTo(Kind.ADDITION);
        Location gap = d.readings().stream().filter(r -> r.text().isEmpty()).findFirst().orElseThrow()
                .locations().get(0);
        assertThat(gap.start()).isEqualTo(gap.end())
                .isEqualTo(shorter.indexOf("harbour district") + "harbour district".length());
    }

    @Test
    void theTailOfAParagraphAndTheParagraphAfterItAreTwoOmissions() {
        String tail = "Volunteers filled sandbags along the quay through the night until the army arrived.";
        List<String> longer = new ArrayList<>(FLOOD);
        longer.set(2, FLOOD.get(2) + " " + tail);
        String full = story(longer);
        List<String> shorter = new ArrayList<>(FLOOD);
        shorter.remove(3);
        String cut = story(shorter);
        Comparison c = compare(full, full, full, cut);
        List<Discrepancy> found = passageItems(c).stream().filter(d -> lacking(d).equals(List.of("D"))).toList();
        assertThat(found).hasSize(2);
        assertThat(found).anyMatch(d -> d.readings().get(0).text().startsWith("Volunteers"));
        assertThat(found).anyMatch(d -> d.readings().get(0).text().contains("never seen the water"));
    }

    @Test
    void aRewrittenAndMovedParagraphIsNotAnOmission() {
        List<String> rewritten = new ArrayList<>(FLOOD);
        rewritten.remove(2);
        rewritten.add(5, "In the old harbour district, families stranded on rooftops were reached by rescue teams "
                + "in boats.");
        String full = story(FLOOD);
        Comparison c = compare(full, full, story(rewritten));
        assertThat(passageItems(c)).noneMatch(d -> d.readings().stream().anyMatch(r -> r.text().contains("rooftops")));
    }

    @Test
    void aCopyThatEndsEarlyDoesNotLackTheEnd() {
        String full = story(FLOOD);
        String cut = story(FLOOD.subList(0, 5));
        Comparison c = compare(full, full, cut);
        assertThat(passageItems(c)).noneMatch(d -> lacking(d).contains("C"));
        assertThat(c.discrepancies()).anyMatch(d -> d.why().startsWith("copy ends early"));
    }

    @Test
    void aQuoteMissingFromACopyThatReordersEverythingIsStillFound() {
        List<String> reordered = new ArrayList<>(FLOOD.subList(4, 8));
        reordered.addAll(FLOOD.subList(0, 3));
        String full = story(FLOOD);
        Comparison c = compare(full, full, story(reordered));
        assertThat(passageItems(c)).filteredOn(d -> d.readings().stream()
                .anyMatch(r -> r.text().contains("never seen the water")))
                .singleElement().satisfies(d -> assertThat(lacking(d)).containsExactly("C"));
        assertThat(passageItems(c)).allMatch(d -> d.readings().stream().anyMatch(r -> r.text().contains("never")),
                "only the quote is missing; the moved paragraphs are all there");
    }

    @Test
    void aShortSentenceSomeCopiesAddIsItsOwnPassageBesideOneAnotherCopyLacks() {
        // B and C open the shelters paragraph with a short sentence of their own, and D lacks that paragraph: the
        // short sentence, measured with the one after it, looks told by A, and A's shelters passage (which D lacks)
        // would take it into B's and C's readings
        String added = "Volunteers kept patrolling flooded streets despite the darkness.";
        List<String> longer = new ArrayList<>(FLOOD);
        longer.set(4, added + " " + FLOOD.get(4));
        String more = story(longer);
        Comparison c = compare(story(FLOOD), more, more, without(4));
        List<Discrepancy> volunteers = passageItems(c).stream()
                .filter(x -> x.readings().stream().anyMatch(r -> r.text().contains("Volunteers"))).toList();
        assertThat(volunteers).singleElement().satisfies(d -> assertThat(lacking(d)).containsExactly("A", "D"));
        assertThat(passageItems(c)).filteredOn(x -> x.readings().stream().anyMatch(r -> r.text().contains("shelters")))
                .singleElement().satisfies(d -> {
                    assertThat(lacking(d)).containsExactly("D");
                    assertThat(d.readings().get(0).text()).startsWith("The regional council");
                });
    }

    @Test
    void aCopyCutRightAfterAPassageBeginsDoesNotCarryIt() {
        // A alone tells the inspection paragraph; D's page stops after its first sentence. Found by content (the
        // aligned passages left out), D neither carries the passage nor is its only other teller
        String inspection = "Engineers inspected the bridge piers near the old harbour on Monday morning. They found "
                + "deep cracks in two of the concrete supports and a third that had shifted in the flood. The bridge "
                + "will stay closed to all traffic until the repairs are finished, probably late next month. Buses "
                + "will carry commuters across the river on a temporary route through the industrial estate.";
        List<String> longer = new ArrayList<>(FLOOD);
        longer.add(5, inspection);
        List<String> cut = new ArrayList<>(FLOOD.subList(0, 5));
        cut.add("Engineers inspected the bridge piers near the old harbour on Monday morning.");
        List<Document> docs = new ArrayList<>();
        for (String text : List.of(story(longer), story(FLOOD), story(FLOOD), story(cut))) {
            docs.add(Document.of(new Witness("c" + docs.size(), "c" + docs.size(), text)));
        }
        List<Ranked> found = withPassages(docs, new ArrayList<>());
        Ranked inspected = found.stream().filter(r -> r.groups().stream().anyMatch(g -> g.text().contains("piers")))
                .findFirst().orElseThrow();
        assertThat(inspected.groups().stream().filter(g -> !g.isEmpty()).flatMap(g -> g.spans().stream())
                .map(CopySpan::copy)).containsExactly(0);
    }

    @Test
    void anAlignedPassageThatContentDeniesGivesWayToTheFoundOne() {
        // C lacks the quote. The aligner (say, misled by a rewrite) reports the quote as told by A and by C's next
        // paragraph, and lacking in B, whose gap sits where B tells it: content says B tells it and C lacks it
        List<Document> docs = docs(story(FLOOD), story(FLOOD), without(3));
        String quote = FLOOD.get(3);
        Ranked aligned = PassageChecks.passageItem(
                List.of(span(docs, 0, quote), span(docs, 2, FLOOD.get(4))),
                List.of(gap(docs, 1, docs.get(1).text().indexOf(quote))), 12, PassageChecks.SCORE, docs);
        List<Ranked> out = withPassages(docs, new ArrayList<>(List.of(aligned)));
        assertThat(out).doesNotContain(aligned);
        assertThat(withText(out, "never seen"))
                .singleElement().satisfies(r -> assertThat(gapCopies(r)).containsExactly(2));
    }

    @Test
    void anAlignedPassageWhoseGapsSitElsewhereIsNotDeniedByCopiesTellingItInTheirOwnPlace() {
        // B moves the quote to its end and C lacks it. Content finds the quote lacked by C; the aligner's addition at
        // B's end (A and C have nothing there) puts A's gap far from where A tells the quote: no denial, it stays
        List<String> moved = new ArrayList<>(FLOOD);
        moved.add(moved.remove(3));
        List<Document> docs = docs(story(FLOOD), story(moved), without(3));
        Ranked aligned = PassageChecks.passageItem(List.of(span(docs, 1, FLOOD.get(3))),
                List.of(gap(docs, 0, docs.get(0).text().length() - 1), gap(docs, 2, docs.get(2).text().length() - 1)),
                12, PassageChecks.SCORE, docs);
        List<Ranked> out = withPassages(docs, new ArrayList<>(List.of(aligned)));
        assertThat(withText(out, "never seen"))
                .anySatisfy(r -> assertThat(r.variant().spans().stream().filter(s -> !s.isEmpty())
                        .map(CopySpan::copy)).containsExactly(1));
    }

    @Test
    void aGapInTheUnfinishedLastSentenceOfACutPageIsItsEndNotAGap() {
        // C's page stops inside the shelters sentence; a passage after it, whose gap the aligner put in that cut
        // sentence, is not lacked by C (C ended), while B's gap stands
        List<String> cut = new ArrayList<>(FLOOD.subList(0, 4));
        cut.add("The regional council opened three emergency");
        List<Document> docs = docs(story(FLOOD), without(6), story(cut));
        String insurers = FLOOD.get(6);
        String c = docs.get(2).text();
        int inCut = c.indexOf("three emergency");
        Ranked aligned = PassageChecks.passageItem(List.of(span(docs, 0, insurers)),
                List.of(gap(docs, 1, docs.get(1).text().indexOf(FLOOD.get(7))), gap(docs, 2, inCut)), 12,
                PassageChecks.SCORE, docs);
        List<Ranked> out = withPassages(docs, new ArrayList<>(List.of(aligned)));
        assertThat(withText(out, "Insurers"))
                .isNotEmpty().allSatisfy(r -> assertThat(gapCopies(r)).containsExactly(1));
    }

    @Test
    void aPageCutShortIsJudgedInTheOrderOfTheCopyItFollows() {
        // B tells the story from the shelters on and then its first two paragraphs; C is A's text cut inside the
        // shelters sentence. In B's order C tells B's last paragraphs, so C seemed to lack what B tells after the
        // shelters; C follows A, in whose order it has ended there
        List<String> cut = new ArrayList<>(FLOOD.subList(0, 4));
        cut.add("The regional council opened three emergency");
        Comparison c = compare(story(FLOOD), story(SHELTERS_FIRST), story(cut));
        assertThat(passageItems(c)).noneMatch(d -> lacksTheEnd(d, "C"));
    }

    @Test
    void aGapRightBeforeTheCutLastSentenceStands() {
        // C goes on past the quote (it tells the start of the shelters sentence after it), so its gap there stands
        List<String> cut = new ArrayList<>(FLOOD.subList(0, 3));
        cut.add("The regional council opened three emergency");
        List<Document> docs = docs(story(FLOOD), story(FLOOD), story(cut));
        String quote = FLOOD.get(3);
        Ranked aligned = PassageChecks.passageItem(List.of(span(docs, 0, quote), span(docs, 1, quote)),
                List.of(gap(docs, 2, docs.get(2).text().indexOf("The regional council"))), 12, PassageChecks.SCORE,
                docs);
        List<Ranked> out = withPassages(docs, new ArrayList<>(List.of(aligned)));
        assertThat(withText(out, "never seen"))
                .singleElement().satisfies(r -> assertThat(gapCopies(r)).containsExactly(2));
    }

    @Test
    void aPageThatEndsWithAFinishedSentenceButEndsEarlyInTheAlignmentIsCutToo() {
        // as above, but C's page ends with a whole sentence: the alignment finds it ending early all the same (a site
        // that republished the top of the story), so it ends early once and lacks nothing in B's order either
        Comparison c = compare(story(FLOOD), story(SHELTERS_FIRST), story(FLOOD.subList(0, 5)));
        assertThat(c.discrepancies()).anyMatch(d -> d.why().startsWith("copy ends early")
                && Stories.lacking(d).equals(List.of("C")));
        assertThat(passageItems(c)).noneMatch(d -> lacksTheEnd(d, "C"));
    }

    @Test
    void twoCopiesAddingDifferentSentencesAtOnePlaceAreTwoAdditions() {
        // the aligner puts C's and D's additions after the shelters paragraph into one slot; they tell different
        // things, so each is an addition of its own, the other copy lacking it right after the shelters
        String mayor = "Mayor Ingrid Sato promised compensation for every flooded shop within three weeks.";
        String power = "Electricity crews restored power to the hospital and two care homes overnight.";
        List<String> withMayor = new ArrayList<>(FLOOD);
        withMayor.add(5, mayor);
        List<String> withPower = new ArrayList<>(FLOOD);
        withPower.add(5, power);
        List<Document> docs = docs(story(FLOOD), story(FLOOD), story(withMayor), story(withPower));
        Ranked aligned = PassageChecks.passageItem(List.of(span(docs, 2, mayor), span(docs, 3, power)),
                List.of(gap(docs, 0, docs.get(0).text().indexOf(FLOOD.get(5))),
                        gap(docs, 1, docs.get(1).text().indexOf(FLOOD.get(5)))), 12, PassageChecks.SCORE, docs);
        StoryContext ctx = new StoryContext(docs);
        List<Ranked> parts = new MixedPassages(docs, PassageChecks.coverage(docs, ctx), ctx).split(aligned);
        assertThat(parts).hasSize(2).allSatisfy(r ->
                assertThat(r.variant().spans().stream().filter(x -> !x.isEmpty()).count()).isEqualTo(1));
        int afterShelters = docs.get(3).text().indexOf("hills.") + "hills".length();
        assertThat(parts).filteredOn(r -> r.groups().stream().anyMatch(g -> g.text().contains("Sato")))
                .singleElement().satisfies(r -> assertThat(r.variant().spans()).anySatisfy(x -> {
                    assertThat(x.copy()).isEqualTo(3);
                    assertThat(x.charStart()).isEqualTo(x.charEnd()).isEqualTo(afterShelters);
                }));
        // two copies adding the same thing in other words stay one passage
        List<String> withSameMayor = new ArrayList<>(FLOOD);
        String sameMayor = "Ingrid Sato, the mayor, promised every flooded shop compensation within three weeks.";
        withSameMayor.add(5, sameMayor);
        List<Document> agreeing = docs(story(FLOOD), story(FLOOD), story(withMayor), story(withSameMayor));
        Ranked agreed = PassageChecks.passageItem(List.of(span(agreeing, 2, mayor), span(agreeing, 3, sameMayor)),
                List.of(gap(agreeing, 0, agreeing.get(0).text().indexOf(FLOOD.get(5)))), 12, PassageChecks.SCORE,
                agreeing);
        StoryContext agreeingCtx = new StoryContext(agreeing);
        assertThat(new MixedPassages(agreeing, PassageChecks.coverage(agreeing, agreeingCtx), agreeingCtx)
                .split(agreed)).containsExactly(agreed);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** True when item d says copy {@code id} lacks one of the paragraphs after the shelters. */
    private static boolean lacksTheEnd(Discrepancy d, String id) {
        return lacking(d).contains(id) && d.readings().stream().anyMatch(r -> r.text().contains("Forecasters")
                || r.text().contains("Insurers") || r.text().contains("Railway"));
    }

    /** The items some reading of which holds the words. */
    private static List<Ranked> withText(List<Ranked> items, String words) {
        return items.stream().filter(r -> r.groups().stream().anyMatch(g -> g.text().contains(words))).toList();
    }

    /** The copies item r has a gap in, in order. */
    private static List<Integer> gapCopies(Ranked r) {
        return r.variant().spans().stream().filter(CopySpan::isEmpty).map(CopySpan::copy).toList();
    }

    private static List<Ranked> withPassages(List<Document> docs, List<Ranked> existing) {
        StoryContext ctx = new StoryContext(docs);
        return PassageChecks.withPassages(docs, ctx, PassageChecks.coverage(docs, ctx), existing);
    }

    private static List<Document> docs(String... texts) {
        List<Document> docs = new ArrayList<>();
        for (String text : texts) {
            docs.add(Document.of(new Witness("c" + docs.size(), "c" + docs.size(), text)));
        }
        return docs;
    }

    /** Copy c's words of the given text (its first occurrence). */
    private static CopySpan span(List<Document> docs, int c, String text) {
        Document d = docs.get(c);
        int at = d.text().indexOf(text);
        int from = d.wordAtOrAfter(at);
        int to = d.wordAtOrAfter(at + text.length());
        return new CopySpan(c, from, to, d.charStart(from), d.charEnd(to));
    }

    private static CopySpan gap(List<Document> docs, int c, int at) {
        return new CopySpan(c, 0, 0, at, at);
    }
}
