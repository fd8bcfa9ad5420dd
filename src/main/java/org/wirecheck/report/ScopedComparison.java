package org.wirecheck.report;

import java.util.List;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;

/**
 * The comparison as a report's scope sees it: the same copies and passages, and only the discrepancies the scope
 * details ({@link ReportScope#details}), so that the views built from it (the overview matrix, the versions, the
 * TEI collation) cover what the rest of the report covers.
 */
public final class ScopedComparison {

    private ScopedComparison() {
    }

    /**
     * The comparison with the discrepancies {@code options}' scope details.
     *
     * @param formatDrift whether the format details the wording drift by default ({@link ExportOptions#drift})
     */
    public static Comparison of(Comparison c, Review review, ExportOptions options, boolean formatDrift) {
        Review r = review == null ? Review.NONE : review;
        boolean drift = options.drift(formatDrift);
        List<Discrepancy> listed = c.discrepancies().stream()
                .filter(d -> options.scope().details(d, r.entryFor(d), drift)).toList();
        if (listed.size() == c.discrepancies().size()) {
            return c;
        }
        return new Comparison(c.copies(), c.baseId(), listed, c.warnings(), c.sameStory(), c.passages());
    }
}
