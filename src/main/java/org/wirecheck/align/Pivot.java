package org.wirecheck.align;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.wirecheck.text.Document;
import org.wirecheck.text.Token;

/**
 * The pivot the copies are aligned to: slots (sentences) in story order, and their words numbered globally
 * (pivot word {@code g}). Each pivot word is a word of the copy that owns its slot.
 */
public final class Pivot {

    private final List<Document> docs;
    private final List<Slot> order;
    private final Map<Slot, Integer> position = new IdentityHashMap<>();
    private final int[] slotStart;
    private final int[] slotOfWord;
    private final int size;

    Pivot(List<Document> docs, List<Slot> order) {
        this.docs = docs;
        this.order = List.copyOf(order);
        this.slotStart = new int[order.size() + 1];
        int g = 0;
        for (int p = 0; p < order.size(); p++) {
            position.put(order.get(p), p);
            slotStart[p] = g;
            g += order.get(p).length();
        }
        slotStart[order.size()] = g;
        this.size = g;
        this.slotOfWord = new int[g];
        for (int p = 0; p < order.size(); p++) {
            for (int k = slotStart[p]; k < slotStart[p + 1]; k++) {
                slotOfWord[k] = p;
            }
        }
    }

    /** Number of pivot words. */
    public int size() {
        return size;
    }

    public int slotCount() {
        return order.size();
    }

    int position(Slot s) {
        return position.get(s);
    }

    /** Slot position of pivot word g (for g == size, the last slot). */
    public int slotOf(int g) {
        return g >= size ? order.size() - 1 : slotOfWord[g];
    }

    /** First pivot word of slot position p. */
    public int slotStart(int p) {
        return slotStart[p];
    }

    public int slotEnd(int p) {
        return slotStart[p + 1];
    }

    /** The copy that owns slot position p. */
    public int owner(int p) {
        return order.get(p).owner();
    }

    /** The owner's sentence index of slot position p. */
    public int sentence(int p) {
        return order.get(p).sentence();
    }

    /** The owner's word index of pivot word g. */
    public int ownerWord(int g) {
        Slot s = order.get(slotOf(g));
        return s.from() + (g - slotStart[position.get(s)]);
    }

    public Token word(int g) {
        return docs.get(owner(slotOf(g))).word(ownerWord(g));
    }

    int[] globalIndexes(List<Slot> slots) {
        int n = 0;
        for (Slot s : slots) {
            n += s.length();
        }
        int[] out = new int[n];
        int k = 0;
        for (Slot s : slots) {
            int start = slotStart[position.get(s)];
            for (int i = 0; i < s.length(); i++) {
                out[k++] = start + i;
            }
        }
        return out;
    }
}
