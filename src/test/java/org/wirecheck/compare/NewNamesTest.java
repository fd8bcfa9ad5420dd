package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** A person one copy names in a sentence the other copies tell in their own words without the name. */
class NewNamesTest {

    private static final List<String> WIRE = List.of(
            "Storms closed the port of Lindhaven on Tuesday, stranding dozens of cargo ships offshore.",
            "Harbour chief Maria Okafor said the Nordlys ferry lost power near Skarholm Point and drifted toward "
                    + "the rocks.",
            "A coastguard crew towed the ferry to safety after a two-hour operation, and all 84 passengers were "
                    + "unhurt.",
            "Okafor said the port would reopen once the wind dropped below gale force.",
            "Forecasters expect calmer weather by Thursday.");

    /**
     * The same story in a site's own words and order; its account of the rescue, told last, names the pilot, whom the
     * wire does not name.
     */
    private static final List<String> OWN = List.of(
            "Lindhaven's harbour stayed shut through Tuesday's gales as cargo vessels waited out at sea.",
            "Every one of the 84 people aboard came ashore unhurt after two hours.",
            WIRE.get(3),
            "Shipping resumes when the storm eases, officials say.",
            "When the Nordlys ferry lost power, pilot Jonas Feld brought a cutter alongside off Skarholm Point, "
                    + "Maria Okafor told reporters.");

    /** The site's own story with its account of the rescue (its last sentence) replaced. */
    private static List<String> withRescue(String sentence) {
        List<String> own = new ArrayList<>(OWN);
        own.set(OWN.size() - 1, sentence);
        return own;
    }

    private static List<Document> docs(List<String> own) {
        List<Document> docs = new ArrayList<>();
        for (String text : List.of(text(WIRE), text(WIRE), text(WIRE), text(own))) {
            docs.add(Document.of(new Witness("c" + docs.size(), "c" + docs.size(), text)));
        }
        return docs;
    }

    private static List<Ranked> found(List<Document> docs, List<Ranked> existing) {
        StoryContext ctx = new StoryContext(docs);
        return new NewNames(docs, ctx, PassageChecks.coverage(docs, ctx)).find(existing);
    }

    @Test
    void aNameOneCopyGivesInARetoldSentenceIsAnAdditionWithTheOthersGapsWhereTheyTellIt() {
        List<Document> docs = docs(OWN);
        List<Ranked> found = found(docs, List.of());
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.judgement().kind()).isEqualTo(Kind.ADDITION);
            assertThat(r.judgement().why()).endsWith("where the others tell the same moment without it: Jonas Feld");
            assertThat(r.groups().get(1).text()).isEqualTo("pilot Jonas Feld");
            int gap = docs.get(0).text().indexOf("lost power") + "lost power".length();
            assertThat(r.groups().get(0).spans()).extracting(CopySpan::copy).containsExactly(0, 1, 2);
            assertThat(r.groups().get(0).spans()).allSatisfy(g -> assertThat(g.charStart()).isEqualTo(gap));
        });
    }

    @Test
    void aNameTheAlignedReadingsAlreadyShowIsNotReportedAgain() {
        List<Document> docs = docs(OWN);
        Document own = docs.get(3);
        int at = own.text().indexOf("Jonas");
        int w = own.wordAtOrAfter(at);
        Ranked aligned = Ranked.of(List.of(new ReadingGroup("pilot jonas feld", "pilot Jonas Feld",
                List.of(new CopySpan(3, w - 1, w + 2, own.charStart(w - 1), own.charEnd(w + 2))))),
                new Judgement(Kind.WORDING, Severity.MEDIUM, "wording differs", 3));
        assertThat(found(docs, List.of(aligned))).isEmpty();
    }

    @Test
    void aNameInASentenceNoOtherCopyTellsIsNoSuchItem() {
        // the pilot named in a sentence of its own, about nothing the wire tells: a passage, not a missing name
        String rescue = "Pilot Jonas Feld, who has flown for the coastguard since 2009, is to retire in the spring.";
        assertThat(found(docs(withRescue(rescue)), List.of())).isEmpty();
    }

    @Test
    void theStorysMainActorsAloneDoNotMakeTheSameMoment() {
        // the name stands in a sentence that shares only the harbour chief and the port with the wire's
        String rescue = "Maria Okafor, who met minister Lars Brekke at the Lindhaven quay, praised the dock workers.";
        assertThat(found(docs(withRescue(rescue)), List.of())).isEmpty();
    }

    @Test
    void theSamePeopleAtAnotherMomentAreNotTheSameMoment() {
        // the harbour chief and Skarholm Point again, but a ceremony the wire does not tell: no word of its own shared
        String rescue = "Maria Okafor thanked pilot Jonas Feld at a lighthouse ceremony on Skarholm Point.";
        assertThat(found(docs(withRescue(rescue)), List.of())).isEmpty();
    }

    @Test
    void aNameFirstUsedWhereNoItemCanStandIsStillFoundWhereOneCan() {
        // the pilot is named first in a sentence of the site's own, then in its account of the rescue
        List<String> own = new ArrayList<>(OWN);
        own.add(1, "Pilot Jonas Feld, who has flown for the coastguard since 2009, is to retire in the spring.");
        assertThat(found(docs(own), List.of())).singleElement()
                .satisfies(r -> assertThat(r.groups().get(1).text()).isEqualTo("pilot Jonas Feld"));
    }

    @Test
    void everyCopyThatGivesTheNameShowsIt() {
        List<Document> docs = new ArrayList<>();
        for (String text : List.of(text(WIRE), text(WIRE), text(WIRE), text(WIRE), text(OWN), text(OWN))) {
            docs.add(Document.of(new Witness("c" + docs.size(), "c" + docs.size(), text)));
        }
        assertThat(found(docs, List.of())).singleElement().satisfies(r -> {
            assertThat(r.judgement().why()).startsWith("a name only 2 copies give");
            assertThat(r.groups().get(1).spans()).extracting(CopySpan::copy).containsExactly(4, 5);
            assertThat(r.groups().get(0).spans()).extracting(CopySpan::copy).containsExactly(0, 1, 2, 3);
        });
    }
}
