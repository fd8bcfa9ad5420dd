package org.wirecheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.text.Document;

/**
 * Links the sentences of one copy to the pivot's slots by shared rare words, whatever their order: a moved paragraph
 * links to where it stands in the pivot. A sentence that also covers most of a neighbouring slot takes it too (a
 * merge); consecutive sentences that link to the same slot share it (a split). Sentences that link nowhere are
 * returned as unlinked, for the caller to add to the pivot.
 */
final class SentenceLinker {

    static final double MIN_DICE = 0.28;
    private static final double NEIGHBOUR_DICE = 0.15;
    private static final double NEAR_TIE = 0.03;
    /** A weaker match still links when it shares several rare words (names, figures, key terms). */
    private static final double MIN_ANCHORED_DICE = 0.2;
    private static final double RARE = 3.0;
    /** Keys found in more slots than this do not propose candidates (they still count for the candidates). */
    private static final int CANDIDATE_POSTINGS = 48;
    private static final double MIN_NEIGHBOUR_COVER = 0.35;

    private final List<Document> docs;
    private final Weights weights;
    private final Map<Slot, Set<String>> slotKeys = new IdentityHashMap<>();
    private final Map<Slot, Double> slotWeight = new IdentityHashMap<>();

    SentenceLinker(List<Document> docs, Weights weights) {
        this.docs = docs;
        this.weights = weights;
    }

    Set<String> keysOf(Slot s) {
        return slotKeys.computeIfAbsent(s, x -> Weights.contentKeys(docs.get(x.owner()), x.from(), x.to()));
    }

    private double weightOf(Slot s) {
        return slotWeight.computeIfAbsent(s, x -> weights.total(keysOf(x)));
    }

    /** A link from one sentence to a contiguous run of slots {@code [lo, hi]} of the current order. */
    record Link(int sentence, int lo, int hi, double dice) {
    }

    /** Links the sentences of {@code doc} to {@code order}; returns one link (or null) per sentence. */
    Link[] link(Document doc, List<Slot> order) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int p = 0; p < order.size(); p++) {
            for (String k : keysOf(order.get(p))) {
                index.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        int n = doc.sentenceCount();
        Link[] links = new Link[n];
        int[] holder = new int[order.size()];
        java.util.Arrays.fill(holder, -1);
        int expected = 0;
        for (int s = 0; s < n; s++) {
            // slots held by an earlier sentence (other than the one just before: a split) are not offered again
            boolean[] taken = new boolean[order.size()];
            for (int p = 0; p < taken.length; p++) {
                taken[p] = holder[p] >= 0 && holder[p] != s - 1;
            }
            Link l = bestFor(Weights.contentKeys(doc, doc.sentenceStart(s), doc.sentenceEnd(s)), s, order, index,
                    expected, taken);
            links[s] = l;
            if (l != null) {
                for (int p = l.lo(); p <= l.hi(); p++) {
                    holder[p] = s;
                }
                expected = l.hi() + 1;
            }
        }
        linkSplitPairs(links, doc, order, index);
        linkByNeighbours(links, doc, order);
        resolveConflicts(links, doc, order, index);
        return links;
    }

    /**
     * Two consecutive unlinked sentences that together match one slot well are that slot split in two
     * ("South Korea signed deals to sell tanks." + "But its laws prevent...").
     */
    private void linkSplitPairs(Link[] links, Document doc, List<Slot> order, Map<String, List<Integer>> index) {
        for (int s = 0; s + 1 < links.length; s++) {
            if (links[s] != null || links[s + 1] != null) {
                continue;
            }
            Set<String> keys = Weights.contentKeys(doc, doc.sentenceStart(s), doc.sentenceEnd(s + 1));
            Link joint = bestFor(keys, s, order, index, s > 0 && links[s - 1] != null ? links[s - 1].hi() + 1 : 0,
                    null);
            if (joint != null) {
                links[s] = joint;
                links[s + 1] = new Link(s + 1, joint.lo(), joint.hi(), joint.dice());
                s++;
            }
        }
    }

    /**
     * An unlinked sentence next to a linked one may belong with the same or the adjacent slot even when the match
     * is weaker: paraphrases keep the story's order.
     */
    private void linkByNeighbours(Link[] links, Document doc, List<Slot> order) {
        for (int s = 0; s < links.length; s++) {
            if (links[s] != null) {
                continue;
            }
            Set<String> keys = Weights.contentKeys(doc, doc.sentenceStart(s), doc.sentenceEnd(s));
            double ws = weights.total(keys);
            if (ws <= 0) {
                continue;
            }
            Link best = null;
            for (int nb : new int[] {s - 1, s + 1}) {
                if (nb < 0 || nb >= links.length || links[nb] == null) {
                    continue;
                }
                int from = Math.max(0, links[nb].lo() - (nb > s ? 1 : 0));
                int to = Math.min(order.size() - 1, links[nb].hi() + (nb < s ? 1 : 0));
                for (int p = from; p <= to; p++) {
                    double shared = sharedWeight(keys, order.get(p));
                    double dice = 2 * shared / (ws + weightOf(order.get(p)));
                    if ((dice >= NEIGHBOUR_DICE || shared / ws >= 0.45) && (best == null || dice > best.dice())) {
                        best = new Link(s, p, p, dice);
                    }
                }
            }
            links[s] = best;
        }
    }

    /**
     * Shared key weight between a sentence and each candidate slot. Candidates come from the sentence's less common
     * keys (short posting lists); the common keys are then added for those candidates only, so a story that repeats
     * its frequent words thousands of times does not make every sentence visit every slot.
     */
    private Map<Integer, Double> sharedWeights(Set<String> keys, List<Slot> order, Map<String, List<Integer>> index) {
        Map<Integer, Double> shared = new HashMap<>();
        List<String> common = new ArrayList<>();
        for (String k : keys) {
            List<Integer> slots = index.get(k);
            if (slots == null) {
                continue;
            }
            if (slots.size() > CANDIDATE_POSTINGS) {
                common.add(k);
                continue;
            }
            double w = weights.of(k);
            for (int p : slots) {
                shared.merge(p, w, Double::sum);
            }
        }
        if (shared.isEmpty()) {
            for (String k : common) {
                double w = weights.of(k);
                for (int p : index.get(k)) {
                    shared.merge(p, w, Double::sum);
                }
            }
            return shared;
        }
        for (Map.Entry<Integer, Double> e : shared.entrySet()) {
            Set<String> slotKeys = keysOf(order.get(e.getKey()));
            double extra = 0;
            for (String k : common) {
                if (slotKeys.contains(k)) {
                    extra += weights.of(k);
                }
            }
            e.setValue(e.getValue() + extra);
        }
        return shared;
    }

    private int rareShared(Set<String> keys, Slot slot) {
        int n = 0;
        for (String k : keysOf(slot)) {
            if (keys.contains(k) && weights.of(k) >= RARE) {
                n++;
            }
        }
        return n;
    }

    private double sharedWeight(Set<String> keys, Slot slot) {
        double shared = 0;
        for (String k : keysOf(slot)) {
            if (keys.contains(k)) {
                shared += weights.of(k);
            }
        }
        return shared;
    }

    /**
     * The best slot (or run of slots) for a sentence with the given content keys. Near-ties (a passage the story
     * repeats) go to the slot closest to {@code expected}, the slot after the previous sentence's; slots marked
     * {@code taken} are skipped.
     */
    private Link bestFor(Set<String> keys, int s, List<Slot> order, Map<String, List<Integer>> index, int expected,
                         boolean[] taken) {
        double ws = weights.total(keys);
        if (ws <= 0) {
            return null;
        }
        Map<Integer, Double> shared = sharedWeights(keys, order, index);
        double top = 0;
        Map<Integer, Double> dices = new HashMap<>();
        for (Map.Entry<Integer, Double> e : shared.entrySet()) {
            if (taken != null && taken[e.getKey()]) {
                continue;
            }
            double dice = 2 * e.getValue() / (ws + weightOf(order.get(e.getKey())));
            dices.put(e.getKey(), dice);
            top = Math.max(top, dice);
        }
        int bestP = -1;
        double bestDice = 0;
        for (Map.Entry<Integer, Double> e : dices.entrySet()) {
            if (e.getValue() < top - NEAR_TIE) {
                continue;
            }
            int p = e.getKey();
            if (bestP < 0 || Math.abs(p - expected) < Math.abs(bestP - expected)
                    || Math.abs(p - expected) == Math.abs(bestP - expected) && p < bestP) {
                bestP = p;
                bestDice = e.getValue();
            }
        }
        if (bestP < 0) {
            return null;
        }
        double coverS = shared.get(bestP) / ws;
        double coverB = shared.get(bestP) / weightOf(order.get(bestP));
        if (bestDice < MIN_DICE && !(coverS >= 0.6 && coverB >= 0.2)
                && !(bestDice >= MIN_ANCHORED_DICE && rareShared(keys, order.get(bestP)) >= 4)) {
            return null;
        }
        int lo = bestP;
        int hi = bestP;
        Set<String> explained = new java.util.HashSet<>(keysOf(order.get(bestP)));
        for (int step = 0; step < 2; step++) {
            if (lo > 0 && (taken == null || !taken[lo - 1]) && coversNeighbour(keys, explained, order.get(lo - 1))) {
                lo--;
                explained.addAll(keysOf(order.get(lo)));
            } else if (hi + 1 < order.size() && (taken == null || !taken[hi + 1])
                    && coversNeighbour(keys, explained, order.get(hi + 1))) {
                hi++;
                explained.addAll(keysOf(order.get(hi)));
            }
        }
        return new Link(s, lo, hi, bestDice);
    }

    /** True when the sentence's words not explained so far cover a good part of the neighbouring slot. */
    private boolean coversNeighbour(Set<String> keys, Set<String> explained, Slot neighbour) {
        double w = weightOf(neighbour);
        if (w <= 0) {
            return false;
        }
        double residual = 0;
        int count = 0;
        for (String k : keysOf(neighbour)) {
            if (keys.contains(k) && !explained.contains(k)) {
                residual += weights.of(k);
                count++;
            }
        }
        return count >= 2 && residual / w >= MIN_NEIGHBOUR_COVER;
    }

    /**
     * A slot may be shared only by consecutive sentences (a split). When sentences far apart claim the same slot,
     * the better link keeps it and the other is dropped (its sentence becomes unlinked).
     */
    private void resolveConflicts(Link[] links, Document doc, List<Slot> order, Map<String, List<Integer>> index) {
        int[] owner = new int[order.size()];
        java.util.Arrays.fill(owner, -1);
        for (int s = 0; s < links.length; s++) {
            Link l = links[s];
            if (l == null) {
                continue;
            }
            int lastLinked = previousLinked(links, s);
            for (int p = l.lo(); p <= l.hi(); p++) {
                int o = owner[p];
                if (o >= 0 && o != lastLinked) {
                    // a far sentence already holds this slot
                    if (links[o].dice() >= l.dice()) {
                        if (p == l.lo() && l.lo() < l.hi()) {
                            l = new Link(s, l.lo() + 1, l.hi(), l.dice());
                            links[s] = l;
                            continue;
                        }
                        if (p == l.hi() && l.lo() < l.hi()) {
                            l = new Link(s, l.lo(), l.hi() - 1, l.dice());
                            links[s] = l;
                            break;
                        }
                        links[s] = null;
                        break;
                    }
                    unclaim(links, owner, o);
                }
            }
            if (links[s] != null) {
                for (int p = links[s].lo(); p <= links[s].hi(); p++) {
                    owner[p] = s;
                }
            }
        }
    }

    private static void unclaim(Link[] links, int[] owner, int s) {
        for (int p = 0; p < owner.length; p++) {
            if (owner[p] == s) {
                owner[p] = -1;
            }
        }
        links[s] = null;
    }

    private static int previousLinked(Link[] links, int s) {
        for (int k = s - 1; k >= 0; k--) {
            if (links[k] != null) {
                return k;
            }
        }
        return -1;
    }
}
