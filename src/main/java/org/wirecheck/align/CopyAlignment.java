package org.wirecheck.align;

import java.util.List;

/**
 * How one copy lines up with the pivot: which slots it has at all, which pivot word each of its words matches
 * (by comparison key), and the differences inside the slots it has.
 */
public final class CopyAlignment {

    private final boolean[] present;
    private final int[] match;
    private final List<Item> items;

    CopyAlignment(boolean[] present, int[] match, List<Item> items) {
        this.present = present;
        this.match = match;
        this.items = List.copyOf(items);
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
    public List<Item> items() {
        return items;
    }

    /**
     * The differences that lie over or touch pivot range [a, b] (found by binary search: a copy's differences do
     * not overlap, so they are sorted by both ends).
     */
    List<Item> itemsNear(int a, int b) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).b() < a) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < items.size() && items.get(end).a() <= b) {
            end++;
        }
        return items.subList(lo, end);
    }
}
