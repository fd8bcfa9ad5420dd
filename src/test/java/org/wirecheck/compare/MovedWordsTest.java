package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** Words a copy moved are no change: a speech tag put after another sentence, quote fragments paired out of order. */
class MovedWordsTest {

    private static final String STORY = """
            Tarnvik opened its new harbour terminal on Monday after four years of building.

            "I was worried about the budget," Mayor Ilse Brandt told reporters. "It was one of the hardest \
            projects of my life, but it is finished.

            "A terminal this size, of course I would be worried. But what a day. I love this town."

            The terminal cost 240 million kroner and was paid for by the Kessing Group.
            """;

    @Test
    void aSpeechTagMovedWithinItsParagraphIsOneLowItem() {
        String moved = STORY.replace("budget,\" Mayor Ilse Brandt told reporters. \"It was", "budget. It was")
                .replace("but it is finished.", "but it is finished,\" Mayor Ilse Brandt told reporters.");
        Comparison c = compare(STORY, STORY, moved);
        assertThat(c.discrepancies()).hasSize(1);
        Discrepancy d = c.discrepancies().get(0);
        assertThat(d.kind()).isEqualTo(Kind.STYLE);
        assertThat(d.severity()).isEqualTo(Severity.LOW);
        assertThat(d.why()).contains("moved");
    }

    @Test
    void theSameTagDroppedInOneCopyIsStillAnOmission() {
        String dropped = STORY.replace(" Mayor Ilse Brandt told reporters.", "");
        Comparison c = compare(STORY, STORY, dropped);
        assertThat(c.discrepancies()).anyMatch(d -> d.severity() != Severity.LOW
                && d.readings().stream().anyMatch(r -> r.text().contains("Mayor Ilse Brandt")));
    }

    @Test
    void quoteFragmentsEachCopyTellsElsewhereAreLow() {
        String a = "\"I was nervous for the penalty,\" he said. \"Of course I would be nervous. But amazing.\"";
        String b = "\"I was nervous for the penalty. It was great,\" he said. \"Of course, I would be nervous.\"";
        List<Document> docs = List.of(doc(a), doc(b));
        Ranked paired = quoteItem(docs, span(docs, 0, "would be nervous"), span(docs, 1, "was nervous for the"));
        List<Ranked> out = MovedWords.lowered(List.of(paired), docs);
        assertThat(out.get(0).judgement().kind()).isEqualTo(Kind.STYLE);
        assertThat(out.get(0).judgement().severity()).isEqualTo(Severity.LOW);

        String changed = b.replace("would be nervous", "was never scared");
        List<Document> other = List.of(doc(a), doc(changed));
        Ranked real = quoteItem(other, span(other, 0, "would be nervous"), span(other, 1, "was never scared"));
        assertThat(MovedWords.lowered(List.of(real), other).get(0).judgement().severity()).isEqualTo(Severity.HIGH);
    }

    private static Document doc(String text) {
        return Document.of(new Witness("x.txt", "x.txt", text));
    }

    private static CopySpan span(List<Document> docs, int copy, String words) {
        Document d = docs.get(copy);
        int at = d.text().indexOf(words);
        int from = d.wordAtOrAfter(at);
        int to = d.wordAtOrAfter(at + words.length() - 1) + 1;
        return new CopySpan(copy, from, to, d.charStart(from), d.charEnd(to));
    }

    private static Ranked quoteItem(List<Document> docs, CopySpan x, CopySpan y) {
        List<ReadingGroup> groups = List.of(
                new ReadingGroup(ReadingGroup.keyOf(docs.get(0), x), ReadingGroup.displayText(List.of(x), docs),
                        List.of(x)),
                new ReadingGroup(ReadingGroup.keyOf(docs.get(1), y), ReadingGroup.displayText(List.of(y), docs),
                        List.of(y)));
        return new Ranked(new Variant(0, 1, Variant.Shape.WORDS, List.of(x, y)), groups,
                new Judgement(Kind.QUOTE, Severity.HIGH, "quoted words differ", 7));
    }
}
