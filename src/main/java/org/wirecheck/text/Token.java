package org.wirecheck.text;

/**
 * A word (or number) of a copy's text with its offsets ({@code text.equals(source.substring(start, end))}).
 * {@code key} is the comparison key: case, quote marks, diacritics, thousands separators and common mojibake folded,
 * so that two tokens with equal keys differ in style only.
 */
public record Token(String text, String key, int start, int end) {

    /** True when the word is written with a capital first letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
