package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.wirecheck.align.CopySpan;
import org.wirecheck.text.Document;

/**
 * Passage items that another passage, found by content, shows wrong. The aligner may pair a sentence with a rewrite of
 * another one and report the first as lacking in a copy that tells it; two found passages, measured from different
 * copies, may disagree the same way. Such an item says a copy tells a passage where content finds it lacking, or the
 * other way, and says nothing the found passage does not: it goes, so that no two items contradict each other about one
 * copy's text. Only found passages whose telling overlaps the item's in some copy can deny it; they are looked up in
 * an index of each copy's tellings, so that many passages do not cost every pair.
 */
final class DeniedPassages {

    private final List<Document> docs;
    private final List<Ranked> found;
    /** Per found passage, per copy: its telling there, and its gap there. */
    private final CopySpan[][] toldBy;
    private final CopySpan[][] gapOf;
    /** Per copy, the found passages' tellings there ordered by start: starts, ends, passage indexes. */
    private final int[][] starts;
    private final int[][] ends;
    private final int[][] owners;
    /** Per copy, the longest telling there (a telling that starts this far back can still overlap). */
    private final int[] longest;
    /** Which found passages no other found passage denies, decided once when made. */
    private final boolean[] kept;

    DeniedPassages(List<Document> docs, List<Ranked> found) {
        this.docs = docs;
        this.found = found;
        int n = docs.size();
        toldBy = new CopySpan[found.size()][n];
        gapOf = new CopySpan[found.size()][n];
        List<List<int[]>> perCopy = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            perCopy.add(new ArrayList<>());
        }
        for (int i = 0; i < found.size(); i++) {
            for (CopySpan t : found.get(i).variant().spans()) {
                CopySpan[] into = t.isEmpty() ? gapOf[i] : toldBy[i];
                if (into[t.copy()] == null) {
                    into[t.copy()] = t;
                }
                if (!t.isEmpty()) {
                    perCopy.get(t.copy()).add(new int[] {t.charStart(), t.charEnd(), i});
                }
            }
        }
        starts = new int[n][];
        ends = new int[n][];
        owners = new int[n][];
        longest = new int[n];
        for (int c = 0; c < n; c++) {
            List<int[]> list = perCopy.get(c);
            list.sort((a, b) -> Integer.compare(a[0], b[0]));
            starts[c] = list.stream().mapToInt(x -> x[0]).toArray();
            ends[c] = list.stream().mapToInt(x -> x[1]).toArray();
            owners[c] = list.stream().mapToInt(x -> x[2]).toArray();
            longest[c] = list.stream().mapToInt(x -> x[1] - x[0]).max().orElse(0);
        }
        kept = new boolean[found.size()];
        for (int i = 0; i < found.size(); i++) {
            int self = i;
            kept[i] = candidates(found.get(i)).stream().noneMatch(f -> f != self && denies(f, found.get(self), true));
        }
    }

    /** The found passages that no other found passage denies (two never deny each other both ways). */
    List<Ranked> amongFound() {
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (kept[i]) {
                out.add(found.get(i));
            }
        }
        return out;
    }

    /** True when one of the found passages that no other denies ({@link #amongFound}) denies aligned passage r. */
    boolean byAny(Ranked r) {
        return candidates(r).stream().anyMatch(f -> kept[f] && denies(f, r, false));
    }

    /** The found passages whose telling overlaps one of r's tellings in its copy, by index. */
    private TreeSet<Integer> candidates(Ranked r) {
        TreeSet<Integer> out = new TreeSet<>();
        for (CopySpan s : r.variant().spans()) {
            if (s.isEmpty()) {
                continue;
            }
            int c = s.copy();
            for (int i = firstFrom(starts[c], s.charStart() - longest[c]); i < starts[c].length
                    && starts[c][i] < s.charEnd(); i++) {
                if (ends[c][i] > s.charStart()) {
                    out.add(owners[c][i]);
                }
            }
        }
        return out;
    }

    /** The index of the first value at least {@code min} in ascending {@code values}. */
    private static int firstFrom(int[] values, int min) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < min) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * True when found passage f (by index) denies passage r: they tell the same text in every copy both say tells it,
     * f names every copy r says lacks it, and they disagree on a copy at one place (one tells the passage where the
     * other has that copy's gap). With {@code lackedToo}, f must also say that each copy r says lacks it lacks it: two
     * found passages then never deny each other both ways.
     */
    private boolean denies(int f, Ranked r, boolean lackedToo) {
        boolean shared = false;
        boolean disagree = false;
        for (CopySpan s : r.variant().spans()) {
            CopySpan told = toldBy[f][s.copy()];
            CopySpan gap = gapOf[f][s.copy()];
            if (s.isEmpty()) {
                if (gap == null && (lackedToo || told == null)) {
                    return false;
                }
                disagree |= told != null && near(s, told);
            } else if (gap != null) {
                disagree |= near(gap, s);
            } else if (told != null) {
                if (!Covered.overlaps(s, found.get(f))) {
                    return false; // told in two different places: two passages
                }
                shared = true;
            }
        }
        return shared && disagree;
    }

    /** True when gap point g lies within one sentence of span t's sentences (both in one copy). */
    private boolean near(CopySpan g, CopySpan t) {
        Document d = docs.get(g.copy());
        int at = PassageFold.sentenceAt(d, g.charStart());
        return at >= PassageFold.sentenceAt(d, t.charStart()) - 1
                && at <= PassageFold.sentenceAt(d, Math.max(t.charStart(), t.charEnd() - 1)) + 1;
    }
}
