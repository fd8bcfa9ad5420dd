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
        Compound n = new Compound();
        String previous = "";
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k.equals("per") && i + 1 < keys.size() && keys.get(i + 1).equals("cent") || k.equals("%")
                    || k.equals("pc")) {
                n.flushTo(out);
                out.add("percent"); // "per cent", "percent" and "%" are one word
                i += k.equals("per") ? 1 : 0;
                previous = "percent";
                continue;
            }
            boolean noOne = previous.equals("no") && k.equals("one");
            previous = k;
            if (noOne) {
                n.flushTo(out);
                out.add("none"); // "no one" is nobody, as "none" is
                continue;
            }
            Long w = Lexicon.NUMBER_WORDS.get(k);
            if (w != null && !isOrdinalOrMultiplier(k)) {
                n.add(w);
                continue;
            }
            boolean digits = !k.isEmpty() && Character.isDigit(k.charAt(0));
            if (digits && k.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                if (n.thousands(k)) {
                    continue; // "12 000": a group of thousands set apart by a space
                }
                n.flushTo(out);
                n.start(Double.parseDouble(k)); // "2 million": digits may take a scale word
                continue;
            }
            java.util.regex.Matcher scaled = GLUED_SCALE.matcher(k);
            if (scaled.matches()) {
                n.flushTo(out);
                n.start(Double.parseDouble(scaled.group(1)));
                n.add(Lexicon.NUMBER_WORDS.get(scaled.group(2))); // "4.4bn" is "4.4 billion"
                continue;
            }
            n.flushTo(out);
            if (digits) {
                out.add(normaliseDigits(k));
            } else if (Lexicon.isNumberWord(k)) {
                out.add(k.equals("majority") ? "most" : k); // "the majority of" says "most of"
            }
        }
        n.flushTo(out);
        return out;
    }

    /** Scales written glued to the digits: "4.4bn", "350mln" ("m" alone may be metres, so it stays a unit). */
    private static final java.util.Set<String> GLUED_SCALES = java.util.Set.of("bn", "mn", "mln");
    /** Digits with a scale glued on. */
    private static final java.util.regex.Pattern GLUED_SCALE = java.util.regex.Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(" + String.join("|", GLUED_SCALES) + ")");

    /** True when a suffix glued to digits is a scale ("bn" in "4.4bn"), not a unit. */
    public static boolean gluedScale(String suffix) {
        return GLUED_SCALES.contains(suffix);
    }

    /** A number being read word by word: "one thousand two hundred", "2 million". */
    private static final class Compound {
        private double total;
        private double current;
        private boolean pending;

        void start(double value) {
            current = value;
            pending = true;
        }

        void add(long w) {
            if (w == 100) {
                current = (pending && current > 0 ? current : 1) * 100;
            } else if (w >= 1000) {
                total += (pending && current > 0 ? current : 1) * w;
                current = 0;
            } else {
                current += w;
            }
            pending = true;
        }

        /** True when digits {@code k} are a group of thousands after the whole number read so far ("12 000"). */
        boolean thousands(String k) {
            if (!pending || total != 0 || current >= 1000 || current != Math.floor(current) || k.length() != 3
                    || k.charAt(0) != '0') {
                return false;
            }
            current = current * 1000 + Double.parseDouble(k);
            return true;
        }

        void flushTo(List<String> out) {
            if (pending) {
                out.add(format(total + current));
            }
            total = 0;
            current = 0;
            pending = false;
        }

        private static String format(double v) {
            return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        }
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
