package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wirecheck.align.CopySpan;
import org.wirecheck.text.Document;

/**
 * Folds the items that report one passage into one item. The aligner reports a passage per aligned paragraph and
 * only for the copies it aligned there; the passage found by content names the copies that tell it anywhere, and
 * may itself be found twice from copies that split it differently. Two such items are the same passage when they
 * share a copy whose told readings overlap, no copy tells them in two different places, and they disagree on fewer
 * copies (one says it tells it, the other that it lacks it) than they share. The folded item names every copy that
 * tells the passage (the reading spanning all its items' readings there) and every copy that lacks it (the gap of the
 * first item that names one: found passages come first).
 */
final class PassageFold {

    /** A copy's folded reading at most this many times as long as a found passage's reading there. */
    private static final int SPREAD = 3;

    private PassageFold() {
    }

    /**
     * The items, those of one passage folded into one; items that share nothing are returned unchanged. The first
     * {@code found} items are passages found by content, the others aligned passages; two aligned passages that
     * put the gaps in different places are never folded together, even through a found one.
     */
    static List<Ranked> fold(List<Ranked> items, int found, List<Document> docs) {
        int n = items.size();
        List<Map<Integer, CopySpan>> told = items.stream().map(PassageFold::told).toList();
        int[] root = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            root[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int ri = find(root, i);
                int rj = find(root, j);
                if (ri != rj && samePassage(items.get(i), told.get(i), items.get(j), told.get(j))
                        && samePlaces(members.get(ri), members.get(rj), items, found, docs)) {
                    root[rj] = ri;
                    members.get(ri).addAll(members.get(rj));
                }
            }
        }
        Map<Integer, List<Ranked>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(items.get(i));
        }
        List<Ranked> out = new ArrayList<>();
        for (List<Ranked> g : groups.values()) {
            out.add(g.size() == 1 ? g.get(0) : folded(g, items.subList(0, found), docs));
        }
        return out;
    }

    /** True when every aligned item of one group puts its gaps where every aligned item of the other does. */
    private static boolean samePlaces(List<Integer> a, List<Integer> b, List<Ranked> items, int found,
                                      List<Document> docs) {
        for (int x : a) {
            for (int y : b) {
                if (x >= found && y >= found && !samePlace(items.get(x), items.get(y), docs)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int find(int[] root, int i) {
        int r = i;
        while (root[r] != r) {
            r = root[r];
        }
        root[i] = r;
        return r;
    }

    /** True when items a and b (told: their telling copies' readings) report the same passage. */
    private static boolean samePassage(Ranked a, Map<Integer, CopySpan> toldA, Ranked b,
                                       Map<Integer, CopySpan> toldB) {
        int shared = 0;
        for (Map.Entry<Integer, CopySpan> e : toldA.entrySet()) {
            CopySpan t = toldB.get(e.getKey());
            if (t == null) {
                continue;
            }
            if (!overlap(e.getValue(), t)) {
                return false; // told in two different places: two passages
            }
            shared++;
        }
        int disagree = 0;
        for (CopySpan s : a.variant().spans()) {
            disagree += s.isEmpty() && toldB.containsKey(s.copy()) ? 1 : 0;
        }
        for (CopySpan s : b.variant().spans()) {
            disagree += s.isEmpty() && toldA.containsKey(s.copy()) ? 1 : 0;
        }
        return shared > 0 && disagree < shared;
    }

    /**
     * True unless the items put the gaps of the copies that lack them in different places: a passage some copies add
     * at different places is one addition per place, each showing the other copies' gap there. Gaps count as the
     * same place within one sentence of each other; at least half of the copies both items say lack it must agree.
     */
    private static boolean samePlace(Ranked a, Ranked b, List<Document> docs) {
        Map<Integer, CopySpan> gapsB = new TreeMap<>();
        b.variant().spans().stream().filter(CopySpan::isEmpty).forEach(s -> gapsB.putIfAbsent(s.copy(), s));
        int both = 0;
        int near = 0;
        for (CopySpan s : a.variant().spans()) {
            CopySpan t = s.isEmpty() ? gapsB.get(s.copy()) : null;
            if (t != null) {
                Document d = docs.get(s.copy());
                both++;
                near += Math.abs(sentenceAt(d, s.charStart()) - sentenceAt(d, t.charStart())) <= 1 ? 1 : 0;
            }
        }
        return near * 2 >= both;
    }

    /** The sentence of the word at or after the offset (the sentence count past the last word). */
    static int sentenceAt(Document d, int charOffset) {
        int w = d.wordAtOrAfter(charOffset);
        return w >= d.size() ? d.sentenceCount() : d.sentenceOf(w);
    }

    private static Map<Integer, CopySpan> told(Ranked r) {
        Map<Integer, CopySpan> out = new TreeMap<>();
        for (CopySpan s : r.variant().spans()) {
            if (!s.isEmpty()) {
                out.merge(s.copy(), s, PassageFold::spanning);
            }
        }
        return out;
    }

    private static int length(CopySpan s) {
        return s.to() - s.from();
    }

    private static boolean overlap(CopySpan a, CopySpan b) {
        return a.charStart() < b.charEnd() && b.charStart() < a.charEnd();
    }

    private static CopySpan spanning(CopySpan a, CopySpan b) {
        return new CopySpan(a.copy(), Math.min(a.from(), b.from()), Math.max(a.to(), b.to()),
                Math.min(a.charStart(), b.charStart()), Math.max(a.charEnd(), b.charEnd()));
    }

    /** One item for a group of items of one passage; {@code found}: the passages found by content. */
    private static Ranked folded(List<Ranked> group, List<Ranked> found, List<Document> docs) {
        Map<Integer, CopySpan> first = new TreeMap<>();
        Map<Integer, CopySpan> told = new TreeMap<>();
        for (Ranked r : group) {
            boolean byContent = found.stream().anyMatch(f -> f == r);
            told(r).values().forEach(s -> {
                if (byContent) {
                    first.putIfAbsent(s.copy(), s);
                }
                told.merge(s.copy(), s, PassageFold::spanning);
            });
        }
        // a reading many times longer than the found passage's in that copy runs across what the aligner matched in
        // a reordered copy, not the passage: the found passage's reading stands
        told.replaceAll((copy, span) -> first.containsKey(copy) && length(span) > SPREAD * length(first.get(copy))
                ? first.get(copy) : span);
        Map<Integer, CopySpan> gaps = new TreeMap<>();
        double score = 0;
        for (Ranked r : group) { // found passages first: their gaps follow what each copy tells
            for (CopySpan s : r.variant().spans()) {
                if (s.isEmpty() && !told.containsKey(s.copy())) {
                    gaps.putIfAbsent(s.copy(), s);
                }
            }
            score = Math.max(score, r.judgement().score());
        }
        List<CopySpan> carriers = new ArrayList<>(told.values());
        List<CopySpan> absent = new ArrayList<>(gaps.values());
        if (absent.isEmpty()) {
            return group.get(0);
        }
        return PassageChecks.passageItem(carriers, absent, score, docs);
    }
}
