package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import org.wirecheck.align.CopySpan;
import org.wirecheck.facts.Attributions.Attribution;
import org.wirecheck.text.Document;

/**
 * Where a credit would stand in a sentence that drops it: between the same words that stand around it in the copy
 * that keeps it ("on Saturday[, his lawyer said,] after a court").
 */
final class CreditGap {

    /** How many words on each side of the credit are compared. */
    static final int CONTEXT = 2;

    private CreditGap() {
    }

    /**
     * Moves the point of each copy that drops the credit to where the credit stands in the copies that keep it:
     * between the words around it ("in Lahore on Saturday[, his lawyer said,] after a court"), when they are there.
     */
    static void place(List<Document> docs, int[] told, List<List<Attribution>> readings,
                      List<List<CopySpan>> spans) {
        for (int g = 0; g < readings.size(); g++) {
            if (!readings.get(g).isEmpty()) {
                continue;
            }
            List<CopySpan> moved = new ArrayList<>();
            for (CopySpan gap : spans.get(g)) {
                int best = -1;
                int bestScore = 1;
                for (int r = 0; r < readings.size(); r++) {
                    for (Attribution a : readings.get(r)) {
                        int[] at = in(docs.get(a.copy()), a, docs.get(gap.copy()), told[gap.copy()]);
                        if (at[1] > bestScore) {
                            best = at[0];
                            bestScore = at[1];
                        }
                    }
                }
                Document doc = docs.get(gap.copy());
                moved.add(best < 0 ? gap : new CopySpan(gap.copy(), best, best, doc.charEnd(best), doc.charEnd(best)));
            }
            spans.set(g, moved);
        }
    }

    /**
     * The word of sentence s of copy {@code gap} before which credit a (of copy {@code credited}) would stand, and
     * how many words around it agree: {@code {word, score}}, {@code {-1, 0}} when the credit ends its sentence.
     */
    static int[] in(Document credited, Attribution a, Document gap, int s) {
        int begin = credited.sentenceStart(a.sentence());
        int end = credited.sentenceEnd(a.sentence());
        if (a.to() >= end) {
            return new int[] {-1, 0}; // a credit that ends its sentence: the sentence's end is its place already
        }
        int best = -1;
        int bestScore = 0;
        for (int j = gap.sentenceStart(s) + 1; j < gap.sentenceEnd(s); j++) {
            int score = 0;
            for (int k = 1; k <= CONTEXT; k++) {
                score += same(credited, a.from() - k, begin, end, gap, j - k, s) ? 1 : 0;
                score += same(credited, a.to() + k - 1, begin, end, gap, j + k - 1, s) ? 1 : 0;
            }
            if (score > bestScore) {
                best = j;
                bestScore = score;
            }
        }
        return new int[] {best, bestScore};
    }

    private static boolean same(Document credited, int w, int begin, int end, Document gap, int v, int s) {
        return w >= begin && w < end && v >= gap.sentenceStart(s) && v < gap.sentenceEnd(s)
                && credited.word(w).key().equals(gap.word(v).key());
    }
}
