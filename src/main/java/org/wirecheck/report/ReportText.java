package org.wirecheck.report;

import java.util.Locale;
import org.wirecheck.text.Texts;

/** Text helpers shared by the report formats (the general ones are in {@link Texts}). */
public final class ReportText {

    /** The mark put where a copy lacks a passage (a caret, U+2038). */
    public static final String GAP = "\u2038";

    private ReportText() {
    }

    /** {@code "5 copies compared"}, {@code "1 copy compared"}, {@code "3 copies compared (1 set aside)"}. */
    public static String copiesCompared(int compared, int setAside) {
        return Texts.plural(compared, "copy", "copies") + " compared" + (setAside == 0 ? "" : " (" + setAside
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
