package org.wirecheck.review;

import java.util.Locale;
import java.util.Optional;

/** What the fact-checker concluded about one discrepancy. */
public enum Verdict {
    UNREVIEWED("unreviewed", "Unreviewed"),
    CONFIRMED_ERROR("confirmed-error", "Confirmed error"),
    ACCEPTABLE_VARIATION("acceptable-variation", "Acceptable variation"),
    NEEDS_FOLLOW_UP("needs-follow-up", "Needs follow-up");

    private final String id;
    private final String label;

    Verdict(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in review files ({@code "confirmed-error"}); never changes. */
    public String id() {
        return id;
    }

    /** The name shown in the window ({@code "Confirmed error"}). */
    public String label() {
        return label;
    }

    /** The name in reports, in running text ({@code "confirmed error"}). */
    public String reportLabel() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** Whether a verdict was given (anything but {@link #UNREVIEWED}). */
    public boolean reviewed() {
        return this != UNREVIEWED;
    }

    /** The verdict with review-file name {@code id}. */
    public static Optional<Verdict> fromId(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
