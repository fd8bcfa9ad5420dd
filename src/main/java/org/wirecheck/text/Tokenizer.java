package org.wirecheck.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the words of a text, each with its offsets. Words are runs of letters, digits and marks; an apostrophe between
 * letters stays inside a word ("isn't", "Russia’s"), as do dotted initials ("U.S.") and digit groups ("1,000", "6.7",
 * "15:35"). Hyphens split words ("non-lethal" is two words), so hyphenation differences show up as style. Spaces,
 * punctuation and the hidden ranges of the witness are no words.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The word tokens (words and numbers) of a text, in order. */
    public static List<Token> words(String text, List<TextRange> hidden) {
        List<Token> words = new ArrayList<>(text.length() / 6 + 4);
        Map<String, String> keys = new HashMap<>();
        int h = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (h < hidden.size() && hidden.get(h).end() <= i) {
                h++;
            }
            if (h < hidden.size() && hidden.get(h).start() <= i) {
                i = hidden.get(h).end();
                continue;
            }
            int limit = h < hidden.size() ? hidden.get(h).start() : n;
            char c = text.charAt(i);
            int end;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                end = i + 1;
            } else if (isWordChar(text, i)) {
                end = wordEnd(text, i, limit);
                String s = text.substring(i, end);
                words.add(new Token(s, keys.computeIfAbsent(s, Keys::of), i, end));
            } else {
                int moji = Mojibake.cp1252SequenceAt(text, i);
                end = i + Math.max(1, Math.min(moji, limit - i));
                if (Character.isHighSurrogate(c) && end < limit && Character.isLowSurrogate(text.charAt(end))) {
                    end++;
                }
            }
            i = end;
        }
        return words;
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
            return Character.isLetterOrDigit(text.codePointAt(i));
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static int wordEnd(String text, int start, int limit) {
        int i = start;
        while (i < limit) {
            char c = text.charAt(i);
            int moji = i > start ? joinerLength(text, i, limit) : 0;
            if (moji > 1 && i + moji < limit && Character.isLetter(text.charAt(i + moji))
                    && Character.isLetter(text.charAt(i - 1))) {
                i += moji; // "Russiaâ€™s": the mojibake of an apostrophe stays inside the word
                continue;
            }
            if (isWordChar(text, i)) {
                i += Character.isHighSurrogate(c) && i + 1 < limit ? 2 : 1;
                continue;
            }
            int joinerLen = joinerLength(text, i, limit);
            if (joinerLen > 0 && i > start && i + joinerLen < limit && isWordChar(text, i + joinerLen)) {
                char prev = text.charAt(i - 1);
                char next = text.charAt(i + joinerLen);
                if (joins(text, start, i, c, prev, next, joinerLen)) {
                    i += joinerLen;
                    continue;
                }
            }
            break;
        }
        // dotted initials keep their final dot: "U.S." (but not a sentence's final dot after a plain word)
        if (i < limit && text.charAt(i) == '.' && isInitials(text, start, i)) {
            i++;
        }
        return i;
    }

    /** Length of a word-internal joiner at i: apostrophe, dot, comma, colon, or a mojibake apostrophe. */
    private static int joinerLength(String text, int i, int limit) {
        char c = text.charAt(i);
        if (Keys.isApostrophe(c) || c == '.' || c == ',' || c == ':') {
            return 1;
        }
        int moji = Mojibake.cp1252SequenceAt(text, i);
        if (moji > 0 && moji < limit - i) {
            String fixed = Mojibake.cp1252Repair(text, i, moji);
            if (fixed != null && fixed.length() == 1 && Keys.isApostrophe(fixed.charAt(0))) {
                return moji;
            }
        }
        return 0;
    }

    private static boolean joins(String text, int start, int i, char c, char prev, char next, int len) {
        if (len > 1 || Keys.isApostrophe(c)) {
            return Character.isLetter(prev) && Character.isLetter(next);
        }
        if (c == ',' || c == ':') {
            // 1,000 and 15:35, but not "2, 3" (a space would end the word anyway)
            return Character.isDigit(prev) && Character.isDigit(next) && allDigitsOrSeparators(text, start, i);
        }
        // '.': decimals (6.7) and initials (U.S)
        if (Character.isDigit(prev) && Character.isDigit(next)) {
            return allDigitsOrSeparators(text, start, i);
        }
        return Character.isLetter(prev) && Character.isLetter(next) && isInitials(text, start, i);
    }

    private static boolean allDigitsOrSeparators(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isDigit(c) && c != ',' && c != '.' && c != ':') {
                return false;
            }
        }
        return true;
    }

    /** True when text[from, to) is like "U" or "U.S" or "a.m": single letters separated by dots. */
    private static boolean isInitials(String text, int from, int to) {
        if (to - from > 7) {
            return false;
        }
        boolean expectLetter = true;
        int letters = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (expectLetter) {
                if (!Character.isLetter(c)) {
                    return false;
                }
                letters++;
                expectLetter = false;
            } else {
                if (c != '.') {
                    return false;
                }
                expectLetter = true;
            }
        }
        // a lone letter followed by '.' is an initial only when it is upper case ("J. Smith"), or the run has dots
        return letters > 1 || Character.isUpperCase(text.charAt(from));
    }
}
