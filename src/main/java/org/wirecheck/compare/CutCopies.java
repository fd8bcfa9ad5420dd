package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;

/**
 * Copies whose page stops before a passage do not lack it. Stored pages are often cut mid-sentence; a copy cut that
 * way is told apart from one that lacks a passage in two ways: a gap in its unfinished last sentence is its end, and
 * whether it has ended is judged in the order of the carrier whose text it follows most closely (a copy that
 * reorders the story may tell late what the cut copy tells early, so that the cut copy seems to go on past the
 * passage in that order).
 */
final class CutCopies {

    private final List<Document> docs;
    private final SentenceCoverage cov;
    private final Set<Integer> endEarly;
    /** toldCounts[o][c]: how many of copy o's sentences copy c tells, -1 until asked. */
    private final int[][] toldCounts;

    /**
     * @param endEarly copies the alignment found ending early (a truncation item): cut short like a page stopped
     *                 mid-sentence, though their last sentence is whole (a site that republished the top of the story)
     */
    CutCopies(List<Document> docs, SentenceCoverage cov, Set<Integer> endEarly) {
        this.docs = docs;
        this.cov = cov;
        this.endEarly = Set.copyOf(endEarly);
        this.toldCounts = new int[docs.size()][docs.size()];
        for (int[] row : toldCounts) {
            Arrays.fill(row, -1);
        }
    }

    /**
     * True when copy o's page stops mid-sentence (or the alignment found it ending early) and the one carrier whose
     * text o follows most closely (it tells the most of o's sentences; none on a tie) is not d and sees o ended before
     * the last sentence of its reading: o is a page cut short in that carrier's order, not a copy that lacks the
     * passage (d may tell the story in another order, in which what o tells last comes late). A page that ends with a
     * finished sentence and that the alignment does not find ending early may simply lack it.
     */
    boolean endedForClosest(int d, List<CopySpan> carriers, int o) {
        if (!cutPage(o) && !endEarly.contains(o)) {
            return false;
        }
        CopySpan closest = null;
        int most = toldOf(o, d);
        boolean tie = false;
        for (CopySpan c : carriers) {
            int n = c.copy() == d ? -1 : toldOf(o, c.copy());
            tie |= n == most && closest != null;
            if (n > most) {
                most = n;
                closest = c;
                tie = false;
            }
        }
        return closest != null && !tie
                && cov.endedBefore(closest.copy(), docs.get(closest.copy()).sentenceOf(closest.to() - 1) - 1, o);
    }

    /** How many of copy o's sentences copy c tells (counted once per pair of copies). */
    private int toldOf(int o, int c) {
        if (toldCounts[o][c] < 0) {
            int n = 0;
            for (int t = 0; t < docs.get(o).sentenceCount(); t++) {
                n += cov.tells(o, t, c) ? 1 : 0;
            }
            toldCounts[o][c] = n;
        }
        return toldCounts[o][c];
    }

    /**
     * Passage r without the gaps that stand in the last sentence of a copy whose page stops mid-sentence: that
     * copy was cut there ("copy ends early"), it does not lack what comes after. r itself when it has none; null when
     * no gap is left.
     */
    Ranked withoutCutEnds(Ranked r) {
        List<CopySpan> told = new ArrayList<>();
        List<CopySpan> gaps = new ArrayList<>();
        for (CopySpan s : r.variant().spans()) {
            if (!s.isEmpty()) {
                told.add(s);
            } else if (!atCutEnd(s)) {
                gaps.add(s);
            }
        }
        if (gaps.size() + told.size() == r.variant().spans().size()) {
            return r;
        }
        return gaps.isEmpty() || told.isEmpty() ? null
                : PassageChecks.passageItem(told, gaps, r.judgement().score(), docs);
    }

    /**
     * True when gap g stands inside or after the last sentence of its copy (not before its first word: there the copy
     * goes on past the gap), and that sentence stops unfinished.
     */
    private boolean atCutEnd(CopySpan g) {
        Document d = docs.get(g.copy());
        return cutPage(g.copy()) && g.charStart() > d.charStart(d.sentenceStart(d.sentenceCount() - 1));
    }

    /** True when copy c's last sentence stops unfinished (no closing punctuation): its page was cut there. */
    private boolean cutPage(int c) {
        Document d = docs.get(c);
        if (d.size() == 0) {
            return false;
        }
        String tail = d.text().substring(d.charStart(d.sentenceStart(d.sentenceCount() - 1))).strip();
        return !tail.isEmpty() && ".!?\"”’'»)".indexOf(tail.charAt(tail.length() - 1)) < 0;
    }
}
