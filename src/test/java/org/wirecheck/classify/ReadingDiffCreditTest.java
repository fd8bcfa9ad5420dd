package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.align.CopySpan;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** The story's own credit inside a reading is no change of a statement's source. */
class ReadingDiffCreditTest {

    private static final String LEDE = "Library opens\n\nThe mayor of Oakvale opened the new harbour library on "
            + "Saturday, potentially ending years of closures";
    private static final String REST = "\n\nThe building cost the town council four million dollars.\n";

    private static CopySpan clause(Document d) {
        int from = d.wordAtOrAfter(d.text().indexOf("potentially"));
        int to = d.wordAtOrAfter(d.text().indexOf(".", from == d.size() ? 0 : d.word(from).start()));
        return new CopySpan(0, from, to, d.word(from).start(), d.word(to - 1).end());
    }

    @Test
    void aReadingEndingWithTheStoryCreditNamesNoOtherSource() {
        Document credited = Document.of(new Witness("a.txt", "a.txt", LEDE + ", CNN reports." + REST));
        Document plain = Document.of(new Witness("b.txt", "b.txt", LEDE + "." + REST));
        StoryContext ctx = new StoryContext(List.of(credited, plain));
        CopySpan a = clause(credited);
        CopySpan b = clause(plain);
        List<ReadingGroup> groups = List.of(
                new ReadingGroup("potentially ending years of closures cnn reports", "", List.of(a)),
                new ReadingGroup("potentially ending years of closures", "",
                        List.of(new CopySpan(1, b.from(), b.to(), b.charStart(), b.charEnd()))));
        ReadingDiff diff = new ReadingDiff(ctx, groups, List.of(credited, plain));
        assertThat(diff.source).isFalse();
        assertThat(diff.names).isEmpty();
    }
}
