package org.wirecheck.align;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.wirecheck.text.Document;

/**
 * Builds the pivot: starts from the base copy's sentences, links every other copy's sentences to it (copies most
 * similar to the base first), and adds the sentences no slot takes as new slots right after the slot their
 * preceding sentence links to. The result does not depend on the order copies were given in, only on the base and
 * on {@code visitOrder}.
 */
final class PivotBuilder {

    private final List<Document> docs;
    private final SentenceLinker linker;

    PivotBuilder(List<Document> docs, SentenceLinker linker) {
        this.docs = docs;
        this.linker = linker;
    }

    /** Result: the final slot order and, per copy, the groups linking its sentences to slots. */
    record Result(List<Slot> order, List<List<Group>> groups) {
    }

    /** As {@link #build(int, List, Runnable)} without reporting. */
    Result build(int base, List<Integer> visitOrder) {
        return build(base, visitOrder, () -> { });
    }

    /** Builds the pivot, calling {@code linked} after each copy is linked (it may throw to stop the work). */
    Result build(int base, List<Integer> visitOrder, Runnable linked) {
        Document b = docs.get(base);
        List<Slot> order = new ArrayList<>();
        for (int s = 0; s < b.sentenceCount(); s++) {
            order.add(new Slot(base, s, b.sentenceStart(s), b.sentenceEnd(s)));
        }
        // per copy: sentence -> slots (identity), built against the order at the time the copy was visited
        List<List<List<Slot>>> links = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            links.add(null);
        }
        List<List<Slot>> own = new ArrayList<>();
        for (Slot s : order) {
            own.add(List.of(s));
        }
        links.set(base, own);
        for (int d : visitOrder) {
            if (d != base) {
                links.set(d, linkCopy(d, order));
                linked.run();
            }
        }
        Map<Slot, Integer> position = new IdentityHashMap<>();
        for (int p = 0; p < order.size(); p++) {
            position.put(order.get(p), p);
        }
        List<List<Group>> groups = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            groups.add(groupsOf(links.get(d), position));
        }
        return new Result(List.copyOf(order), groups);
    }

    /** Links copy d to the current order, inserts its unlinked sentences as new slots, returns sentence -> slots. */
    private List<List<Slot>> linkCopy(int d, List<Slot> order) {
        Document doc = docs.get(d);
        SentenceLinker.Link[] links = linker.link(doc, order);
        List<List<Slot>> bySentence = new ArrayList<>();
        for (int s = 0; s < links.length; s++) {
            List<Slot> slots = new ArrayList<>();
            if (links[s] != null) {
                for (int p = links[s].lo(); p <= links[s].hi(); p++) {
                    slots.add(order.get(p));
                }
            }
            bySentence.add(slots);
        }
        adoptInsertedSentences(bySentence);
        Slot anchor = null;
        for (int s = 0; s < links.length; s++) {
            List<Slot> slots = bySentence.get(s);
            if (!slots.isEmpty()) {
                anchor = slots.get(slots.size() - 1);
                continue;
            }
            Slot extra = new Slot(d, s, doc.sentenceStart(s), doc.sentenceEnd(s));
            int at = anchor == null ? 0 : indexOf(order, anchor) + 1;
            order.add(at, extra);
            slots.add(extra);
            anchor = extra;
        }
        return bySentence;
    }

    /**
     * An unlinked sentence between two sentences that link to the same slot belongs to that slot: it was inserted
     * into a passage the copy split, not added as a passage of its own.
     */
    private static void adoptInsertedSentences(List<List<Slot>> bySentence) {
        for (int s = 0; s < bySentence.size(); s++) {
            if (!bySentence.get(s).isEmpty()) {
                continue;
            }
            int p = s - 1;
            while (p >= 0 && bySentence.get(p).isEmpty()) {
                p--;
            }
            int q = s + 1;
            while (q < bySentence.size() && bySentence.get(q).isEmpty()) {
                q++;
            }
            if (p < 0 || q >= bySentence.size()) {
                continue;
            }
            for (Slot x : bySentence.get(p)) {
                if (bySentence.get(q).stream().anyMatch(y -> y == x)) {
                    bySentence.get(s).add(x);
                }
            }
        }
    }

    private static int indexOf(List<Slot> order, Slot s) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == s) {
                return i;
            }
        }
        throw new IllegalStateException("slot not in order");
    }

    /** Joins consecutive sentences that share slots into groups; slots sorted by final position. */
    private static List<Group> groupsOf(List<List<Slot>> bySentence, Map<Slot, Integer> position) {
        List<Group> out = new ArrayList<>();
        int start = 0;
        List<Slot> current = new ArrayList<>();
        for (int s = 0; s < bySentence.size(); s++) {
            List<Slot> slots = bySentence.get(s);
            boolean shares = slots.stream().anyMatch(x -> current.stream().anyMatch(y -> y == x));
            if (s > start && !shares) {
                out.add(group(start, s, current, position));
                current.clear();
                start = s;
            }
            for (Slot x : slots) {
                if (current.stream().noneMatch(y -> y == x)) {
                    current.add(x);
                }
            }
        }
        if (!bySentence.isEmpty()) {
            out.add(group(start, bySentence.size(), current, position));
        }
        return out;
    }

    private static Group group(int from, int to, List<Slot> slots, Map<Slot, Integer> position) {
        List<Slot> sorted = new ArrayList<>(slots);
        sorted.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
        return new Group(from, to, List.copyOf(sorted));
    }
}
