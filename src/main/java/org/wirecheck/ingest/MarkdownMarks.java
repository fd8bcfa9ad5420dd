package org.wirecheck.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.wirecheck.text.TextRange;

/**
 * The marks the Markdown passes share: which characters are hidden markup, and which are literal (code, escaped
 * characters) and so must not be read as markup by a later pass. Also small helpers on the text.
 */
final class MarkdownMarks {

    final String text;
    private final BitSet hidden = new BitSet();
    private final BitSet literal = new BitSet();

    MarkdownMarks(String text) {
        this.text = text;
    }

    void hide(int start, int end) {
        hidden.set(start, end);
    }

    void literal(int start, int end) {
        literal.set(start, end);
    }

    /** True if the character at {@code i} is neither hidden nor literal, so it may still be markup. */
    boolean free(int i) {
        return !hidden.get(i) && !literal.get(i);
    }

    /** The hidden characters as sorted, non-overlapping ranges. */
    List<TextRange> ranges() {
        List<TextRange> ranges = new ArrayList<>();
        for (int start = hidden.nextSetBit(0); start >= 0; start = hidden.nextSetBit(start)) {
            int end = hidden.nextClearBit(start);
            ranges.add(new TextRange(start, end));
            start = end;
        }
        return ranges;
    }

    /** The character at {@code i}, or a line feed outside the text (so edges count as white space). */
    char at(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\n';
    }

    /** True if {@code i} is a line break followed by a line holding only spaces and tabs (a paragraph break). */
    boolean blankLineAt(int i) {
        char c = at(i);
        if (i >= text.length() || (c != '\n' && c != '\r')) {
            return false;
        }
        int j = (c == '\r' && at(i + 1) == '\n') ? i + 2 : i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j >= text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Unicode punctuation or symbol, as CommonMark counts it for emphasis flanking. */
    static boolean isPunctuation(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
