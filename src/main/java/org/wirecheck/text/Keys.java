package org.wirecheck.text;

import java.text.Normalizer;
import java.util.Locale;

/** Comparison keys: what is left of a word once style (case, quote marks, accents, mojibake, separators) is folded. */
public final class Keys {

    private Keys() {
    }

    /** The comparison key of one token's text. */
    public static String of(String tokenText) {
        String s = Mojibake.repair(tokenText);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (isApostrophe(c)) {
                b.append('\'');
            } else if (c == '.' || c == ',' || c == '\u00AD') {
                // U.S. -> us, 1,000 -> 1000 (decimal points are kept below), soft hyphen dropped
                if (c == '.' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                        && Character.isDigit(s.charAt(i + 1))) {
                    b.append('.');
                }
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        String key = b.toString().toLowerCase(Locale.ROOT);
        // possessive: "NATO's agenda" and "NATO agenda" name the same thing
        if (key.length() > 4 && key.endsWith("'s")) {
            key = key.substring(0, key.length() - 2);
        }
        return key;
    }

    /** Apostrophes and right single quotes, which stand for each other in running text. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`' || c == '\u00B4';
    }

    /**
     * The letters and digits of a phrase, folded: keys joined without spaces, hyphens or punctuation. Two readings
     * with the same squeezed form differ only in style ("non-proliferation" and "nonproliferation").
     */
    public static String squeeze(String phrase) {
        String k = of(phrase);
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
