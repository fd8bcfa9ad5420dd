package org.wirecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.ReportModel.Deviation;
import org.wirecheck.report.ReportModel.Item;
import org.wirecheck.report.ReviewEntry.Outcome;
import org.wirecheck.text.Witness;

/** The report's first layer: verdicts counted, the facts one line each, set-aside and lacking copies, departures. */
class ReportLayersTest {

    private static Copy copy(String id, boolean compared) {
        return new Copy(id, new Witness(id + ".txt", id + ".txt", "text of " + id), 3, 0.5, id.equals("A"), 1,
                List.of(), compared);
    }

    private static Reading reading(String text, String... ids) {
        List<Location> at = new ArrayList<>();
        for (String id : ids) {
            at.add(new Location(id, 0, text.length()));
        }
        return new Reading(text, at);
    }

    private static Discrepancy item(String id, Severity s, Reading... readings) {
        return new Discrepancy(id, Kind.WORDING, s, id, "", readings[0].text(), List.of(readings));
    }

    /** Five copies, E set aside; D lacks the passage of D1. */
    private static Comparison fiveWithOneAside(List<Discrepancy> ds) {
        return new Comparison(List.of(copy("A", true), copy("B", true), copy("C", true), copy("D", true),
                copy("E", false)), "A", ds, List.of("Copy E does not look like the same story"), true);
    }

    private static ReportModel model(Comparison c, Review r, ReportScope scope) {
        return ReportModel.of(c, r, ReportFixtures.OPTIONS.withScope(scope), true);
    }

    @Test
    void theVerdictsAreCountedOverTheItemsTheReportCovers() {
        List<Discrepancy> ds = List.of(
                item("D1", Severity.HIGH, reading("x", "A", "B", "C"), reading("y", "D")),
                item("D2", Severity.HIGH, reading("x", "A", "B", "C"), reading("y", "D")),
                item("D3", Severity.HIGH, reading("x", "A", "B", "C"), reading("y", "D")),
                item("D4", Severity.MEDIUM, reading("x", "A", "B", "C"), reading("y", "D")),
                item("D5", Severity.LOW, reading("x", "A", "B", "C"), reading("y", "D")));
        Review review = ReportFixtures.review(Map.of(
                "D1", new ReviewEntry("confirmed error", "", Outcome.CONFIRMED_ERROR),
                "D2", new ReviewEntry("needs follow-up", "", Outcome.FOLLOW_UP),
                "D4", new ReviewEntry("confirmed error", "", Outcome.CONFIRMED_ERROR),
                "D5", new ReviewEntry("acceptable variation", "", Outcome.DISMISSED)));

        ReportModel all = model(fiveWithOneAside(ds), review, ReportScope.ALL);
        ReportModel facts = model(fiveWithOneAside(ds), review, ReportScope.FACTS);
        ReportModel confirmed = model(fiveWithOneAside(ds), review, ReportScope.CONFIRMED);

        assertThat(all.verdicts()).isEqualTo(new ReportModel.Verdicts(2, 1, 1, 1));
        assertThat(all.verdicts().text())
                .isEqualTo("2 confirmed errors \u00b7 1 to follow up \u00b7 1 dismissed \u00b7 1 not yet reviewed");
        assertThat(facts.verdicts()).isEqualTo(new ReportModel.Verdicts(1, 1, 0, 1));
        assertThat(confirmed.verdicts()).isEqualTo(new ReportModel.Verdicts(2, 0, 0, 0));
        assertThat(confirmed.verdicts().text()).startsWith("2 confirmed errors");
        // the key items: the facts, and the medium item the review confirmed; the dismissed low item is drift
        assertThat(all.keyItems()).extracting(Item::id).containsExactly("D1", "D2", "D3", "D4");
        assertThat(all.driftItems()).extracting(Item::id).containsExactly("D5");
        assertThat(facts.scope().text()).isEqualTo("facts only: 3 of 5 discrepancies");
        assertThat(all.scope().text()).isEqualTo("everything (5 discrepancies)");
    }

    @Test
    void aCopySetAsideIsNotCountedAsCompared() {
        ReportModel m = model(fiveWithOneAside(List.of(
                item("D1", Severity.HIGH, reading("x", "A", "B"), reading("y", "C")))), Review.NONE, ReportScope.ALL);

        assertThat(m.comparedCount()).isEqualTo(4);
        assertThat(m.setAsideCount()).isEqualTo(1);
        assertThat(m.copiesText()).isEqualTo("4 copies compared (1 set aside)");
        // D lacks the passage; E, set aside, does not count as lacking it
        assertThat(m.items().get(0).lacking()).containsExactly("D");
        assertThat(m.items().get(0).whoSaysWhat(40))
                .isEqualTo("\u201cx\u201d A B \u00b7 \u201cy\u201d C \u00b7 lacking the passage: D");
    }

    @Test
    void copiesTextIsSingularOrPluralAndSaysWhenNothingWasCompared() {
        Comparison none = new Comparison(List.of(copy("A", false), copy("B", false)), "A", List.of(), List.of(),
                false);
        Comparison two = new Comparison(List.of(copy("A", true), copy("B", true)), "A", List.of(), List.of(), true);

        assertThat(model(none, Review.NONE, ReportScope.ALL).copiesText()).isEqualTo("2 copies read, not compared");
        assertThat(model(two, Review.NONE, ReportScope.ALL).copiesText()).isEqualTo("2 copies compared");
        assertThat(ReportText.copiesCompared(1, 1)).isEqualTo("1 copy compared (1 set aside)");
    }

    @Test
    void theCopiesThatDepartMostAreSortedByTheirWeightedShareNotByHighItems() {
        // B departs in one high item (weight 4); C in three medium items (weight 6); D lacks one low passage (1)
        List<Discrepancy> ds = List.of(
                item("D1", Severity.HIGH, reading("x", "A", "C", "D"), reading("y", "B")),
                item("D2", Severity.MEDIUM, reading("x", "A", "B", "D"), reading("y", "C")),
                item("D3", Severity.MEDIUM, reading("x", "A", "B", "D"), reading("y", "C")),
                item("D4", Severity.MEDIUM, reading("x", "A", "B", "D"), reading("y", "C")),
                item("D5", Severity.LOW, reading("x", "A", "B"), reading("y", "C")));

        List<Deviation> dev = model(fiveWithOneAside(ds), Review.NONE, ReportScope.ALL).summary().deviating();

        assertThat(dev).extracting(Deviation::copyId).containsExactly("C", "B", "D");
        double all = 4 + 2 + 2 + 2 + 1;
        assertThat(dev.get(0).share()).isEqualTo(7 / all);
        assertThat(dev.get(1).share()).isEqualTo(4 / all);
        assertThat(dev.get(2).share()).isEqualTo(1 / all);
        assertThat(dev.get(0)).extracting(Deviation::high, Deviation::medium, Deviation::low).containsExactly(0, 3, 1);
    }

    @Test
    void withTwoCopiesAndNoMajorityNobodyDeparts() {
        Comparison two = new Comparison(List.of(copy("A", true), copy("B", true)), "A",
                List.of(item("D1", Severity.HIGH, reading("x", "A"), reading("y", "B"))), List.of(), true);

        ReportModel m = model(two, Review.NONE, ReportScope.ALL);

        assertThat(m.summary().deviating()).isEmpty();
        assertThat(m.items().get(0).readings()).noneMatch(ReportModel.ItemReading::majority);
    }

    @Test
    void withTwoCopiesAReadingOnlyOneCopyHasIsNoMajorityAndTheOtherLacksThePassage() {
        Comparison two = new Comparison(List.of(copy("A", true), copy("B", true)), "A",
                List.of(item("D1", Severity.MEDIUM, reading("x", "A"))), List.of(), true);

        ReportModel m = model(two, Review.NONE, ReportScope.ALL);
        String text = org.wirecheck.report.plain.TextReport.render(two);

        assertThat(m.items().get(0).readings()).noneMatch(ReportModel.ItemReading::majority);
        assertThat(m.items().get(0).lacking()).containsExactly("B");
        assertThat(text).doesNotContain("majority").contains("lacking the passage  1 of 2: B");
    }
}
