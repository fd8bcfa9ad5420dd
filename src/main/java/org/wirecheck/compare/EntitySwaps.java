package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.SlotRanges;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * Finds a place swapped for another in the same passage even when the sentence around it was rewritten
 * ("is in Seoul" / "his trip to Pyongyang"): within one aligned passage, two copies each name a place, right after
 * a word of place, that the other does not, at about the same relative position. Other names are left to the
 * aligned comparison: measured on real rewritten stories, swaps of persons, teams or demonyms found this way were
 * nearly all two ways of telling the same thing. Reported once per pair of names,
 * unless an aligned variant already shows it.
 */
final class EntitySwaps {

    /** At most this many names may differ between two copies' versions of a passage (else it is a rewrite). */
    private static final int MAX_DIFFERING = 2;
    /** A high swap's score: that of an aligned one-word place change (8, and 2 for the most compact readings). */
    private static final double SWAP_SCORE = 10;

    private final List<Document> docs;
    private final StoryContext ctx;

    EntitySwaps(List<Document> docs, StoryContext ctx) {
        this.docs = docs;
        this.ctx = ctx;
    }

    private record Mention(int copy, int word, String key, double position) {
    }

    /** slotRanges: per pivot passage, each present copy's character range there. */
    List<Ranked> find(SlotRanges slotRanges, List<Ranked> existing) {
        List<Ranked> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        ShownIndex shown = new ShownIndex(existing);
        for (int p = 0; p < slotRanges.slotCount(); p++) {
            Map<Integer, Map<String, Mention>> byCopy = new TreeMap<>();
            slotRanges.at(p).forEach((d, r) -> byCopy.put(d, mentions(d, r.start(), r.end())));
            Map<String, List<List<Mention>>> swaps = new LinkedHashMap<>();
            List<Integer> copies = new ArrayList<>(byCopy.keySet());
            Set<String> used = new HashSet<>();
            for (int i = 0; i < copies.size(); i++) {
                for (int j = i + 1; j < copies.size(); j++) {
                    pair(byCopy.get(copies.get(i)), byCopy.get(copies.get(j)), swaps, used);
                }
            }
            for (Map.Entry<String, List<List<Mention>>> e : swaps.entrySet()) {
                if (!reported.add(e.getKey())) {
                    continue;
                }
                List<List<Mention>> sides = e.getValue();
                String[] keys = {sides.get(0).get(0).key(), sides.get(1).get(0).key()};
                for (int k = 0; k < 2; k++) { // every copy naming the place there (and not the other one)
                    String key = keys[k];
                    String other = keys[1 - k];
                    List<Mention> side = sides.get(k);
                    byCopy.values().stream().filter(m -> !m.containsKey(other)).map(m -> m.get(key))
                            .filter(m -> m != null && inPlaceSlot(m)).forEach(m -> addOnce(side, m));
                }
                if (shown.covers(sides.get(0), sides.get(1), Mention::copy, Mention::word)) {
                    continue;
                }
                out.add(ranked(sides, copies.size()));
            }
        }
        return out;
    }

    /** The proper nouns of copy d within [start, end), first mention of each. */
    private Map<String, Mention> mentions(int d, int start, int end) {
        Document doc = docs.get(d);
        int from = doc.wordAtOrAfter(start);
        int to = doc.wordAtOrAfter(end);
        Map<String, Mention> out = new LinkedHashMap<>();
        for (int w = from; w < to; w++) {
            String k = doc.word(w).key();
            if (ctx.properNoun(doc, w) && k.length() > 1 && !Lexicon.TITLES.contains(k) && !Lexicon.isDateWord(k)) {
                out.putIfAbsent(k, new Mention(d, w, k, (double) (w - from) / Math.max(1, to - from)));
            }
        }
        return out;
    }

    private void pair(Map<String, Mention> a, Map<String, Mention> b, Map<String, List<List<Mention>>> swaps,
                      Set<String> used) {
        List<Mention> onlyA = a.values().stream().filter(m -> !b.containsKey(m.key())).toList();
        List<Mention> onlyB = b.values().stream().filter(m -> !a.containsKey(m.key())).toList();
        if (onlyA.isEmpty() || onlyB.isEmpty() || onlyA.size() > MAX_DIFFERING || onlyB.size() > MAX_DIFFERING) {
            return;
        }
        for (Mention x : onlyA) {
            if (!inPlaceSlot(x)) {
                continue;
            }
            Mention best = null;
            for (Mention y : onlyB) {
                if (inPlaceSlot(y) && (best == null
                        || Math.abs(y.position() - x.position()) < Math.abs(best.position() - x.position()))) {
                    best = y;
                }
            }
            boolean oneEach = onlyA.size() == 1 && onlyB.size() == 1;
            if (best == null || !oneEach && Math.abs(best.position() - x.position()) > 0.5) {
                continue;
            }
            // a swap, not two ways of telling: one copy never names what the other names here
            if (ctx.mentions(best.copy(), x.key()) && ctx.mentions(x.copy(), best.key())) {
                continue;
            }
            if (used.contains(x.copy() + ":" + x.key()) || used.contains(best.copy() + ":" + best.key())) {
                continue;
            }
            boolean ordered = x.key().compareTo(best.key()) < 0;
            Mention first = ordered ? x : best;
            Mention second = ordered ? best : x;
            List<List<Mention>> sides = swaps.computeIfAbsent(first.key() + "|" + second.key(),
                    k -> List.of(new ArrayList<>(), new ArrayList<>()));
            addOnce(sides.get(0), first);
            addOnce(sides.get(1), second);
            used.add(x.copy() + ":" + x.key());
            used.add(best.copy() + ":" + best.key());
        }
    }

    /**
     * True when the mention stands where a place goes: a place name right after a word of place ("in Seoul",
     * "trip to Pyongyang", "west of Dodge City"). Other names differ between rewrites for too many reasons.
     */
    private boolean inPlaceSlot(Mention m) {
        Document d = docs.get(m.copy());
        if (!ctx.placeLike(m.key()) || m.word() == 0) {
            return false;
        }
        String before = d.word(m.word() - 1).key();
        return Lexicon.LOCATIVES.contains(before) || before.equals("of");
    }

    private static void addOnce(List<Mention> side, Mention m) {
        if (side.stream().noneMatch(o -> o.copy() == m.copy())) {
            side.add(m);
        }
    }

    /**
     * One item per swap: high, unless each place is named by one copy only while most copies telling the passage
     * name neither (two rewrites that each add a place, not one place put for another), then medium.
     */
    private Ranked ranked(List<List<Mention>> sides, int telling) {
        List<ReadingGroup> groups = new ArrayList<>();
        for (List<Mention> side : sides) {
            List<CopySpan> spans = new ArrayList<>();
            for (Mention m : side) {
                Document d = docs.get(m.copy());
                spans.add(new CopySpan(m.copy(), m.word(), m.word() + 1, d.word(m.word()).start(),
                        d.word(m.word()).end()));
            }
            spans.sort((x, y) -> Integer.compare(x.copy(), y.copy()));
            Mention first = side.get(0);
            groups.add(new ReadingGroup(first.key(), docs.get(first.copy()).word(first.word()).text(), spans));
        }
        groups.sort((x, y) -> Integer.compare(y.count(), x.count()));
        String why = "place differs in the same passage: " + groups.get(0).text() + " / " + groups.get(1).text();
        int naming = sides.get(0).size() + sides.get(1).size();
        boolean lone = sides.get(0).size() == 1 && sides.get(1).size() == 1 && naming * 2 < telling;
        // scored as the aligned comparison scores a one-word place changed (8 + the most compact readings), with
        // the point for one copy's drift when the other reading is that of several copies
        double drift = groups.get(0).count() >= 2 && groups.get(1).count() == 1 ? 1 : 0;
        return Ranked.of(groups, lone ? new Judgement(Kind.PLACE, Severity.MEDIUM, why + "; the other copies name "
                + "neither", 5.5) : new Judgement(Kind.PLACE, Severity.HIGH, why, SWAP_SCORE + drift));
    }
}
