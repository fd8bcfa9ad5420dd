package org.wirecheck.compare;

import java.util.List;
import org.wirecheck.align.CopySpan;
import org.wirecheck.text.Document;

/**
 * Passage items that another passage, found by content, shows wrong. The aligner may pair a sentence with a rewrite of
 * another one and report the first as lacking in a copy that tells it; two found passages, measured from different
 * copies, may disagree the same way. Such an item says a copy tells a passage where content finds it lacking, or the
 * other way, and says nothing the found passage does not: it goes, so that no two items contradict each other about one
 * copy's text.
 */
final class DeniedPassages {

    private final List<Document> docs;

    DeniedPassages(List<Document> docs) {
        this.docs = docs;
    }

    /** The found passages that no other found passage denies (two never deny each other both ways). */
    List<Ranked> amongFound(List<Ranked> found) {
        return found.stream().filter(r -> found.stream().noneMatch(f -> f != r && denies(f, r, true))).toList();
    }

    /** True when one of the found passages denies aligned passage r. */
    boolean byAny(Ranked r, List<Ranked> found) {
        return found.stream().anyMatch(f -> denies(f, r, false));
    }

    /**
     * True when found passage f denies passage r: they tell the same text in every copy both say tells it, f names
     * every copy r says lacks it, and they disagree on a copy at one place (one tells the passage where the other has
     * that copy's gap). With {@code lackedToo}, f must also say that each copy r says lacks it lacks it: two found
     * passages then never deny each other both ways.
     */
    boolean denies(Ranked f, Ranked r, boolean lackedToo) {
        boolean shared = false;
        boolean disagree = false;
        CopySpan[] toldBy = new CopySpan[docs.size()];
        CopySpan[] gapOf = new CopySpan[docs.size()];
        for (CopySpan t : f.variant().spans()) {
            CopySpan[] into = t.isEmpty() ? gapOf : toldBy;
            if (into[t.copy()] == null) {
                into[t.copy()] = t;
            }
        }
        for (CopySpan s : r.variant().spans()) {
            CopySpan told = toldBy[s.copy()];
            CopySpan gap = gapOf[s.copy()];
            if (s.isEmpty()) {
                if (gap == null && (lackedToo || told == null)) {
                    return false;
                }
                disagree |= told != null && near(s, told);
            } else if (gap != null) {
                disagree |= near(gap, s);
            } else if (told != null) {
                if (!Covered.overlaps(s, f)) {
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
