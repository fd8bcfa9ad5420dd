package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.Grouping;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.Section;

/** The sidebar's view model: filters, grouping, selection and navigation, without a display. */
class DiscrepancyListTest {

    private final DiscrepancyList list = new DiscrepancyList();
    private ReaderResult result;

    @BeforeEach
    void setUp() {
        result = Story.result();
        list.resultProperty().set(result);
    }

    private Discrepancy d(String id) {
        return result.discrepancies().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void groupedByKindInOrderOfImportance() {
        assertThat(list.visible()).extracting(Discrepancy::id).containsExactly("D1", "D4", "D2", "D3");
        assertThat(list.sections()).extracting(Section::kind)
                .containsExactly(Kind.NAME, Kind.WORDING, Kind.OMISSION, Kind.STYLE);
        list.groupingProperty().set(Grouping.NONE);
        assertThat(list.visible()).extracting(Discrepancy::id).containsExactly("D1", "D2", "D3", "D4");
        assertThat(list.sections()).isEmpty();
    }

    @Test
    void groupedByCopyEachCopyListsWhereItDepartsAndADiscrepancyWithoutMajorityStandsUnderEach() {
        list.groupingProperty().set(Grouping.COPY);
        List<Section> sections = list.sections();
        assertThat(sections).extracting(Section::id).containsExactly("copy:A", "copy:B", "copy:C");
        assertThat(sections.get(0).items()).extracting(Discrepancy::id).containsExactly("D4");
        assertThat(sections.get(1).items()).extracting(Discrepancy::id).containsExactly("D2");
        assertThat(sections.get(2).items()).extracting(Discrepancy::id).containsExactly("D1", "D3", "D4");
        assertThat(sections.get(2).label()).isEqualTo("C · c.txt");
        assertThat(list.visible()).extracting(Discrepancy::id).as("navigation keeps the ranking")
                .containsExactly("D1", "D2", "D3", "D4");
        list.severities().remove(Severity.LOW);
        assertThat(list.sections().get(2).items()).extracting(Discrepancy::id).containsExactly("D1", "D4");
    }

    @Test
    void groupedByFactEveryDiscrepancyStandsOnceAndFactsToldOnceStandAlone() {
        list.groupingProperty().set(Grouping.FACT);
        assertThat(list.sections()).allMatch(s -> !s.hasHeader());
        assertThat(list.sections()).flatExtracting(Section::items).extracting(Discrepancy::id)
                .containsExactly("D1", "D2", "D3", "D4");
    }

    @Test
    void filtersBySeverityKindCopyAndText() {
        list.severities().remove(Severity.LOW);
        assertThat(list.visible()).extracting(Discrepancy::id).doesNotContain("D3");
        list.kindProperty().set(Kind.NAME);
        assertThat(list.visible()).extracting(Discrepancy::id).containsExactly("D1");
        list.clearFilters();
        list.copyProperty().set(Path.of("/stories/b.txt"));
        assertThat(list.visible()).extracting(Discrepancy::id).containsExactly("D2");
        list.clearFilters();
        list.searchProperty().set("choi");
        assertThat(list.visible()).extracting(Discrepancy::id).containsExactly("D1");
        assertThat(list.positionProperty().getValue()).isEqualTo("1 of 4 discrepancies shown");
    }

    @Test
    void nextAndPreviousWalkTheListAsShown() {
        assertThat(list.positionProperty().getValue()).isEqualTo("4 discrepancies");
        assertThat(list.next()).isTrue();
        assertThat(list.selected()).isEqualTo(d("D1"));
        assertThat(list.positionProperty().getValue()).isEqualTo("1 of 4");
        list.next();
        assertThat(list.selected()).isEqualTo(d("D4"));
        assertThat(list.positionProperty().getValue()).isEqualTo("2 of 4");
        list.previous();
        assertThat(list.selected()).isEqualTo(d("D1"));
        assertThat(list.previous()).isFalse();
        assertThat(list.selected()).isEqualTo(d("D1"));
    }

    @Test
    void previousWithNothingSelectedStartsAtTheEnd() {
        list.previous();
        assertThat(list.selected()).isEqualTo(d("D3"));
        assertThat(list.next()).isFalse();
    }

    @Test
    void aNewResultKeepsTheSelectionOnTheDiscrepancyWithTheSameKey() {
        list.next();
        list.next();
        Discrepancy wording = list.selected();
        ReaderResult again = Story.result();
        list.resultProperty().set(again);
        assertThat(list.selected()).isNotSameAs(wording).isEqualTo(again.discrepancies().get(3));
        assertThat(list.selected().key()).isEqualTo(wording.key());
        assertThat(list.positionProperty().getValue()).isEqualTo("2 of 4");
    }

    @Test
    void aNewResultWithoutThatKeyClearsTheSelection() {
        list.next();
        ReaderResult r = Story.result();
        ReaderResult other = new ReaderResult(r.panes(), new org.wirecheck.compare.Comparison(
                r.comparison().copies(), "A", r.discrepancies().subList(1, 4), java.util.List.of(), true,
                r.comparison().passages()), r.passages(), java.util.List.of(), java.util.List.of(), 1);
        list.resultProperty().set(other);
        assertThat(list.selected()).isNull();
    }

    @Test
    void filtersByVerdictAndGoesOnFromWhereAReviewedRowLeftTheList() {
        java.util.Map<String, org.wirecheck.review.Verdict> verdicts = new java.util.HashMap<>();
        list.setVerdicts(d -> verdicts.getOrDefault(d.id(), org.wirecheck.review.Verdict.UNREVIEWED));
        list.verdictProperty().set(org.wirecheck.review.Verdict.UNREVIEWED);
        assertThat(list.visible()).extracting(Discrepancy::id).containsExactly("D1", "D4", "D2", "D3");
        list.next();
        list.next();
        assertThat(list.selected()).isEqualTo(d("D4"));
        verdicts.put("D4", org.wirecheck.review.Verdict.ACCEPTABLE_VARIATION);
        list.verdictsChanged();
        assertThat(list.visible()).extracting(Discrepancy::id).containsExactly("D1", "D2", "D3");
        assertThat(list.selected()).as("still selected while it is reviewed").isEqualTo(d("D4"));
        list.next();
        assertThat(list.selected()).as("the row that took its place").isEqualTo(d("D2"));
        list.verdictProperty().set(org.wirecheck.review.Verdict.ACCEPTABLE_VARIATION);
        assertThat(list.visible()).extracting(Discrepancy::id).containsExactly("D4");
        list.clearFilters();
        assertThat(list.verdictProperty().get()).isNull();
        assertThat(list.visible()).hasSize(4);
    }

    @Test
    void oneDiscrepancyIsSingular() {
        org.wirecheck.compare.Comparison c = result.comparison();
        org.wirecheck.compare.Comparison one = new org.wirecheck.compare.Comparison(c.copies(), c.baseId(),
                c.discrepancies().subList(0, 1), c.warnings(), c.sameStory(), c.passages());
        list.resultProperty().set(new ReaderResult(result.panes(), one, result.passages(), List.of(), List.of(), 0));

        assertThat(list.positionProperty().getValue()).isEqualTo("1 discrepancy");
        list.kindProperty().set(Kind.DATE);
        assertThat(list.positionProperty().getValue()).isEqualTo("0 of 1 discrepancy shown");
    }
}
