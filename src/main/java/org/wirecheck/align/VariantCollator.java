package org.wirecheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.wirecheck.text.Document;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Token;

/**
 * Turns an alignment into variants across all copies: word differences of every copy are merged where they overlap
 * on the pivot, passages some copies lack become one variant per run of passages, a copy cut at the bottom becomes
 * one truncation variant, and words that differ in case only become case variants. It is longer than most classes
 * because those four kinds of variant share one walk over the pivot and the rules for where a lacking copy's gap
 * stands; splitting them would pass that state between classes.
 */
public final class VariantCollator {

    private final Alignment al;
    private final Pivot pivot;
    private final List<Document> docs;
    private final int[] truncatedAfter;

    public VariantCollator(Alignment al) {
        this.al = al;
        this.pivot = al.pivot();
        this.docs = al.docs();
        this.truncatedAfter = new Truncation(al).lastSlots();
    }

    public List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        boolean[] inWordUnit = new boolean[pivot.size() + 1];
        for (Range r : wordRanges()) {
            Variant v = wordVariant(r);
            if (v != null) {
                out.add(v);
                for (int g = r.a(); g < r.b(); g++) {
                    inWordUnit[g] = true;
                }
            }
        }
        out.addAll(passageVariants());
        out.addAll(truncationVariants());
        out.addAll(caseVariants(inWordUnit));
        out.sort(Comparator.comparingInt(Variant::from).thenComparingInt(Variant::to));
        return out;
    }

    /** True when copy d takes part at slot p: present, or absent but not cut off before it. */
    private boolean takesPart(int d, int p) {
        return al.copy(d).present(p) || p <= truncatedAfter[d];
    }

    // ------------------------------------------------------------------ word variants

    /** A merged range of pivot words and the copies' differences inside it. */
    private record Range(int a, int b, List<List<CopyEdit>> editsByCopy) {
    }

    /** A difference of one copy. */
    private record Tagged(int copy, CopyEdit edit) {
    }

    /**
     * Clusters the copies' differences: two differences make one variant when they cover mostly the same pivot words
     * (or the same insertion point). A long rewrite in one copy does not swallow a one-word change in another: the
     * two stay separate variants, each showing every copy's reading of its own words.
     */
    private List<Range> wordRanges() {
        List<Tagged> all = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            for (CopyEdit edit : al.copy(d).edits()) {
                all.add(new Tagged(d, edit));
            }
        }
        all.sort(Comparator.comparingInt((Tagged t) -> t.edit().pivotFrom()).thenComparingInt(t -> t.edit().pivotTo()));
        List<int[]> bounds = new ArrayList<>();
        List<List<Tagged>> members = new ArrayList<>();
        for (Tagged t : all) {
            int found = -1;
            for (int c = bounds.size() - 1; c >= 0 && bounds.get(c)[1] >= t.edit().pivotFrom() - 1; c--) {
                if (fits(bounds.get(c)[0], bounds.get(c)[1], t.edit().pivotFrom(), t.edit().pivotTo())) {
                    found = c;
                    break;
                }
            }
            if (found < 0) {
                bounds.add(new int[] {t.edit().pivotFrom(), t.edit().pivotTo()});
                members.add(new ArrayList<>());
                found = bounds.size() - 1;
            }
            int[] r = bounds.get(found);
            r[0] = Math.min(r[0], t.edit().pivotFrom());
            r[1] = Math.max(r[1], t.edit().pivotTo());
            members.get(found).add(t);
        }
        List<Range> out = new ArrayList<>();
        for (int c = 0; c < bounds.size(); c++) {
            out.add(range(bounds.get(c)[0], bounds.get(c)[1], members.get(c)));
        }
        return out;
    }

    /** True when a difference over [a, b) belongs with a cluster over [x, y). */
    static boolean fits(int x, int y, int a, int b) {
        if (a == b && x == y) {
            return a == x;
        }
        if (a == b) {
            return y - x <= 2 && x <= a && a <= y;
        }
        if (x == y) {
            return b - a <= 2 && a <= x && x <= b;
        }
        int inter = Math.min(y, b) - Math.max(x, a);
        int union = Math.max(y, b) - Math.min(x, a);
        return inter > 0 && inter * 2 >= union;
    }

    private Range range(int a, int b, List<Tagged> members) {
        List<List<CopyEdit>> byCopy = new ArrayList<>(Collections.nCopies(docs.size(), null));
        for (Tagged m : members) {
            if (byCopy.get(m.copy()) == null) {
                byCopy.set(m.copy(), new ArrayList<>());
            }
            byCopy.get(m.copy()).add(m.edit());
        }
        return new Range(a, b, byCopy);
    }

    private Variant wordVariant(Range r) {
        int a = r.a();
        int b = r.b();
        int firstSlot = pivot.slotOf(a == b && a > 0 && a == pivot.size() ? a - 1 : a);
        int lastSlot = b > a ? pivot.slotOf(b - 1) : firstSlot;
        List<CopySpan> spans = new ArrayList<>();
        boolean opens = opensParagraph(r);
        for (int d = 0; d < docs.size(); d++) {
            CopyAlignment ca = al.copy(d);
            boolean part = r.editsByCopy().get(d) != null;
            for (int p = firstSlot; p <= lastSlot && !part; p++) {
                part = ca.present(p);
            }
            if (a == b && !part && a > 0) {
                part = ca.present(pivot.slotOf(a - 1));
            }
            if (!part || r.editsByCopy().get(d) == null && hasReachingEdit(ca, a, b)) {
                // a copy whose own, larger difference only reaches into this one is shown in its own variant
                continue;
            }
            spans.add(readingOf(d, a, b, r.editsByCopy().get(d), opens));
        }
        return spans.size() >= 2 ? new Variant(a, b, Variant.Shape.WORDS, spans) : null;
    }

    /** Copy d's words at pivot range [a, b): its matched words there and its differences that reach into it. */
    private CopySpan readingOf(int d, int a, int b, List<CopyEdit> members, boolean opensParagraph) {
        CopyAlignment ca = al.copy(d);
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        int point = -1;
        for (int g = a; g < b; g++) {
            int m = ca.match(g);
            if (m >= 0) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m + 1);
            }
        }
        List<CopyEdit> edits = new ArrayList<>(members == null ? List.of() : members);
        for (CopyEdit edit : ca.editsNear(a, b)) {
            if (!edits.contains(edit) && reaches(edit, a, b)) {
                edits.add(edit);
            }
        }
        for (CopyEdit edit : edits) {
            if (edit.copyTo() > edit.copyFrom()) {
                lo = Math.min(lo, edit.copyFrom());
                hi = Math.max(hi, edit.copyTo());
            } else if (point < 0) {
                point = edit.copyFrom();
            }
        }
        Document doc = docs.get(d);
        if (hi > lo) {
            return new CopySpan(d, lo, hi, doc.charStart(lo), doc.charEnd(hi));
        }
        int c = point >= 0 ? GapPoints.before(doc, point, opensParagraph) : pointAt(d, a);
        return new CopySpan(d, Math.max(point, 0), Math.max(point, 0), c, c);
    }

    private static boolean hasReachingEdit(CopyAlignment ca, int a, int b) {
        for (CopyEdit edit : ca.editsNear(a, b)) {
            if (reaches(edit, a, b)) {
                return true;
            }
        }
        return false;
    }

    /** True when a difference lies over pivot range [a, b) in part at least. */
    private static boolean reaches(CopyEdit edit, int a, int b) {
        if (edit.insertion()) {
            return a < edit.pivotFrom() && edit.pivotFrom() < b;
        }
        if (a == b) {
            return edit.pivotFrom() < a && a < edit.pivotTo();
        }
        return edit.pivotFrom() < b && edit.pivotTo() > a;
    }

    /** True when the words some copy tells in range r open a paragraph there ({@link #opensParagraph(int)}). */
    private boolean opensParagraph(Range r) {
        for (int d = 0; d < docs.size(); d++) {
            List<CopyEdit> edits = r.editsByCopy().get(d);
            for (CopyEdit edit : edits == null ? List.<CopyEdit>of() : edits) {
                if (edit.copyTo() > edit.copyFrom()) {
                    return docs.get(d).startsParagraph(edit.copyFrom());
                }
            }
        }
        return opensParagraph(r.a());
    }

    /**
     * True when what the copies tell at pivot word g opens a paragraph in the first copy that tells it: a passage that
     * opens a paragraph is missing before the next sentence of a copy that lacks it, one that continues a paragraph is
     * missing at the end of the sentence before.
     */
    private boolean opensParagraph(int g) {
        for (int e = 0; e < docs.size(); e++) {
            int m = g < pivot.size() ? al.copy(e).match(g) : -1;
            if (m >= 0) {
                return docs.get(e).startsParagraph(m);
            }
        }
        return false;
    }

    /**
     * Where copy d stands at pivot boundary g: after its word matched before g (see {@link #opensParagraph}), else
     * before the one matched after.
     */
    private int pointAt(int d, int g) {
        return pointAt(d, g, opensParagraph(g));
    }

    private int pointAt(int d, int g, boolean opensParagraph) {
        CopyAlignment ca = al.copy(d);
        Document doc = docs.get(d);
        for (int k = g - 1; k >= 0; k--) {
            if (ca.match(k) >= 0) {
                return GapPoints.before(doc, ca.match(k) + 1, opensParagraph);
            }
        }
        for (int k = g; k < pivot.size(); k++) {
            if (ca.match(k) >= 0) {
                return doc.word(ca.match(k)).start();
            }
        }
        return doc.size() > 0 ? doc.word(0).start() : 0;
    }

    // ------------------------------------------------------------------ passages

    /** Per pivot slot, in story order: each present copy's character range there. */
    public SlotRanges slotRanges() {
        List<java.util.Map<Integer, TextRange>> out = new ArrayList<>();
        for (int p = 0; p < pivot.slotCount(); p++) {
            java.util.Map<Integer, TextRange> m = new java.util.TreeMap<>();
            for (int d = 0; d < docs.size(); d++) {
                if (al.copy(d).present(p)) {
                    CopySpan s = coverage(d, pivot.slotStart(p), pivot.slotEnd(p));
                    if (!s.isEmpty()) {
                        m.put(d, new TextRange(s.charStart(), s.charEnd()));
                    }
                }
            }
            out.add(m);
        }
        return new SlotRanges(out);
    }

    private List<Variant> passageVariants() {
        List<Variant> out = new ArrayList<>();
        int n = docs.size();
        int p = 0;
        while (p < pivot.slotCount()) {
            boolean[] absent = absentAt(p);
            if (absent == null) {
                p++;
                continue;
            }
            int q = p + 1;
            while (q < pivot.slotCount() && Arrays.equals(absent, absentAt(q)) && sameParagraph(q - 1, q)) {
                q++;
            }
            int from = pivot.slotStart(p);
            int to = pivot.slotEnd(q - 1);
            // copies may add the passage at different places: one addition per place, absent copies shown there
            java.util.Map<Integer, List<CopySpan>> byAnchor = new java.util.TreeMap<>();
            for (int d = 0; d < n; d++) {
                if (takesPart(d, p) && !absent[d]) {
                    CopySpan s = coverage(d, from, to);
                    byAnchor.computeIfAbsent(anchorSlot(d, s), k -> new ArrayList<>()).add(s);
                }
            }
            int present = byAnchor.values().stream().mapToInt(List::size).sum();
            int missing = 0;
            for (int d = 0; d < n; d++) {
                missing += takesPart(d, p) && absent[d] ? 1 : 0;
            }
            int largest = byAnchor.values().stream().mapToInt(List::size).max().orElse(0);
            if (present >= missing && byAnchor.size() > 1 && largest * 2 > present) {
                // most copies have it, mostly in one place: one omission; copies carrying it elsewhere moved it
                List<CopySpan> all = new ArrayList<>();
                byAnchor.values().forEach(all::addAll);
                byAnchor.clear();
                byAnchor.put(-1, all);
            }
            for (java.util.Map.Entry<Integer, List<CopySpan>> e : byAnchor.entrySet()) {
                List<CopySpan> spans = new ArrayList<>(e.getValue());
                int at = byAnchor.size() == 1 || e.getKey() < 0 ? from : pivot.slotEnd(e.getKey());
                for (int d = 0; d < n; d++) {
                    if (takesPart(d, p) && absent[d]) {
                        spans.add(emptyAt(d, at, e.getValue()));
                    }
                }
                spans.sort(Comparator.comparingInt(CopySpan::copy));
                if (spans.size() >= 2) {
                    out.add(new Variant(from, to, Variant.Shape.PASSAGE, spans));
                }
            }
            p = q;
        }
        return out;
    }

    /** The pivot slot of the nearest word before a copy's span that is matched to the pivot, or -1. */
    private int anchorSlot(int d, CopySpan s) {
        int[] pivotOf = pivotOfWords(d);
        for (int w = s.from() - 1; w >= 0; w--) {
            if (pivotOf[w] >= 0) {
                return pivot.slotOf(pivotOf[w]);
            }
        }
        return -1;
    }

    private final java.util.Map<Integer, int[]> pivotOfWords = new java.util.HashMap<>();

    /** For each word of copy d, the pivot word it matches, or -1. */
    private int[] pivotOfWords(int d) {
        return pivotOfWords.computeIfAbsent(d, x -> {
            int[] out = new int[docs.get(x).size()];
            Arrays.fill(out, -1);
            for (int g = 0; g < pivot.size(); g++) {
                int m = al.copy(x).match(g);
                if (m >= 0) {
                    out[m] = g;
                }
            }
            return out;
        });
    }

    /** True when two slots are sentences of one paragraph of the same copy. */
    private boolean sameParagraph(int p, int q) {
        if (pivot.owner(p) != pivot.owner(q)) {
            return false;
        }
        Document d = docs.get(pivot.owner(p));
        return d.paragraphOf(pivot.ownerWord(pivot.slotStart(p))) == d.paragraphOf(pivot.ownerWord(pivot.slotStart(q)));
    }

    /** Which taking-part copies lack slot p, or null when every taking-part copy has it. */
    private boolean[] absentAt(int p) {
        boolean[] absent = new boolean[docs.size()];
        boolean any = false;
        for (int d = 0; d < docs.size(); d++) {
            if (takesPart(d, p) && !al.copy(d).present(p)) {
                absent[d] = true;
                any = true;
            }
        }
        return any ? absent : null;
    }

    private CopySpan emptyAt(int d, int g) {
        int c = pointAt(d, g);
        return new CopySpan(d, 0, 0, c, c);
    }

    /** The point where copy d lacks a passage that the copies in {@code told} tell (see {@link #opensParagraph}). */
    private CopySpan emptyAt(int d, int g, List<CopySpan> told) {
        CopySpan first = told.stream().filter(s -> !s.isEmpty()).findFirst().orElse(null);
        if (first == null) {
            return emptyAt(d, g);
        }
        int c = pointAt(d, g, docs.get(first.copy()).startsParagraph(first.from()));
        return new CopySpan(d, 0, 0, c, c);
    }

    /** Copy d's words aligned anywhere in pivot words [from, to). */
    private CopySpan coverage(int d, int from, int to) {
        CopyAlignment ca = al.copy(d);
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int g = from; g < to; g++) {
            if (ca.match(g) >= 0) {
                lo = Math.min(lo, ca.match(g));
                hi = Math.max(hi, ca.match(g) + 1);
            }
        }
        for (CopyEdit edit : ca.editsNear(from, to)) {
            if (edit.pivotFrom() >= from && edit.pivotTo() <= to && edit.copyTo() > edit.copyFrom()) {
                lo = Math.min(lo, edit.copyFrom());
                hi = Math.max(hi, edit.copyTo());
            }
        }
        if (hi <= lo) {
            return emptyAt(d, from);
        }
        Document doc = docs.get(d);
        return new CopySpan(d, lo, hi, doc.charStart(lo), doc.charEnd(hi));
    }

    // ------------------------------------------------------------------ truncation

    private List<Variant> truncationVariants() {
        List<Variant> out = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            int last = truncatedAfter[d];
            if (last >= pivot.slotCount() - 1) {
                continue;
            }
            int from = pivot.slotStart(last + 1);
            int to = pivot.size();
            List<CopySpan> spans = new ArrayList<>();
            Document doc = docs.get(d);
            int end = doc.size() > 0 ? doc.word(doc.size() - 1).end() : 0;
            spans.add(new CopySpan(d, doc.size(), doc.size(), end, end));
            for (int o = 0; o < docs.size(); o++) {
                if (o != d && truncatedAfter[o] >= pivot.slotCount() - 1) {
                    CopySpan s = coverage(o, from, to);
                    if (!s.isEmpty()) {
                        spans.add(s);
                    }
                }
            }
            if (spans.size() >= 2) {
                out.add(new Variant(from, to, Variant.Shape.TRUNCATION, spans));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ case

    private List<Variant> caseVariants(boolean[] inWordUnit) {
        List<Variant> out = new ArrayList<>();
        int g = 0;
        while (g < pivot.size()) {
            if (inWordUnit[g] || !caseDiffers(g)) {
                g++;
                continue;
            }
            int h = g + 1;
            while (h < pivot.size() && !inWordUnit[h] && caseDiffers(h) && pivot.slotOf(h) == pivot.slotOf(g)) {
                h++;
            }
            List<CopySpan> spans = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                int m0 = al.copy(d).match(g);
                int m1 = al.copy(d).match(h - 1);
                if (m0 >= 0 && m1 >= m0) {
                    Document doc = docs.get(d);
                    spans.add(new CopySpan(d, m0, m1 + 1, doc.charStart(m0), doc.charEnd(m1 + 1)));
                }
            }
            if (spans.size() >= 2) {
                out.add(new Variant(g, h, Variant.Shape.CASE, spans));
            }
            g = h;
        }
        return out;
    }

    private boolean caseDiffers(int g) {
        String first = null;
        for (int d = 0; d < docs.size(); d++) {
            int m = al.copy(d).match(g);
            if (m < 0) {
                continue;
            }
            String form = typographic(docs.get(d).word(m));
            if (first == null) {
                first = form;
            } else if (!first.equals(form)) {
                return true;
            }
        }
        return false;
    }

    /** The word with quote marks and mojibake folded: differences left are of case, accents or spelling form. */
    private static String typographic(Token t) {
        String s = org.wirecheck.text.Mojibake.repair(t.text());
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }
}

