package org.wirecheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Passage;
import org.wirecheck.compare.Reading;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Witness;
import org.wirecheck.ui.model.Highlighter;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.PassageMap;
import org.wirecheck.ui.model.ReaderResult;

/** A small comparison built by hand: three copies, a name drift, a dropped sentence and a style change. */
final class Story {

    static final String A = "The Chey Institute said so.\n\nIt rained in Seoul.\n\nThe end.";
    static final String B = "The Chey Institute said so.\n\nThe end.";
    static final String C = "The Choi Institute said so.\n\nIt rained in Seoul.\n\nThe End.";

    private Story() {
    }

    static Comparison comparison() {
        List<Copy> copies = List.of(
                copy("A", A, true, sentences(0, 27, 29, 48, 50, 58)),
                copy("B", B, false, sentences(0, 27, 29, 37)),
                copy("C", C, false, sentences(0, 27, 29, 48, 50, 58)));
        Discrepancy name = new Discrepancy("D1", Kind.NAME, Severity.HIGH, "Chey Institute / Choi Institute",
                "proper noun spelled differently", "Chey Institute", List.of(
                        new Reading("Chey Institute", List.of(new Location("A", 4, 18), new Location("B", 4, 18))),
                        new Reading("Choi Institute", List.of(new Location("C", 4, 18)))));
        Discrepancy dropped = new Discrepancy("D2", Kind.OMISSION, Severity.MEDIUM, "It rained in Seoul. / (absent)",
                "passage missing", "It rained in Seoul.", List.of(
                        new Reading("It rained in Seoul.", List.of(new Location("A", 29, 48),
                                new Location("C", 29, 48))),
                        new Reading("", List.of(new Location("B", 29, 29)))));
        Discrepancy style = new Discrepancy("D3", Kind.STYLE, Severity.LOW, "end / End", "case only", "end",
                List.of(new Reading("end", List.of(new Location("A", 54, 57), new Location("B", 33, 36))),
                        new Reading("End", List.of(new Location("C", 54, 57)))));
        Discrepancy overlap = new Discrepancy("D4", Kind.WORDING, Severity.MEDIUM, "Institute said / -",
                "wording", "Institute said", List.of(
                        new Reading("Institute said", List.of(new Location("A", 9, 23))),
                        new Reading("Institute said so", List.of(new Location("C", 9, 26)))));
        List<Passage> passages = List.of(
                new Passage(0, Map.of("A", new TextRange(0, 27), "B", new TextRange(0, 27), "C", new TextRange(0, 27))),
                new Passage(1, Map.of("A", new TextRange(29, 48), "C", new TextRange(29, 48))),
                new Passage(2, Map.of("A", new TextRange(50, 58), "B", new TextRange(29, 37),
                        "C", new TextRange(50, 58))));
        return new Comparison(copies, "A", List.of(name, dropped, style, overlap), List.of(), true, passages);
    }

    static ReaderResult result() {
        Comparison c = comparison();
        List<PaneCopy> panes = c.copies().stream().map(copy -> new PaneCopy(copy.id(),
                Path.of("/stories/" + copy.witness().name()), copy.witness(), copy, Highlighter.marks(c, copy)))
                .toList();
        return new ReaderResult(panes, c, new PassageMap(c.passages()), List.of(), List.of(), 1);
    }

    private static Copy copy(String id, String text, boolean base, List<TextRange> sentences) {
        return new Copy(id, new Witness(id.toLowerCase() + ".txt", "/stories/" + id.toLowerCase() + ".txt", text),
                text.split("\\s+").length, base ? 1 : 0.8, base, 0, sentences);
    }

    private static List<TextRange> sentences(int... bounds) {
        List<TextRange> out = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            out.add(new TextRange(bounds[i], bounds[i + 1]));
        }
        return out;
    }
}
