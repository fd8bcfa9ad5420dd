package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Options;
import org.wirecheck.compare.Reading;
import org.wirecheck.ingest.Loader;
import org.wirecheck.text.Witness;
import org.wirecheck.ui.model.CopyMarks;
import org.wirecheck.ui.model.DisplayText;
import org.wirecheck.ui.model.Highlighter;
import org.wirecheck.ui.model.Samples;

/** The style spans are a pure function of the comparison; no display needed. */
class HighlighterTest {

    private final Comparison story = Story.comparison();

    private CopyMarks marks(String id) {
        return Highlighter.marks(story, story.copy(id).orElseThrow());
    }

    @Test
    void spansCoverTheWholeTextExactly() {
        for (Copy c : story.copies()) {
            assertThat(Highlighter.marks(story, c).spans().length()).isEqualTo(c.witness().text().length());
        }
    }

    @Test
    void aNameDriftIsStyledByKindAndSeverityAndTheOutlierStandsOut() {
        assertThat(marks("A").stylesAt(4)).contains("mark", "k-name", "s-high").doesNotContain("minority");
        assertThat(marks("C").stylesAt(4)).contains("mark", "k-name", "s-high", "minority");
        assertThat(marks("A").stylesAt(3)).isEmpty();
        assertThat(marks("A").discrepancyAt(5)).hasValue(0);
    }

    @Test
    void theMoreImportantDiscrepancyWinsWhereTwoOverlap() {
        // D1 (name, 4..18) and D4 (wording, 9..23) overlap on "Institute"
        assertThat(marks("A").stylesAt(12)).contains("k-name");
        assertThat(marks("A").stylesAt(20)).contains("k-wording", "s-medium");
        assertThat(marks("A").discrepancyAt(20)).hasValue(3);
    }

    @Test
    void lineBreaksAreNeverStyled() {
        String a = Story.A;
        CopyMarks m = marks("A");
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == '\n') {
                assertThat(m.stylesAt(i)).as("line break at %d", i).isEmpty();
            }
        }
    }

    @Test
    void aCopyLackingAPassageGetsAGapMarkOnANeighbouringCharacter() {
        CopyMarks b = marks("B");
        assertThat(b.stylesAt(29)).contains("gap", "k-omission", "minority");
        assertThat(b.discrepancyAt(29)).hasValue(1);
    }

    @Test
    void aRewordedPassageIsBandedInTheCopyThatRewordsItButItsFactsKeepTheirMarks() {
        String first = "The council met on Monday in Arlen and agreed the budget after a long debate.";
        String second = "Officials in Arlen expect the new bridge to open before the winter storms arrive.";
        String plain = first + "\n\n" + second + "\n";
        String reworded = first + "\n\nArlen officials hope the new bridge will be ready ahead of the Tuesday "
                + "winter storms.\n";
        Comparison c = Comparer.compare(List.of(new Witness("a.txt", "a.txt", plain),
                new Witness("b.txt", "b.txt", plain), new Witness("c.txt", "c.txt", reworded)), Options.defaults());
        CopyMarks rewording = Highlighter.marks(c, c.copy("C").orElseThrow());
        int hope = reworded.indexOf("hope");
        assertThat(rewording.stylesAt(hope)).contains("band");
        assertThat(rewording.stylesAt(reworded.indexOf("budget"))).doesNotContain("band");
        assertThat(rewording.stylesAt(reworded.indexOf("\n\nArlen"))).isEmpty();
        for (String id : List.of("A", "B")) {
            CopyMarks m = Highlighter.marks(c, c.copy(id).orElseThrow());
            for (int i = 0; i < plain.length(); i++) {
                assertThat(m.stylesAt(i)).as("copy %s at %d", id, i).doesNotContain("band");
            }
        }
    }

    @Test
    void styleDifferencesAreLowSeverity() {
        assertThat(marks("C").stylesAt(55)).contains("k-style", "s-low");
    }

    @Test
    void emphasisAddsTheSelectedClassOnlyInsideTheRange() {
        var spans = marks("A").spans();
        var emphasised = Highlighter.emphasised(spans, 4, 18);
        assertThat(emphasised.length()).isEqualTo(14);
        emphasised.forEach(s -> assertThat(s.getStyle()).contains("selected"));
    }

    @Test
    void carriageReturnsKeepOffsets() {
        String crlf = "One.\r\nTwo.\rThree.";
        String shown = DisplayText.of(crlf);
        assertThat(shown).hasSameSizeAs(crlf).isEqualTo("One. \nTwo.\nThree.");
    }

    @Test
    void everyLocationOfTheSampleStoryIsHighlightedInItsCopy() throws Exception {
        List<Witness> witnesses = new ArrayList<>();
        for (Path p : Samples.files(Path.of("samples"))) {
            witnesses.add(Loader.load(p));
        }
        Comparison c = Comparer.compare(witnesses, Options.defaults());
        for (Copy copy : c.copies()) {
            CopyMarks m = Highlighter.marks(c, copy);
            String text = copy.witness().text();
            assertThat(m.spans().length()).isEqualTo(text.length());
            for (Discrepancy d : c.discrepancies()) {
                Reading r = d.readingOf(copy.id());
                if (r == null) {
                    continue;
                }
                for (Location l : r.locations()) {
                    if (l.witnessId().equals(copy.id()) && !l.isEmpty()
                            && !Character.isWhitespace(text.charAt(l.start()))) {
                        Collection<String> styles = m.stylesAt(l.start());
                        assertThat(styles).as("%s in %s at %d", d.id(), copy.id(), l.start()).contains("mark");
                    }
                }
            }
        }
    }
}
