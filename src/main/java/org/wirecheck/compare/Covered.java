package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;

/** Drops word-level items that a fact item already says: most of their readings lie inside the fact's readings. */
final class Covered {

    private Covered() {
    }

    /** The items of {@code ranked} left after removing those of the given kinds that one of {@code facts} covers. */
    static List<Ranked> without(List<Ranked> ranked, List<Ranked> facts, Set<Kind> kinds) {
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : ranked) {
            if (!kinds.contains(r.judgement().kind()) || !covered(r, facts)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean covered(Ranked r, List<Ranked> facts) {
        for (Ranked f : facts) {
            int hits = 0;
            int spans = 0;
            for (ReadingGroup g : r.groups()) {
                for (CopySpan s : g.spans()) {
                    if (s.isEmpty()) {
                        continue;
                    }
                    spans++;
                    if (overlaps(s, f)) {
                        hits++;
                    }
                }
            }
            if (spans > 0 && hits * 2 >= spans) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(CopySpan s, Ranked f) {
        for (CopySpan t : f.variant().spans()) {
            if (t.copy() == s.copy() && t.charStart() < s.charEnd() && s.charStart() < t.charEnd()) {
                return true;
            }
        }
        return false;
    }
}
