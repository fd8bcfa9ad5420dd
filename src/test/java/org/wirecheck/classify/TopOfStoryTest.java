package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** At the top of a story, copies that each open in their own long way have rewritten it; no name changed. */
class TopOfStoryTest {

    private static final String HEAD = "Ferry runs aground\n\n";
    private static final String TAIL = " a passenger ferry that ran aground off the island early on Sunday, officials "
            + "said.\n\nThe hull was not breached and no fuel leaked into the bay, the coast guard said.\n";

    /** Classifies the variant made of each copy's opening words (before " a passenger ferry"). */
    private static Judgement openings(String... openings) {
        List<Document> docs = new ArrayList<>();
        List<CopySpan> spans = new ArrayList<>();
        for (int i = 0; i < openings.length; i++) {
            String text = HEAD + "KESSA — " + openings[i] + TAIL;
            Document d = Document.of(new Witness("c" + i + ".txt", "c" + i + ".txt", text));
            docs.add(d);
            int start = text.indexOf(openings[i]);
            int from = d.wordAtOrAfter(start);
            int to = d.wordAtOrAfter(start + openings[i].length());
            spans.add(new CopySpan(i, from, to, d.charStart(from), d.charEnd(to)));
        }
        Variant v = new Variant(0, 1, Variant.Shape.WORDS, spans);
        return new Classifier(new StoryContext(docs)).classify(v, ReadingGroup.of(v, docs, 0));
    }

    @Test
    void twoCopiesOpeningTheirOwnLongWayAreARewriteNotANameChange() {
        Judgement v = openings("Rescuers reached", "Rescuers reached", "Crews sent by Varde Rescue reached",
                "Tourists from Lindholm Bay watched");
        assertThat(v.kind()).isEqualTo(Kind.WORDING);
        assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void oneCopyNamingSomeoneElseAtTheTopIsStillAName() {
        Judgement v = openings("Crews sent by Varde Rescue reached", "Crews sent by Varde Rescue reached",
                "Crews sent by Holm Rescue reached");
        assertThat(v.kind()).isIn(Kind.NAME, Kind.PLACE);
        assertThat(v.severity()).isEqualTo(Severity.HIGH);
    }
}
