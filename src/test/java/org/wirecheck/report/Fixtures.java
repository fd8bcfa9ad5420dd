package org.wirecheck.report;

import java.util.List;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.classify.Kind;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.Witness;

/** A small comparison built by hand: three copies, a name change, an omission and a style change. */
public final class Fixtures {

    public static final String TEXT_A =
            "Researchers at the Chey Institute in Seoul said on Monday the talks would go on.";
    public static final String TEXT_B =
            "Researchers at the Chey Institute in Seoul said on Monday the talks would go on.";
    public static final String TEXT_C =
            "Researchers at the Choi Institute said on Monday the talks would go on \u2013 Z\u00fcrich.";

    private Fixtures() {
    }

    public static Comparison threeCopies() {
        List<Copy> copies = List.of(
                new Copy("A", new Witness("000.txt", "samples/000.txt", TEXT_A), 15, 1.0, true, 1),
                new Copy("B", new Witness("001.txt", "samples/001.txt", TEXT_B), 15, 0.98765, false, 1),
                new Copy("C", new Witness("002.txt", "samples/002.txt", TEXT_C), 15, 0.81234, false, 2));
        Discrepancy name = new Discrepancy("D1", Kind.NAME, Severity.HIGH, "Chey Institute / Choi Institute",
                "near-spellings of one proper noun", "Chey",
                List.of(new Reading("Chey", List.of(new Location("A", 19, 23), new Location("B", 19, 23))),
                        new Reading("Choi", List.of(new Location("C", 19, 23)))));
        Discrepancy omission = new Discrepancy("D2", Kind.OMISSION, Severity.MEDIUM, "in Seoul missing from C",
                "a passage the other copies carry", "in Seoul",
                List.of(new Reading("in Seoul", List.of(new Location("A", 34, 42), new Location("B", 34, 42))),
                        new Reading("", List.of(new Location("C", 34, 34)))));
        Discrepancy style = new Discrepancy("D3", Kind.STYLE, Severity.LOW, "\u2013 Z\u00fcrich",
                "punctuation only", "",
                List.of(new Reading("", List.of(new Location("A", 79, 79), new Location("B", 79, 79))),
                        new Reading("\u2013 Z\u00fcrich", List.of(new Location("C", 71, 79)))));
        return new Comparison(copies, "A", List.of(name, omission, style),
                List.of("copy C differs much from the others"), true);
    }
}
