package org.wirecheck.text;

import java.util.List;

/** Finds which words stand inside quotation marks. Quotes never run past the end of a paragraph. */
final class Quotes {

    private Quotes() {
    }

    static boolean[] quotedWords(String text, List<Token> words) {
        boolean[] inside = insideMask(text);
        boolean[] out = new boolean[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = inside[words.get(i).start()];
        }
        return out;
    }

    /** For each character: true when it stands between an opening and a closing double quotation mark. */
    static boolean[] insideMask(String text) {
        int n = text.length();
        boolean[] mask = new boolean[n + 1];
        int open = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                // a quote left open runs to the end of its paragraph (news style for multi-paragraph quotes)
                for (int k = Math.max(open, 0); open >= 0 && k < i; k++) {
                    mask[k] = true;
                }
                open = -1;
                continue;
            }
            boolean opening = c == '\u201C' || c == '\u00AB' || c == '\u201E'
                    || c == '"' && open < 0 && opensStraight(text, i);
            boolean closing = c == '\u201D' || c == '\u00BB' || c == '"' && open >= 0;
            if (c == '\u201D' && open < 0) {
                continue;
            }
            if (opening && open < 0) {
                open = i;
            } else if (closing && open >= 0) {
                for (int k = open; k <= i; k++) {
                    mask[k] = true;
                }
                open = -1;
            }
        }
        for (int k = Math.max(open, 0); open >= 0 && k < n; k++) {
            mask[k] = true;
        }
        return mask;
    }

    private static boolean opensStraight(String text, int i) {
        return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }
}
