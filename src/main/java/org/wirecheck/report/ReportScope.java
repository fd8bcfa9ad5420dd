package org.wirecheck.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.report.ReviewEntry.Outcome;

/**
 * Which discrepancies a report covers: everything, the facts alone (high items), those the window's current filter
 * shows, or the confirmed errors alone. The report's counts, summary and details all follow the scope.
 *
 * @param kind        which of the four
 * @param ids         for {@link Kind#FILTER}: the ids of the discrepancies the filter shows; empty otherwise
 * @param description for people, in running text ({@code "facts only"}, {@code "the current filter (names)"})
 */
public record ReportScope(Kind kind, Set<String> ids, String description) {

    /** The four scopes. */
    public enum Kind {
        ALL("everything"), FACTS("facts only"), FILTER("the current filter"), CONFIRMED("confirmed errors only");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** {@code "facts only"}. */
        public String label() {
            return label;
        }
    }

    public static final ReportScope ALL = new ReportScope(Kind.ALL, Set.of(), Kind.ALL.label());
    public static final ReportScope FACTS = new ReportScope(Kind.FACTS, Set.of(), Kind.FACTS.label());
    public static final ReportScope CONFIRMED = new ReportScope(Kind.CONFIRMED, Set.of(), Kind.CONFIRMED.label());

    public ReportScope {
        Objects.requireNonNull(kind, "kind");
        ids = Set.copyOf(ids);
        description = description == null || description.isBlank() ? kind.label() : description;
    }

    /** The discrepancies with these ids, described as {@code "the current filter (what)"}. */
    public static ReportScope filter(Set<String> ids, String what) {
        String d = what == null || what.isBlank() ? Kind.FILTER.label() : Kind.FILTER.label() + " (" + what + ")";
        return new ReportScope(Kind.FILTER, ids, d);
    }

    /** The scope named {@code all}, {@code facts} or {@code confirmed} (case ignored), if any. */
    public static Optional<ReportScope> named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "all", "everything" -> Optional.of(ALL);
            case "facts" -> Optional.of(FACTS);
            case "confirmed", "errors" -> Optional.of(CONFIRMED);
            default -> Optional.empty();
        };
    }

    /** Whether the report covers {@code d}, which the review has given {@code entry} (empty: not reviewed). */
    public boolean covers(Discrepancy d, Optional<ReviewEntry> entry) {
        return switch (kind) {
            case ALL -> true;
            case FACTS -> d.severity() == Severity.HIGH;
            case FILTER -> ids.contains(d.id());
            case CONFIRMED -> entry.map(e -> e.outcome() == Outcome.CONFIRMED_ERROR).orElse(false);
        };
    }

    /**
     * Whether a report in this scope details {@code d}: it covers it, and it is a {@linkplain #key key item} or
     * the report details the wording drift ({@code drift}, or a scope other than everything, whose items were
     * chosen one by one).
     */
    public boolean details(Discrepancy d, Optional<ReviewEntry> entry, boolean drift) {
        return covers(d, entry) && (drift || kind != Kind.ALL || key(d.severity(), entry));
    }

    /** A fact (a high item) or an item the review flagged (a confirmed error, a follow-up). */
    public static boolean key(Severity severity, Optional<ReviewEntry> entry) {
        return severity == Severity.HIGH || entry.map(e -> e.outcome() == Outcome.CONFIRMED_ERROR
                || e.outcome() == Outcome.FOLLOW_UP).orElse(false);
    }

    /** Whether this is everything. */
    public boolean all() {
        return kind == Kind.ALL;
    }
}
