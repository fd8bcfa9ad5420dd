package org.wirecheck.text;

/** Sentence boundaries between two words, from the text that separates them. */
final class Sentences {

    private Sentences() {
    }

    /**
     * True when a sentence ends between {@code prev} and {@code next}, given the text {@code gap} between them:
     * a full stop, question or exclamation mark (possibly followed by closing quotes or brackets), then a word that
     * starts with a capital, a digit or an opening quote; a full stop after an abbreviation does not count.
     */
    static boolean endsSentence(Token prev, String gap, Token next) {
        int mark = -1;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                mark = i;
                break;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        if (mark < 0) {
            // "U.S." keeps its dot inside the token: a sentence can still end there
            if (!(prev.text().endsWith(".") && startsLikeSentence(gap, next) && !gap.isEmpty()
                    && Character.isWhitespace(gap.charAt(0)))) {
                return false;
            }
            return prev.text().length() > 4;
        }
        boolean spaced = false;
        for (int i = mark + 1; i < gap.length() && !spaced; i++) {
            char c = gap.charAt(i);
            if (Character.isWhitespace(c)) {
                spaced = true;
            } else if (!isClosing(c) && c != '.' && c != '!' && c != '?') {
                return false; // "(EFE).- Nato": a dateline separator, not the end of a sentence
            }
        }
        if (!spaced) {
            return false;
        }
        if (mark == 0 && gap.charAt(0) == '.' && Lexicon.ABBREVIATIONS.contains(prev.key())) {
            return false;
        }
        if (mark == 0 && gap.charAt(0) == '.' && prev.text().length() == 1
                && Character.isUpperCase(prev.text().charAt(0))) {
            return false; // an initial: "J. Smith"
        }
        return startsLikeSentence(gap, next);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean startsLikeSentence(String gap, Token next) {
        char first = next.text().charAt(0);
        if (Character.isUpperCase(first) || Character.isDigit(first) || Character.isTitleCase(first)) {
            return true;
        }
        if (!Character.isLowerCase(first)) {
            return true; // scripts without case
        }
        // an opening quote before a lower-case word still starts a new sentence in news copy
        for (int i = gap.length() - 1; i >= 0 && !Character.isWhitespace(gap.charAt(i)); i--) {
            char c = gap.charAt(i);
            if (c == '\u201C' || c == '"' || c == '\u00AB' || c == '\u201E') {
                return true;
            }
        }
        return false;
    }
}
