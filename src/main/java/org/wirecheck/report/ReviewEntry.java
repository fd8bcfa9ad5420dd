package org.wirecheck.report;

import java.util.Objects;

/**
 * What a reviewer recorded on one discrepancy.
 *
 * @param verdict the verdict's label as people read it (for example "confirmed error"); never null
 * @param note    free text, possibly several lines; {@code ""} when there is none
 */
public record ReviewEntry(String verdict, String note) {

    public ReviewEntry {
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note;
    }
}
