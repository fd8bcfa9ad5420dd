package org.wirecheck.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Token;
import org.wirecheck.text.Tokenizer;

/**
 * Canonical forms under which two readings that differ only in writing style become equal: dates ("Feb. 11, 2013"
 * and "February 11 2013"), numbers with units ("6.7m" and "6.7-meter"), and British or American spelling
 * ("defence" and "defense", "criticised" and "criticized").
 */
public final class StyleForms {

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("m", "m"), Map.entry("meter", "m"), Map.entry("meters", "m"), Map.entry("metre", "m"),
            Map.entry("metres", "m"), Map.entry("km", "km"), Map.entry("kilometer", "km"),
            Map.entry("kilometers", "km"), Map.entry("kilometre", "km"), Map.entry("kilometres", "km"),
            Map.entry("kg", "kg"), Map.entry("kilogram", "kg"), Map.entry("kilograms", "kg"),
            Map.entry("bn", "bn"), Map.entry("billion", "bn"), Map.entry("mn", "mn"), Map.entry("million", "mn"),
            Map.entry("mln", "mn"), Map.entry("bln", "bn"), Map.entry("trillion", "tn"), Map.entry("tn", "tn"),
            Map.entry("trn", "tn"),
            Map.entry("pc", "%"), Map.entry("percent", "%"), Map.entry("per", ""), Map.entry("cent", "%"),
            Map.entry("ft", "ft"), Map.entry("feet", "ft"), Map.entry("foot", "ft"), Map.entry("mi", "mi"),
            Map.entry("mile", "mi"), Map.entry("miles", "mi"), Map.entry("yr", "yr"), Map.entry("year", "yr"),
            Map.entry("years", "yr"), Map.entry("st", ""), Map.entry("nd", ""), Map.entry("rd", ""),
            Map.entry("th", ""));

    private StyleForms() {
    }

    /** The one form of a scale word ("billion", "bn", "bln": "bn"), or the word itself when it is none. */
    static String scale(String key) {
        String unit = UNITS.get(key);
        return unit != null && (unit.equals("bn") || unit.equals("mn") || unit.equals("tn")) ? unit : key;
    }

    /**
     * The canonical form of a reading given as its word keys: month names become month numbers, day names their
     * three-letter form, numbers take their
     * value and unit ("6.7m" and "6.7 meter" both give "6.7 m"; with {@code mIsMillion}, "m" stands for "million"
     * instead), leading zeros, ordinal suffixes
     * and "of"/"the" inside dates are dropped, and words take their American spelling.
     */
    public static String canonical(List<String> keys, boolean mIsMillion) {
        List<String> out = new ArrayList<>();
        java.util.TreeSet<String> currencies = new java.util.TreeSet<>();
        for (int at = 0; at < keys.size(); at++) {
            String k = keys.get(at);
            String next = at + 1 < keys.size() ? keys.get(at + 1) : null;
            Integer month = Lexicon.MONTHS.get(k);
            if (month != null && !k.equals("may") && !k.equals("march")) {
                out.add("month" + month);
                continue;
            }
            if (k.length() > 3 && Lexicon.DAYS.contains(k) && Lexicon.DAYS.contains(k.substring(0, 3))) {
                out.add(k.substring(0, 3)); // "Monday" and "Mon"
                continue;
            }
            if (!k.isEmpty() && Character.isDigit(k.charAt(0))) {
                int i = 0;
                while (i < k.length() && (Character.isDigit(k.charAt(i)) || k.charAt(i) == '.')) {
                    i++;
                }
                out.add(Numbers.normaliseDigits(k.substring(0, i)).replaceFirst("^0+(?=\\d)", "")); // "05" is "5"
                String unit = k.substring(i);
                if (!unit.isEmpty()) {
                    out.add(unit.equals("m") && mIsMillion ? "mn" : UNITS.getOrDefault(unit, unit));
                }
                continue;
            }
            String unit = k.equals("m") && mIsMillion ? "mn" : UNITS.get(k);
            if (unit != null && !out.isEmpty() && Character.isDigit(out.get(out.size() - 1).charAt(0))) {
                if (!unit.isEmpty()) {
                    out.add(unit);
                }
                continue;
            }
            if (k.equals("of") || k.equals("the")) {
                continue;
            }
            String currency = Lexicon.CURRENCY_WORDS.get(k);
            if (currency != null) {
                currencies.add(currency); // "350 million euros" / "EUR 350m": the currency, wherever it is written
                continue;
            }
            if (k.equals("basis") && next != null && next.startsWith("point") || k.equals("bps") || k.equals("bp")) {
                out.add("bp"); // "50 basis points" / "50 bps"
                at += k.equals("basis") ? 1 : 0;
                continue;
            }
            if (k.length() == 2 && (k.charAt(0) == 'q' || k.charAt(0) == 'h') && k.charAt(1) >= '1'
                    && k.charAt(1) <= '4') {
                out.add(k.charAt(1) + (k.charAt(0) == 'q' ? " quarter" : " half")); // "Q2": "second quarter"
                continue;
            }
            Long nth = Lexicon.NUMBER_WORDS.get(k);
            if (nth != null && k.matches("[a-z]+(st|nd|rd|th)") && next != null
                    && (next.equals("quarter") || next.equals("half"))) {
                out.add(String.valueOf(nth));
                continue;
            }
            out.add(american(k));
        }
        currencies.forEach(c -> out.add("currency " + c));
        return String.join(" ", out);
    }

    /**
     * The word keys of {@code reading} with every run of words whose initials spell an acronym of {@code other}
     * replaced by that acronym ("prime minister" becomes "pm" when the other reading says "PM"), and number words
     * by their value ("three" becomes "3").
     */
    public static List<String> spelledOut(String reading, String other) {
        Set<String> acronyms = new HashSet<>();
        for (Token t : Tokenizer.words(other, List.of())) {
            String w = t.text();
            if (w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase)) {
                acronyms.add(w.toLowerCase(Locale.ROOT));
            }
        }
        List<String> keys = new ArrayList<>();
        Tokenizer.words(reading, List.of()).forEach(t -> keys.add(t.key()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String run = acronymAt(keys, i, acronyms);
            if (run != null) {
                out.add(run);
                i += run.length() - 1;
                continue;
            }
            String k = keys.get(i);
            boolean numberWord = Numbers.isNumeric(k) && !k.isEmpty() && Character.isLetter(k.charAt(0));
            out.add(numberWord ? String.join(" ", Numbers.values(List.of(k))) : k);
        }
        return out;
    }

    private static String acronymAt(List<String> keys, int i, Set<String> acronyms) {
        for (String a : acronyms) {
            if (i + a.length() > keys.size()) {
                continue;
            }
            boolean spells = true;
            for (int j = 0; j < a.length() && spells; j++) {
                String k = keys.get(i + j);
                spells = !k.isEmpty() && k.charAt(0) == a.charAt(j) && k.length() > 1;
            }
            if (spells) {
                return a;
            }
        }
        return null;
    }

    /** British endings and their American forms, tried in order; the first that fits is used. */
    private static final String[][] ENDINGS = {
        {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"},
        {"isers", "izers"}, {"iser", "izer"},
        {"ise", "ize"}, {"ysing", "yzing"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"yse", "yze"},
        {"ourites", "orites"}, {"ourite", "orite"}, {"ourable", "orable"}, {"ouring", "oring"}, {"oured", "ored"},
        {"ours", "ors"}, {"our", "or"}, {"tres", "ters"}, {"tre", "ter"}, {"ence", "ense"}, {"elled", "eled"},
        {"elling", "eling"}, {"eller", "eler"}, {"ellers", "elers"}, {"alled", "aled"}, {"alling", "aling"},
        {"ogue", "og"}};

    /**
     * British stems whose "our" stays inside longer words ("neighbourhoods", "colourful", "favourably"): the ending
     * rules above only see a word's end.
     */
    private static final List<String> OUR_STEMS = List.of("neighbour", "colour", "favour", "honour", "labour",
            "harbour", "behaviour", "rumour", "humour", "vapour", "armour", "odour", "valour", "vigour", "rigour",
            "tumour", "saviour", "endeavour", "flavour", "parlour", "splendour", "fervour", "clamour", "candour",
            "savour", "demeanour");

    /** British word forms no ending rule reaches, with their American form (the start of the word is matched). */
    private static final String[][] WORDS = {
        {"programme", "program"}, {"kilogramme", "kilogram"}, {"gramme", "gram"}, {"tyre", "tire"},
        {"kerb", "curb"}, {"cheque", "check"}, {"plough", "plow"}, {"mould", "mold"}, {"sceptic", "skeptic"},
        {"aluminium", "aluminum"}, {"jewellery", "jewelry"}, {"pyjama", "pajama"}, {"moustache", "mustache"},
        {"manoeuvr", "maneuver"}, {"ageing", "aging"}, {"judgement", "judgment"}, {"grey", "gray"},
        {"storey", "story"}, {"centred", "centered"}, {"centring", "centering"}, {"fulfil", "fulfill"},
        {"enrol", "enroll"}, {"skilful", "skillful"}, {"wilful", "willful"}};

    /**
     * The American spelling of a British word form (a heuristic over common endings, known stems and forms, and ae/oe
     * to e).
     */
    public static String american(String w) {
        for (String[] e : WORDS) {
            if (w.startsWith(e[0])) {
                String rest = w.substring(e[0].length());
                if (e[0].endsWith("vr") && (rest.equals("e") || rest.equals("es"))) {
                    rest = rest.substring(1); // "manoeuvre(s)" / "maneuver(s)"
                }
                if (e[1].endsWith("ll") && rest.startsWith("l")) {
                    rest = rest.substring(1); // "fulfil" and "fulfilled" / "fulfill" and "fulfilled"
                }
                return e[1] + rest;
            }
        }
        if (w.length() < 5) {
            return w;
        }
        String s = w;
        for (String stem : OUR_STEMS) {
            if (s.startsWith(stem) && s.length() > stem.length()) {
                return stem.substring(0, stem.length() - 2) + "r" + s.substring(stem.length());
            }
        }
        for (String[] e : ENDINGS) {
            if (s.endsWith(e[0]) && s.length() > e[0].length() + 1) {
                s = s.substring(0, s.length() - e[0].length()) + e[1];
                break;
            }
        }
        if (s.indexOf("ae") >= 0 || s.indexOf("oe") >= 0) {
            s = s.replace("ae", "e").replace("oe", "e");
        }
        return s;
    }
}
