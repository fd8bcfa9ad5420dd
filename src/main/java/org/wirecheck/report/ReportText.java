package org.wirecheck.report;

import java.util.Locale;

/** Text helpers shared by the report formats. */
public final class ReportText {

    public static final String ELLIPSIS = "\u2026";

    /** The mark put where a copy lacks a passage (a caret, U+2038). */
    public static final String GAP = "\u2038";

    private ReportText() {
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

    private static int safeEnd(String s, int end) {
        return end > 0 && Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }

    private static int safeBegin(String s, int begin) {
        return begin < s.length() && Character.isLowSurrogate(s.charAt(begin)) ? begin + 1 : begin;
    }

    /** {@code "1 copy"}, {@code "5 copies"}, {@code "0 copies"}. */
    public static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code "5 copies compared"}, {@code "1 copy compared"}, {@code "3 copies compared (1 set aside)"}. */
    public static String copiesCompared(int compared, int setAside) {
        return plural(compared, "copy", "copies") + " compared" + (setAside == 0 ? "" : " (" + setAside
                + " set aside)");
    }

    /** {@code 0.4451} as {@code "44.5%"}, {@code "?"} for a value that is not a number. */
    public static String percent(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f%%", value * 100.0) : "?";
    }

    /**
     * The text with characters that no document format should carry replaced by U+FFFD: C0 and C1 control
     * characters other than tab, line feed and carriage return, unpaired surrogates and non-characters.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean changed = false;
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = s.codePointAt(i);
                boolean bad = (cp & 0xFFFE) == 0xFFFE;
                sb.append(bad ? "\uFFFD" : s.substring(i, i + 2));
                changed |= bad;
                i += 2;
                continue;
            }
            boolean bad = Character.isSurrogate(ch) || (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
                    || (ch >= 0x7F && ch <= 0x9F) || ch == '\uFFFE' || ch == '\uFFFF'
                    || (ch >= '\uFDD0' && ch <= '\uFDEF');
            sb.append(bad ? '\uFFFD' : ch);
            changed |= bad;
            i++;
        }
        return changed ? sb.toString() : s;
    }
}
