package org.wirecheck.report.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.Fixtures;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;

class TextReportTest {

    private static List<String> lines(Comparison c) {
        return TextReport.render(c).lines().toList();
    }

    @Test
    void headerNamesTheNumberOfCopiesAndTheBase() {
        String first = lines(Fixtures.threeCopies()).get(0);

        assertThat(first).contains("3 copies").contains("base A (000.txt)");
    }

    @Test
    void listsTheCopiesWithWordsSimilarityBaseAndFamily() {
        List<String> lines = lines(Fixtures.threeCopies());

        assertThat(lines).anySatisfy(l -> assertThat(l)
                .matches("\\s+A\\s+000\\.txt\\s+15 words\\s+100\\.0%\\s+\\(base\\)\\s+family 1"));
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .matches("\\s+B\\s+001\\.txt\\s+15 words\\s+98\\.8%\\s+family 1"));
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .matches("\\s+C\\s+002\\.txt\\s+15 words\\s+81\\.2%\\s+family 2"));
    }

    @Test
    void showsWarningsBeforeTheDiscrepancies() {
        String text = TextReport.render(Fixtures.threeCopies());

        assertThat(text).contains("WARNING: copy C differs much from the others");
        assertThat(text.indexOf("WARNING")).isLessThan(text.indexOf("D1 "));
    }

    @Test
    void aDiscrepancyWithItsReadingsAndWhy() {
        String text = TextReport.render(Fixtures.threeCopies());

        assertThat(text).contains("D1  NAME      high   Chey Institute / Choi Institute\n"
                + "  \"Chey\"  2 of 3: A B (majority)\n"
                + "  \"Choi\"  1 of 3: C\n"
                + "  why: near-spellings of one proper noun\n");
    }

    @Test
    void anEmptyReadingIsShownAsAbsent() {
        String text = TextReport.render(Fixtures.threeCopies());

        assertThat(text).contains("  \"in Seoul\"  2 of 3: A B (majority)\n  (absent)  1 of 3: C\n");
        assertThat(text).contains("  (absent)  2 of 3: A B (majority)\n  \"\u2013 Z\u00fcrich\"  1 of 3: C\n");
    }

    @Test
    void discrepanciesInTheOrderGiven() {
        String text = TextReport.render(Fixtures.threeCopies());

        assertThat(text.indexOf("D1 ")).isLessThan(text.indexOf("D2 "));
        assertThat(text.indexOf("D2 ")).isLessThan(text.indexOf("D3 "));
    }

    @Test
    void longReadingsAreCutWithAnEllipsisAndShownOnOneLine() {
        String longText = "word ".repeat(40).strip();
        Comparison base = Fixtures.threeCopies();
        Discrepancy d = new Discrepancy("D1", Kind.ADDITION, Severity.MEDIUM, longText, "only one copy has it",
                "", List.of(new Reading("", List.of(new Location("A", 0, 0), new Location("B", 0, 0))),
                        new Reading("line one\nline two " + longText, List.of(new Location("C", 0, 10)))));
        Comparison c = new Comparison(base.copies(), "A", List.of(d), List.of(), true);

        List<String> lines = lines(c);

        String reading = lines.stream().filter(l -> l.startsWith("  \"line one")).findFirst().orElseThrow();
        assertThat(reading).startsWith("  \"line one line two word word");
        assertThat(reading).contains("\u2026\"  1 of 3: C");
        String shown = reading.substring(3, reading.indexOf('\u2026') + 1);
        assertThat(shown).hasSize(TextReport.MAX_TEXT);
        String header = lines.stream().filter(l -> l.startsWith("D1")).findFirst().orElseThrow();
        assertThat(header).endsWith("\u2026");
        assertThat(header.length()).isLessThan(120);
    }

    @Test
    void endsWithCountsBySeverityAndKind() {
        List<String> lines = lines(Fixtures.threeCopies());

        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("3 discrepancies: 1 high, 1 medium, 1 low; NAME 1, OMISSION 1, STYLE 1");
    }

    @Test
    void saysSoWhenThereIsNothingToReport() {
        Comparison c = new Comparison(Fixtures.threeCopies().copies(), "A", List.of(), List.of(), false);

        String text = TextReport.render(c);

        assertThat(text).contains("No discrepancies found.");
        assertThat(text).contains("WARNING");
    }

    @Test
    void manyCopiesAreCounted() {
        Comparison base = Fixtures.threeCopies();
        List<Location> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new Location("X" + i, 0, 1));
        }
        Discrepancy d = new Discrepancy("D1", Kind.WORDING, Severity.MEDIUM, "a / b", "", "a",
                List.of(new Reading("a", many), new Reading("b", List.of(new Location("C", 0, 1)))));
        String text = TextReport.render(new Comparison(base.copies(), "A", List.of(d), List.of(), true));

        assertThat(text).contains("+10 more (majority)");
        assertThat(text).doesNotContain("why:");
    }

    @Test
    void aReviewedDiscrepancyShowsItsVerdictAndNote() {
        Review review = d -> d.id().equals("D1")
                ? java.util.Optional.of(new ReviewEntry("confirmed error", "asked AP\nto fix"))
                : java.util.Optional.empty();

        String text = TextReport.render(Fixtures.threeCopies(), review);

        assertThat(text).contains("  why: near-spellings of one proper noun\n"
                + "  verdict: confirmed error \u2014 asked AP to fix\n");
        assertThat(text.indexOf("verdict:")).isEqualTo(text.lastIndexOf("verdict:"));
        assertThat(text).contains("Review: 1 confirmed error \u00b7 0 to follow up \u00b7 0 dismissed \u00b7 2 not yet "
                + "reviewed (of the 3 discrepancies listed)");
        assertThat(TextReport.render(Fixtures.threeCopies())).doesNotContain("Review:");
        assertThat(TextReport.render(Fixtures.threeCopies(), Review.NONE))
                .isEqualTo(TextReport.render(Fixtures.threeCopies())).doesNotContain("verdict:");
    }
}
