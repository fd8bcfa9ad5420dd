package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.wirecheck.align.SlotRanges;
import org.wirecheck.text.TextRange;

/** Finds the aligned passage holding a character of a copy, by binary search over that copy's passage ranges. */
final class PassageLookup {

    private final List<List<int[]>> byCopy = new ArrayList<>();

    /** slotRanges: per passage, each present copy's character range. */
    PassageLookup(SlotRanges slotRanges, int copies) {
        for (int d = 0; d < copies; d++) {
            byCopy.add(new ArrayList<>());
        }
        for (int p = 0; p < slotRanges.slotCount(); p++) {
            for (Map.Entry<Integer, TextRange> e : slotRanges.at(p).entrySet()) {
                TextRange range = e.getValue();
                byCopy.get(e.getKey()).add(new int[] {range.start(), Math.max(range.end(), range.start() + 1), p});
            }
        }
        for (List<int[]> l : byCopy) {
            l.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[2]));
        }
    }

    /** The passage of copy d holding character {@code offset}, or -1 (the earliest-starting one when several do). */
    int at(int d, int offset) {
        List<int[]> l = byCopy.get(d);
        int lo = 0;
        int hi = l.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (l.get(mid)[0] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = found; i >= 0 && i > found - 8; i--) {
            if (l.get(i)[0] <= offset && offset < l.get(i)[1]) {
                return l.get(i)[2];
            }
        }
        return -1;
    }
}
