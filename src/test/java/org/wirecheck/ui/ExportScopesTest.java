package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.report.ReportScope;
import org.wirecheck.review.Verdict;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.ExportScopes;

/** The sidebar's current filter as a report scope: exactly the discrepancies shown, its filters named. */
class ExportScopesTest {

    private final DiscrepancyList list = new DiscrepancyList();

    @Test
    void withoutFiltersItIsEveryDiscrepancyAndSaysNoMore() {
        list.resultProperty().set(Story.result());

        ReportScope s = ExportScopes.currentFilter(list);

        assertThat(s.kind()).isEqualTo(ReportScope.Kind.FILTER);
        assertThat(s.ids()).containsExactlyInAnyOrder("D1", "D2", "D3", "D4");
        assertThat(s.description()).isEqualTo("the current filter");
    }

    @Test
    void eachFilterIsNamedAndTheIdsAreThoseShown() {
        list.resultProperty().set(Story.result());
        list.severities().remove(Severity.LOW);
        list.kindProperty().set(Kind.NAME);
        list.searchProperty().set(" choi ");

        ReportScope s = ExportScopes.currentFilter(list);

        assertThat(s.ids()).containsExactly("D1");
        assertThat(s.description()).isEqualTo("the current filter (high, medium \u00b7 name \u00b7 \u201cchoi\u201d)");

        list.clearFilters();
        list.copyProperty().set(Path.of("/stories/b.txt"));
        list.setVerdicts(d -> Verdict.NEEDS_FOLLOW_UP);
        list.verdictProperty().set(Verdict.NEEDS_FOLLOW_UP);
        assertThat(ExportScopes.currentFilter(list).description())
                .isEqualTo("the current filter (where B differs \u00b7 needs follow-up)");
        list.severities().clear();
        assertThat(ExportScopes.currentFilter(list).description()).startsWith("the current filter (no severity");
        assertThat(ExportScopes.currentFilter(list).ids()).isEmpty();
    }
}
