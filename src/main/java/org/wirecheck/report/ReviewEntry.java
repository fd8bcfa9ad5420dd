package org.wirecheck.report;

import java.util.Locale;
import java.util.Objects;

/**
 * What a reviewer recorded on one discrepancy.
 *
 * @param verdict the verdict's label as people read it (for example "confirmed error"); never null
 * @param note    free text, possibly several lines; {@code ""} when there is none
 * @param outcome what the verdict means for the report's counts and scopes
 */
public record ReviewEntry(String verdict, String note, Outcome outcome) {

    /** What a verdict means for the report: the four verdicts of the review. */
    public enum Outcome {
        /** No verdict yet (maybe a note). */
        UNREVIEWED,
        /** The copy that departs is wrong. */
        CONFIRMED_ERROR,
        /** Acceptable variation: dismissed. */
        DISMISSED,
        /** Needs follow-up. */
        FOLLOW_UP
    }

    public ReviewEntry {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(outcome, "outcome");
        note = note == null ? "" : note;
    }

    /** An entry whose outcome is read from its label ("confirmed error", "needs follow-up", "acceptable ..."). */
    public ReviewEntry(String verdict, String note) {
        this(verdict, note, outcomeOf(verdict));
    }

    private static Outcome outcomeOf(String label) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        if (l.contains("confirmed")) {
            return Outcome.CONFIRMED_ERROR;
        }
        if (l.contains("follow")) {
            return Outcome.FOLLOW_UP;
        }
        if (l.contains("acceptable") || l.contains("dismiss")) {
            return Outcome.DISMISSED;
        }
        return Outcome.UNREVIEWED;
    }
}
