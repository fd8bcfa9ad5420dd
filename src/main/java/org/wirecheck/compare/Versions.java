package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Numbers;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;

/**
 * Copies often come from two or more versions of the wire story (an early and a later update, or two agencies).
 * A difference that splits the copies exactly along those families is a difference between versions, not drift in
 * one republished copy. What one version states and the other does not (a changed fact, a passage only one version
 * carries, a credit, a place, a number only one version gives) keeps its rank, since an update is often the main
 * finding; a rewording between versions keeps kind and severity but ranks below single-copy drift; both say so.
 */
final class Versions {

    /** Score taken off a difference between versions, enough to rank it below drift of the same severity. */
    static final double RANK_DOWN = 4;
    /** Kinds that say what a version states and another does not: they keep their rank. */
    private static final Set<Kind> STATED = Set.of(Kind.NAME, Kind.TITLE, Kind.PLACE, Kind.NUMBER, Kind.DATE,
            Kind.ATTRIBUTION, Kind.ADDITION, Kind.OMISSION);
    /** The most words a reading may have for a number in it to be a figure one version gives. */
    private static final int FIGURE_WORDS = 2;

    private Versions() {
    }

    static List<Ranked> rankDown(List<Ranked> ranked, int[] family) {
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            List<Integer> families = familiesSplit(r.groups(), family);
            if (families == null) {
                out.add(r);
                continue;
            }
            Judgement v = r.judgement();
            if (STATED.contains(v.kind()) || v.severity() == Severity.HIGH || numberInOneReading(r.groups())) {
                // a fact updated between versions of the wire (the toll rising, the cause found) is a finding of its
                // own: it keeps its rank and says which versions carry which reading
                out.add(new Ranked(r.variant(), r.groups(), new Judgement(v.kind(), v.severity(),
                        v.why() + " (the copies follow different versions of the story)", v.score())));
                continue;
            }
            StringBuilder why = new StringBuilder(v.why()).append(" (differs between versions of the story: families ");
            for (int i = 0; i < families.size(); i++) {
                why.append(i == 0 ? "" : " / ").append(families.get(i));
            }
            why.append(')');
            out.add(new Ranked(r.variant(), r.groups(),
                    new Judgement(v.kind(), v.severity(), why.toString(), v.score() - RANK_DOWN)));
        }
        return out;
    }

    /**
     * True when one reading states a number in place of another's word or two (not absent): "95th-minute" for
     * "stoppage-time", a figure a later version gives. That is a fact one version has, not a rewording; longer
     * readings are rewordings that a number happens to fall in.
     */
    private static boolean numberInOneReading(List<ReadingGroup> groups) {
        boolean with = false;
        boolean without = false;
        for (ReadingGroup g : groups) {
            CopySpan s = g.spans().get(0);
            if (s.to() - s.from() > FIGURE_WORDS) {
                return false;
            }
            if (!g.isEmpty()) {
                boolean has = !Numbers.values(g.keys()).isEmpty();
                with |= has;
                without |= !has;
            }
        }
        return with && without;
    }

    /**
     * The families, one per reading, when every family lies wholly within one reading and at least two readings are
     * carried by two or more copies; else null.
     */
    private static List<Integer> familiesSplit(List<ReadingGroup> groups, int[] family) {
        Map<Integer, Integer> groupOfFamily = new HashMap<>();
        Map<Integer, Integer> familySize = new HashMap<>();
        for (int f : family) {
            familySize.merge(f, 1, Integer::sum);
        }
        Map<Integer, Integer> seen = new HashMap<>();
        List<Integer> firstFamily = new ArrayList<>();
        int multi = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<CopySpan> spans = groups.get(g).spans();
            multi += spans.size() >= 2 ? 1 : 0;
            for (CopySpan s : spans) {
                int f = family[s.copy()];
                Integer previous = groupOfFamily.putIfAbsent(f, g);
                if (previous != null && previous != g) {
                    return null;
                }
                seen.merge(f, 1, Integer::sum);
            }
            firstFamily.add(family[spans.get(0).copy()]);
        }
        for (Map.Entry<Integer, Integer> e : seen.entrySet()) {
            if (!e.getValue().equals(familySize.get(e.getKey()))) {
                return null;
            }
        }
        return multi >= 2 && groupOfFamily.size() >= 2 ? firstFamily : null;
    }
}
