package org.wirecheck.text;

/** Small helpers for text shown to people: one-lining, cutting to a length with an ellipsis, plurals. */
public final class Texts {

    /** The mark for text cut for length (U+2026). */
    public static final String ELLIPSIS = "\u2026";

    private Texts() {
    }

    /** Runs of white space (line breaks included) become one space; leading and trailing space is removed. */
    public static String oneLine(String s) {
        return s == null ? "" : collapse(s).strip();
    }

    /** Runs of white space become one space, without stripping the ends. */
    public static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(ch);
                space = false;
            }
        }
        return sb.toString();
    }

    /** At most {@code max} characters, the last an ellipsis when cut at a word boundary if one is near; never
     * splits a surrogate pair. */
    public static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        int space = s.lastIndexOf(' ', end);
        if (space > max * 2 / 3) {
            end = space;
        }
        end = safeEnd(s, end);
        return s.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The last {@code max} characters at most, the first an ellipsis when cut. */
    public static String cutStart(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int begin = s.length() - (max - 1);
        int space = s.indexOf(' ', begin);
        if (space >= 0 && space < s.length() - max * 2 / 3) {
            begin = space + 1;
        }
        begin = safeBegin(s, begin);
        return ELLIPSIS + s.substring(begin).stripLeading();
    }

    /** Keeps the start and the end when longer than {@code max}: {@code "first words … last words"}. */
    public static String cutMiddle(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int head = max * 3 / 5;
        int tail = max - head - 3;
        String h = cut(s, head + 1);
        String t = cutStart(s, tail + 1);
        return h.substring(0, h.length() - 1).stripTrailing() + " " + ELLIPSIS + " " + t.substring(1).stripLeading();
    }

    /**
     * At most {@code max} characters, cut where the length falls (no word boundary sought, trailing space
     * dropped) and ended with an ellipsis: for short labels.
     */
    public static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + ELLIPSIS;
    }

    /** {@code "1 copy"}, {@code "5 copies"}, {@code "0 copies"}. */
    public static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static int safeEnd(String s, int end) {
        return end > 0 && Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }

    private static int safeBegin(String s, int begin) {
        return begin < s.length() && Character.isLowSurrogate(s.charAt(begin)) ? begin + 1 : begin;
    }
}
