package org.wirecheck.text;

/**
 * A piece of a copy's text with its offsets ({@code text.equals(source.substring(start, end))}).
 * {@code key} is the comparison key: case, quote marks, diacritics, thousands separators and common mojibake folded,
 * so that two tokens with equal keys differ in style only.
 */
public record Token(Type type, String text, String key, int start, int end) {

    /** What a token is. Only {@link #WORD} and {@link #NUMBER} take part in comparison. */
    public enum Type { WORD, NUMBER, PUNCT, SPACE, HIDDEN }

    public boolean isWord() {
        return type == Type.WORD || type == Type.NUMBER;
    }
}
