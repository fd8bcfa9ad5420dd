package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;

/**
 * Drops items that a fact item already says: word-level items most of whose readings lie inside the fact's readings,
 * and passages that say little beyond a high item's readings.
 */
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

    /** {@code ranked} without the items of the given kinds that {@code facts} cover, and with {@code facts}. */
    static List<Ranked> replacing(List<Ranked> ranked, List<Ranked> facts, Set<Kind> kinds) {
        List<Ranked> out = without(ranked, facts, kinds);
        out.addAll(facts);
        return out;
    }

    /**
     * {@code facts} with each one that covers a more severe item of the given kinds raised to that severity: the fact
     * item stands for the word-level one and must not rank it down ("told Reuters" dropped, judged high word by word).
     */
    static List<Ranked> raised(List<Ranked> facts, List<Ranked> ranked, Set<Kind> kinds) {
        List<Ranked> out = new ArrayList<>();
        for (Ranked f : facts) {
            Ranked best = f;
            for (Ranked r : ranked) {
                if (kinds.contains(r.judgement().kind())
                        && r.judgement().severity().compareTo(best.judgement().severity()) < 0
                        && coveredBy(r, f)) {
                    Judgement j = best.judgement();
                    best = new Ranked(f.variant(), f.groups(), new Judgement(j.kind(), r.judgement().severity(),
                            j.why(), Math.max(j.score(), r.judgement().score())));
                }
            }
            out.add(best);
        }
        return out;
    }

    private static boolean covered(Ranked r, List<Ranked> facts) {
        for (Ranked f : facts) {
            if (f.judgement().severity().compareTo(r.judgement().severity()) <= 0 && coveredBy(r, f)) {
                return true; // a less severe fact item does not stand for a more severe word-level one
            }
        }
        return false;
    }

    /** True when most of r's readings lie inside f's. */
    private static boolean coveredBy(Ranked r, Ranked f) {
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
        return spans > 0 && hits * 2 >= spans;
    }

    /**
     * {@code ranked} without the passages some copies lack or add that say little beyond a high item's readings: each
     * copy's passage lies mostly inside that item's reading ("A spokesman said none of the injuries were
     * life-threatening." within a casualty item's "none of the injuries were life-threatening").
     */
    static List<Ranked> withoutPassagesSaid(List<Ranked> ranked) {
        List<Ranked> high = ranked.stream().filter(r -> r.judgement().severity() == Severity.HIGH
                && r.variant().shape() != Variant.Shape.PASSAGE).toList();
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : ranked) {
            if (!PassageChecks.foldable(r) || high.stream().noneMatch(h -> mostlyInside(r, h))) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * True when every told span of r lies at least half inside one of f's readings in its copy, and f has a reading in
     * every copy that lacks r (so that f says which copies do not carry it).
     */
    private static boolean mostlyInside(Ranked r, Ranked f) {
        return r.variant().spans().stream().filter(CopySpan::isEmpty)
                .allMatch(s -> f.variant().spans().stream().anyMatch(t -> t.copy() == s.copy()))
                && r.variant().allTold(s -> 2 * charsInside(s, f) >= s.charEnd() - s.charStart());
    }

    /** How many characters of span s lie inside f's readings in its copy. */
    private static int charsInside(CopySpan s, Ranked f) {
        int inside = 0;
        for (CopySpan t : f.variant().spans()) {
            if (t.copy() == s.copy()) {
                inside += Math.max(0, Math.min(s.charEnd(), t.charEnd()) - Math.max(s.charStart(), t.charStart()));
            }
        }
        return inside;
    }

    /** True when span s overlaps one of f's readings in the same copy. */
    static boolean overlaps(CopySpan s, Ranked f) {
        for (CopySpan t : f.variant().spans()) {
            if (t.copy() == s.copy() && t.charStart() < s.charEnd() && s.charStart() < t.charEnd()) {
                return true;
            }
        }
        return false;
    }
}
