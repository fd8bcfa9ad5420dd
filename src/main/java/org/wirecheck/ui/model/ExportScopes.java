package org.wirecheck.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.report.ReportScope;
import org.wirecheck.review.Verdict;

/**
 * The scopes the window offers when it exports a report, each with how many discrepancies it covers: everything,
 * the facts alone, the sidebar's current filter (what the list shows, described by its filters), the confirmed
 * errors alone.
 */
public final class ExportScopes {

    /** One choice: the scope and its label for people ({@code "Facts only (37)"}). */
    public record Choice(ReportScope scope, String label) {
    }

    private ExportScopes() {
    }

    /** The four choices for the list's result and filters, everything first. */
    public static List<Choice> of(DiscrepancyList list, ReviewModel review) {
        List<Discrepancy> all = list.resultProperty().get().discrepancies();
        long facts = all.stream().filter(d -> d.severity() == Severity.HIGH).count();
        long confirmed = all.stream().filter(d -> review.verdictOf(d) == Verdict.CONFIRMED_ERROR).count();
        ReportScope filter = currentFilter(list);
        String filters = filters(list);
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(ReportScope.ALL, "Everything (" + all.size() + ")"));
        out.add(new Choice(ReportScope.FACTS, "Facts only (" + facts + ")"));
        out.add(new Choice(filter, "The current filter (" + filter.ids().size() + " shown"
                + (filters.isEmpty() ? "" : ": " + filters) + ")"));
        out.add(new Choice(ReportScope.CONFIRMED, "Confirmed errors only (" + confirmed + ")"));
        return out;
    }

    /** What the sidebar shows now, described by its filters ({@code "high · names · where C differs"}). */
    public static ReportScope currentFilter(DiscrepancyList list) {
        Set<String> ids = new LinkedHashSet<>();
        list.visible().forEach(d -> ids.add(d.id()));
        return ReportScope.filter(ids, filters(list));
    }

    /** The list's filters for people, {@code ""} when none is set. */
    static String filters(DiscrepancyList list) {
        List<String> parts = new ArrayList<>();
        if (list.severities().size() < Severity.values().length) {
            List<String> sev = new ArrayList<>();
            for (Severity s : Severity.values()) {
                if (list.severities().contains(s)) {
                    sev.add(s.label());
                }
            }
            parts.add(sev.isEmpty() ? "no severity" : String.join(", ", sev));
        }
        if (list.kindProperty().get() != null) {
            parts.add(list.kindProperty().get().name().toLowerCase(Locale.ROOT));
        }
        if (list.copyProperty().get() != null) {
            ReaderResult r = list.resultProperty().get();
            parts.add("where " + r.paneOf(list.copyProperty().get()).map(PaneCopy::id).orElse("a copy")
                    + " differs");
        }
        if (list.verdictProperty().get() != null) {
            parts.add(list.verdictProperty().get().reportLabel());
        }
        String search = list.searchProperty().get();
        if (search != null && !search.isBlank()) {
            parts.add("\u201c" + search.strip() + "\u201d");
        }
        return String.join(" \u00b7 ", parts);
    }
}
