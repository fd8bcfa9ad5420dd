package org.wirecheck.compare;

/**
 * Where a reading stands in one copy: character offsets into that copy's text as decoded, end exclusive.
 * An empty location ({@code start == end}) marks the point where a copy that lacks the passage would carry it.
 *
 * <p>{@code start}/{@code end} are the words to highlight (for a passage only some copies carry: its first words);
 * {@code extentStart}/{@code extentEnd} cover the whole reading (the whole passage), which the reader shades.
 */
public record Location(String witnessId, int start, int end, int extentStart, int extentEnd) {

    public Location {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad location " + witnessId + " [" + start + ", " + end + ")");
        }
        if (extentStart > start || extentEnd < end) {
            throw new IllegalArgumentException(
                    "extent of " + witnessId + " does not cover [" + start + ", " + end + ")");
        }
    }

    /** A location whose extent is its span. */
    public Location(String witnessId, int start, int end) {
        this(witnessId, start, end, start, end);
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True when the whole reading is longer than the span shown for it. */
    public boolean hasExtent() {
        return extentStart != start || extentEnd != end;
    }
}
