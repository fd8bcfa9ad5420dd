package org.wirecheck.compare;

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
