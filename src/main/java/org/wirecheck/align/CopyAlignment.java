package org.wirecheck.align;

import java.util.List;

/**
 * How one copy lines up with the pivot: which slots it has at all, which pivot word each of its words matches
 * (by comparison key), and the differences inside the slots it has.
 */
public final class CopyAlignment {

    private final boolean[] present;
    private final int[] match;
    private final List<CopyEdit> edits;

    CopyAlignment(boolean[] present, int[] match, List<CopyEdit> edits) {
        this.present = present;
        this.match = match;
        this.edits = List.copyOf(edits);
    }

    /** True when the copy has (some of) the slot at pivot position {@code slot}. */
    public boolean present(int slot) {
        return present[slot];
    }

    /** Copy word index matched to pivot word {@code g}, or -1. */
    public int match(int g) {
        return match[g];
    }

    /** Differences in pivot order. */
    public List<CopyEdit> edits() {
        return edits;
    }

    /**
     * The differences that lie over or touch pivot range [a, b] (found by binary search: a copy's differences do
     * not overlap, so they are sorted by both ends).
     */
    List<CopyEdit> editsNear(int a, int b) {
        int lo = 0;
        int hi = edits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edits.get(mid).pivotTo() < a) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < edits.size() && edits.get(end).pivotFrom() <= b) {
            end++;
        }
        return edits.subList(lo, end);
    }
}
