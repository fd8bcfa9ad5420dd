package org.wirecheck.align;

import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<Slot, int[]> slotKeys = new IdentityHashMap<>();
    private final Map<Slot, Double> slotWeight = new IdentityHashMap<>();

    SentenceLinker(List<Document> docs, Weights weights) {
        this.docs = docs;
        this.weights = weights;
    }

    /** The slot's content keys, numbered and sorted. */
    int[] keysOf(Slot s) {
        return slotKeys.computeIfAbsent(s, x -> weights.ids(docs.get(x.owner()), x.from(), x.to()));
    }

    private int[] keysOf(Document doc, int fromSentence, int toSentence) {
        return weights.ids(doc, doc.sentenceStart(fromSentence), doc.sentenceEnd(toSentence));
    }

    /** The slots (positions in the current order) each key appears in, and a scratch accumulator. */
    private final class Index {
        final int[][] postings;
        final double[] acc;
        final int[] touched;
        int touchedCount;

        Index(List<Slot> order) {
            int[] count = new int[weights.size()];
            for (Slot slot : order) {
                for (int k : keysOf(slot)) {
                    count[k]++;
                }
            }
            postings = new int[weights.size()][];
            for (int k = 0; k < count.length; k++) {
                postings[k] = new int[count[k]];
            }
            int[] fill = new int[weights.size()];
            for (int p = 0; p < order.size(); p++) {
                for (int k : keysOf(order.get(p))) {
                    postings[k][fill[k]++] = p;
                }
            }
            acc = new double[order.size()];
            touched = new int[order.size()];
        }
    }

    private double weightOf(Slot s) {
        return slotWeight.computeIfAbsent(s, x -> weights.total(keysOf(x)));
    }

    /** A link from one sentence to a contiguous run of slots {@code [lo, hi]} of the current order. */
    record Link(int sentence, int lo, int hi, double dice) {
    }

    /** Links the sentences of {@code doc} to {@code order}; returns one link (or null) per sentence. */
    Link[] link(Document doc, List<Slot> order) {
        Index index = new Index(order);
        int n = doc.sentenceCount();
        Link[] links = new Link[n];
        int[] holder = new int[order.size()];
        java.util.Arrays.fill(holder, -1);
        int expected = 0;
        for (int s = 0; s < n; s++) {
            // slots held by an earlier sentence (other than the one just before: a split) are not offered again
            int previous = s - 1;
            java.util.function.IntPredicate taken = p -> holder[p] >= 0 && holder[p] != previous;
            Link l = bestFor(keysOf(doc, s, s), s, order, index, expected, taken);
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
        resolveConflicts(links, order);
        return links;
    }

    /**
     * Two consecutive unlinked sentences that together match one slot well are that slot split in two
     * ("South Korea signed deals to sell tanks." + "But its laws prevent...").
     */
    private void linkSplitPairs(Link[] links, Document doc, List<Slot> order, Index index) {
        for (int s = 0; s + 1 < links.length; s++) {
            if (links[s] != null || links[s + 1] != null) {
                continue;
            }
            Link joint = bestFor(keysOf(doc, s, s + 1), s, order, index,
                    s > 0 && links[s - 1] != null ? links[s - 1].hi() + 1 : 0, p -> false);
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
            int[] keys = keysOf(doc, s, s);
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
     * Shared key weight between a sentence and each candidate slot, left in {@code index.acc} for the slots listed
     * in {@code index.touched}. Candidates come from the sentence's less common keys (short posting lists); the
     * common keys are then added for those candidates only, so a story that repeats its frequent words thousands of
     * times does not make every sentence visit every slot.
     */
    private void sharedWeights(int[] keys, List<Slot> order, Index index) {
        for (int t = 0; t < index.touchedCount; t++) {
            index.acc[index.touched[t]] = 0;
        }
        index.touchedCount = 0;
        int[] common = new int[keys.length];
        int commonCount = 0;
        for (int k : keys) {
            int[] slots = index.postings[k];
            if (slots.length > CANDIDATE_POSTINGS) {
                common[commonCount++] = k;
                continue;
            }
            accumulate(index, slots, weights.weight(k));
        }
        if (index.touchedCount == 0) {
            for (int c = 0; c < commonCount; c++) {
                accumulate(index, index.postings[common[c]], weights.weight(common[c]));
            }
            return;
        }
        for (int t = 0; t < index.touchedCount; t++) {
            int p = index.touched[t];
            int[] slotKeys = keysOf(order.get(p));
            for (int c = 0; c < commonCount; c++) {
                if (Arrays.binarySearch(slotKeys, common[c]) >= 0) {
                    index.acc[p] += weights.weight(common[c]);
                }
            }
        }
    }

    private static void accumulate(Index index, int[] slots, double w) {
        for (int p : slots) {
            if (index.acc[p] == 0) {
                index.touched[index.touchedCount++] = p;
            }
            index.acc[p] += w;
        }
    }

    /** Number of rare keys the sentence shares with the slot. */
    private int rareShared(int[] keys, Slot slot) {
        int n = 0;
        int[] other = keysOf(slot);
        for (int k : keys) {
            if (weights.weight(k) >= RARE && Arrays.binarySearch(other, k) >= 0) {
                n++;
            }
        }
        return n;
    }

    private double sharedWeight(int[] keys, Slot slot) {
        double shared = 0;
        int[] other = keysOf(slot);
        int i = 0;
        int j = 0;
        while (i < keys.length && j < other.length) {
            if (keys[i] == other[j]) {
                shared += weights.weight(keys[i]);
                i++;
                j++;
            } else if (keys[i] < other[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /**
     * The best slot (or run of slots) for a sentence with the given content keys. Near-ties (a passage the story
     * repeats) go to the slot closest to {@code expected}, the slot after the previous sentence's; slots marked
     * {@code taken} are skipped.
     */
    private Link bestFor(int[] keys, int s, List<Slot> order, Index index, int expected,
                         java.util.function.IntPredicate taken) {
        double ws = weights.total(keys);
        if (ws <= 0) {
            return null;
        }
        sharedWeights(keys, order, index);
        double top = 0;
        for (int t = 0; t < index.touchedCount; t++) {
            int p = index.touched[t];
            if (!taken.test(p)) {
                top = Math.max(top, dice(index.acc[p], ws, order.get(p)));
            }
        }
        int bestP = -1;
        double bestDice = 0;
        for (int t = 0; t < index.touchedCount; t++) {
            int p = index.touched[t];
            double dice = dice(index.acc[p], ws, order.get(p));
            if (taken.test(p) || dice < top - NEAR_TIE) {
                continue;
            }
            if (bestP < 0 || Math.abs(p - expected) < Math.abs(bestP - expected)
                    || Math.abs(p - expected) == Math.abs(bestP - expected) && p < bestP) {
                bestP = p;
                bestDice = dice;
            }
        }
        if (bestP < 0) {
            return null;
        }
        double coverS = index.acc[bestP] / ws;
        double coverB = index.acc[bestP] / weightOf(order.get(bestP));
        if (bestDice < MIN_DICE && !(coverS >= 0.6 && coverB >= 0.2)
                && !(bestDice >= MIN_ANCHORED_DICE && rareShared(keys, order.get(bestP)) >= 4)) {
            return null;
        }
        int lo = bestP;
        int hi = bestP;
        BitSet explained = bits(keysOf(order.get(bestP)));
        for (int step = 0; step < 2; step++) {
            if (lo > 0 && !taken.test(lo - 1) && coversNeighbour(keys, explained, order.get(lo - 1))) {
                lo--;
                explained.or(bits(keysOf(order.get(lo))));
            } else if (hi + 1 < order.size() && !taken.test(hi + 1)
                    && coversNeighbour(keys, explained, order.get(hi + 1))) {
                hi++;
                explained.or(bits(keysOf(order.get(hi))));
            }
        }
        return new Link(s, lo, hi, bestDice);
    }

    private double dice(double shared, double sentenceWeight, Slot slot) {
        return 2 * shared / (sentenceWeight + weightOf(slot));
    }

    private static BitSet bits(int[] keys) {
        BitSet b = new BitSet();
        for (int k : keys) {
            b.set(k);
        }
        return b;
    }

    /** True when the sentence's words not explained so far cover a good part of the neighbouring slot. */
    private boolean coversNeighbour(int[] keys, BitSet explained, Slot neighbour) {
        double w = weightOf(neighbour);
        if (w <= 0) {
            return false;
        }
        double residual = 0;
        int count = 0;
        int[] other = keysOf(neighbour);
        for (int k : keys) {
            if (!explained.get(k) && Arrays.binarySearch(other, k) >= 0) {
                residual += weights.weight(k);
                count++;
            }
        }
        return count >= 2 && residual / w >= MIN_NEIGHBOUR_COVER;
    }

    /**
     * A slot may be shared only by consecutive sentences (a split). When sentences far apart claim the same slot,
     * the better link keeps it and the other is dropped (its sentence becomes unlinked).
     */
    private void resolveConflicts(Link[] links, List<Slot> order) {
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
