package org.wirecheck.compare;

/**
 * Where a reading stands in one copy: character offsets into that copy's text as decoded, end exclusive.
 * An empty location ({@code start == end}) marks the point where a copy that lacks the passage would carry it.
 */
public record Location(String witnessId, int start, int end) {

    public Location {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad location " + witnessId + " [" + start + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return start == end;
    }
}
