package org.wirecheck.compare;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;

/**
 * Which high-severity discrepancies already cover a word of a copy, so that the extra checks (name drift, swapped
 * names) do not report again what an aligned variant shows. Built once; lookups are by (copy, word).
 */
final class ShownIndex {

    private final Map<Long, BitSet> byWord = new HashMap<>();

    ShownIndex(List<Ranked> ranked) {
        for (int r = 0; r < ranked.size(); r++) {
            if (ranked.get(r).judgement().severity() != Severity.HIGH) {
                continue;
            }
            for (ReadingGroup g : ranked.get(r).groups()) {
                for (CopySpan s : g.spans()) {
                    for (int w = s.from(); w < s.to(); w++) {
                        byWord.computeIfAbsent(key(s.copy(), w), k -> new BitSet()).set(r);
                    }
                }
            }
        }
    }

    private static long key(int copy, int word) {
        return (long) copy << 32 | word;
    }

    /** True when one high-severity discrepancy covers a word of list {@code a} and a word of list {@code b}. */
    <T> boolean covers(List<T> a, List<T> b, ToIntFunction<T> copy, ToIntFunction<T> word) {
        BitSet inA = union(a, copy, word);
        if (inA.isEmpty()) {
            return false;
        }
        return inA.intersects(union(b, copy, word));
    }

    private <T> BitSet union(List<T> items, ToIntFunction<T> copy, ToIntFunction<T> word) {
        BitSet out = new BitSet();
        for (T t : items) {
            BitSet s = byWord.get(key(copy.applyAsInt(t), word.applyAsInt(t)));
            if (s != null) {
                out.or(s);
            }
        }
        return out;
    }
}
