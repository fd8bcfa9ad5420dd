package org.wirecheck.review;

import java.util.Objects;
import org.wirecheck.compare.Discrepancy;

/**
 * The verdict and note recorded on one discrepancy.
 *
 * @param key     the discrepancy's {@link Discrepancy#key() key}
 * @param verdict never null
 * @param note    free text, possibly several lines; {@code ""} when there is none
 * @param summary what the discrepancy was, for people ({@code "Name, high: Chey Institute / Choi Institute"}), so
 *                that an entry whose discrepancy no longer exists can still be listed
 */
public record ReviewItem(String key, Verdict verdict, String note, String summary) {

    public ReviewItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note;
        summary = summary == null ? "" : summary;
    }

    /** Whether it records nothing (unreviewed, no note): such an item is not kept. */
    public boolean isEmpty() {
        return verdict == Verdict.UNREVIEWED && note.isBlank();
    }

    /** The summary of {@code d} as items keep it: {@code "Name, high: Chey Institute / Choi Institute"}. */
    public static String summaryOf(Discrepancy d) {
        String kind = d.kind().name().charAt(0) + d.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return kind + ", " + d.severity().label() + ": " + d.summary();
    }
}
