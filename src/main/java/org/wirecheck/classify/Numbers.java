package org.wirecheck.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirecheck.text.Lexicon;

/** Reads the numbers in a phrase as values: "8", "eight" and "8.0" are the same; "480m" is 480 with a unit. */
public final class Numbers {

    private Numbers() {
    }

    /** True when a word key is a number, number word or quantity word. */
    public static boolean isNumeric(String key) {
        return !key.isEmpty() && Character.isDigit(key.charAt(0)) || Lexicon.isNumberWord(key);
    }

    /**
     * The numeric values and quantity words of a sequence of word keys, in order: digits parse as numbers (a unit
     * suffix is kept: "480m"), number words compose ("two hundred" is 200), vague words stay words ("hundreds").
     */
    public static List<String> values(List<String> keys) {
        List<String> out = new ArrayList<>();
        long pending = -1;
        for (String k : keys) {
            Long w = Lexicon.NUMBER_WORDS.get(k);
            if (w != null && !isOrdinalOrMultiplier(k)) {
                if (w >= 100 && pending > 0) {
                    pending *= w;
                } else if (pending >= 0 && w < 100 && pending >= 20 && pending % 10 == 0) {
                    pending += w;
                } else {
                    if (pending >= 0) {
                        out.add(Long.toString(pending));
                    }
                    pending = w;
                }
                continue;
            }
            if (pending >= 0) {
                out.add(Long.toString(pending));
                pending = -1;
            }
            if (!k.isEmpty() && Character.isDigit(k.charAt(0))) {
                out.add(normaliseDigits(k));
            } else if (Lexicon.isNumberWord(k)) {
                out.add(k);
            }
        }
        if (pending >= 0) {
            out.add(Long.toString(pending));
        }
        return out;
    }

    private static boolean isOrdinalOrMultiplier(String k) {
        return k.endsWith("th") || k.equals("first") || k.equals("second") || k.equals("third")
                || k.equals("twice") || k.equals("double") || k.equals("triple") || k.equals("half");
    }

    /** "1000" and "1000.0" -> "1000"; "6.70" -> "6.7"; suffixes kept ("480m"). */
    static String normaliseDigits(String k) {
        int i = 0;
        while (i < k.length() && (Character.isDigit(k.charAt(i)) || k.charAt(i) == '.' || k.charAt(i) == ':')) {
            i++;
        }
        String num = k.substring(0, i);
        String unit = k.substring(i).toLowerCase(Locale.ROOT);
        if (num.contains(".") && !num.contains(":")) {
            num = num.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return num + unit;
    }
}
