package org.wirecheck.align;

import org.wirecheck.text.Document;

/**
 * Where a copy that lacks a passage shows the gap, the one rule for aligned passages and passages found by content: a
 * passage that opens a paragraph is missing before the copy's next sentence (where it would be inserted), one that
 * continues a paragraph at the end of the word before.
 */
public final class GapPoints {

    /** At most this many unmatched words of a sentence are passed to reach the sentence's end. */
    private static final int SENTENCE_TAIL = 8;

    private GapPoints() {
    }

    /**
     * The character offset in {@code doc} for a passage missing before word {@code w}: for one that opens a
     * paragraph, right after the last word of the sentence it follows (past a short unmatched tail of that sentence:
     * "…on Saturday‸."), else right after word w - 1.
     */
    public static int before(Document doc, int w, boolean opensParagraph) {
        if (doc.size() == 0) {
            return 0;
        }
        if (w <= 0) {
            return doc.word(0).start();
        }
        if (w >= doc.size()) {
            return doc.word(doc.size() - 1).end();
        }
        if (!opensParagraph) {
            return doc.word(w - 1).end();
        }
        int next = w;
        while (next < doc.size() && !doc.startsSentence(next) && next - w < SENTENCE_TAIL) {
            next++; // the rest of a sentence the copy words differently: the paragraph goes after it
        }
        return next < doc.size() && doc.startsSentence(next) ? doc.word(next - 1).end() : doc.word(w - 1).end();
    }
}
