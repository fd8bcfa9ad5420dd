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
     * paragraph, the start of the next sentence (past a short unmatched tail of the sentence before), else right
     * after word w - 1.
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
        return next < doc.size() && doc.startsSentence(next) ? sentenceClose(doc, next - 1) : doc.word(w - 1).end();
    }

    /** The end of word w with the punctuation that closes its sentence ("Saturday." up to and past the stop). */
    static int sentenceClose(Document doc, int w) {
        String text = doc.text();
        int end = doc.word(w).end();
        int limit = w + 1 < doc.size() ? doc.word(w + 1).start() : text.length();
        while (end < limit && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
