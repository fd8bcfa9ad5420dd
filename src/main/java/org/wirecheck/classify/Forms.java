package org.wirecheck.classify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * Readings that say the same in another form, or a record in a weaker one: a unit some copies write as a sign ("6
 * percent" / "6%"), a title in another word order ("Mines minister" / "the minister of mines"), and "the largest" made
 * "one of the largest". Each looks at the readings and the words right around them.
 */
final class Forms {

    /** Unit words and the sign other copies write for them instead: the currencies, "percent" and "pounds". */
    private static final Map<String, String> UNIT_SIGNS = new HashMap<>(Lexicon.CURRENCY_WORDS);
    /** How far from a copy's gap the sign may stand ("$11.6 billion‸", "‸6%"). */
    private static final int SIGN_REACH = 30;
    /** A title reordered has at most this many content words. */
    private static final int TITLE_WORDS = 3;

    static {
        UNIT_SIGNS.putAll(Map.of("percent", "%", "per cent", "%", "pounds", "£"));
    }

    private Forms() {
    }

    /**
     * "6 percent" / "6%", "11.6 billion dollars" / "$11.6 billion": the words are a unit the copies without them write
     * as a sign right by the point where the words would stand.
     */
    static boolean unitAsSign(List<ReadingGroup> groups, List<Document> docs) {
        String sign = null;
        boolean gap = false;
        for (ReadingGroup g : groups) {
            if (g.isEmpty()) {
                gap = true;
                continue;
            }
            String s = UNIT_SIGNS.get(g.key());
            if (s == null || sign != null && !sign.equals(s)) {
                return false;
            }
            sign = s;
        }
        if (sign == null || !gap) {
            return false;
        }
        for (ReadingGroup g : groups) {
            for (CopySpan s : g.isEmpty() ? g.spans() : List.<CopySpan>of()) {
                String text = docs.get(s.copy()).text();
                if (!text.substring(Math.max(0, s.charStart() - SIGN_REACH),
                        Math.min(text.length(), s.charStart() + SIGN_REACH)).contains(sign)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "$1.2 billion" / "1.2 bn dollars": readings that say the same scale, some adding the currency word whose sign
     * stands right before the amount in the copies without it (or whose word follows their reading).
     */
    static boolean scaleWithSign(List<ReadingGroup> groups, List<Document> docs) {
        String sign = null;
        Set<String> forms = new HashSet<>();
        boolean without = false;
        for (ReadingGroup g : groups) {
            if (g.isEmpty()) {
                return false;
            }
            StringBuilder form = new StringBuilder();
            boolean named = false;
            for (String k : g.keys()) {
                String s = Lexicon.CURRENCY_WORDS.get(k);
                if (s != null) {
                    if (sign != null && !sign.equals(s)) {
                        return false;
                    }
                    sign = s;
                    named = true;
                } else {
                    form.append(StyleForms.scale(k)).append(' ');
                }
            }
            without |= !named;
            forms.add(form.toString());
        }
        if (sign == null || !without || forms.size() != 1 || forms.iterator().next().isBlank()) {
            return false;
        }
        for (ReadingGroup g : groups) {
            if (g.keys().stream().anyMatch(Lexicon.CURRENCY_WORDS::containsKey)) {
                continue;
            }
            for (CopySpan s : g.spans()) {
                Document d = docs.get(s.copy());
                String text = d.text();
                boolean wordAfter = s.to() < d.size() && sign.equals(Lexicon.CURRENCY_WORDS.get(d.word(s.to()).key()));
                if (!wordAfter && !text.substring(Math.max(0, s.charStart() - SIGN_REACH), s.charStart())
                        .contains(sign)) {
                    return false; // "$1.2 billion", or "1.2 billion dollars" with the word outside the reading
                }
            }
        }
        return true;
    }

    /** "Mines minister" / "the minister of mines": the same title's words in another order (at most three). */
    static boolean sameTitleReordered(ReadingGroup x, ReadingGroup y) {
        Set<String> a = contentKeys(x);
        return a.equals(contentKeys(y)) && a.size() <= TITLE_WORDS && a.stream().anyMatch(Lexicon.TITLES::contains)
                && !x.key().equals(y.key());
    }

    private static Set<String> contentKeys(ReadingGroup g) {
        Set<String> out = new HashSet<>();
        for (String k : g.key().split(" ")) {
            if (!k.isEmpty() && !Lexicon.isStopword(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * "the largest ever imposed" / "one of the largest ever imposed": one reading ends in "one of" before a superlative
     * that the other reading is followed by too, so a record becomes one among others. The reason, or null.
     */
    static String recordHedged(ReadingGroup x, ReadingGroup y, List<Document> docs) {
        for (int g = 0; g < 2; g++) {
            ReadingGroup one = g == 0 ? x : y;
            ReadingGroup other = g == 0 ? y : x;
            if (!endsWithOneOf(one, docs) || !other.isEmpty() && endsWithOneOf(other, docs)) {
                continue;
            }
            CopySpan s = one.spans().get(0);
            Document d = docs.get(s.copy());
            int w = s.to();
            CopySpan t = other.spans().get(0);
            Document e = docs.get(t.copy());
            int after = t.isEmpty() ? e.wordAtOrAfter(t.charStart()) : t.to(); // a gap's words are its point
            if (w + 1 < d.size() && d.sentenceOf(w + 1) == d.sentenceOf(s.from()) && d.word(w).key().equals("the")
                    && Lexicon.isSuperlative(d.word(w + 1).key()) && after + 1 < e.size()
                    && e.word(after).key().equals("the") && e.word(after + 1).key().equals(d.word(w + 1).key())) {
                String claim = "the " + d.word(w + 1).text();
                return "changes what is asserted: " + claim + " / one of " + claim;
            }
        }
        return null;
    }

    private static boolean endsWithOneOf(ReadingGroup g, List<Document> docs) {
        if (g.isEmpty()) {
            return false;
        }
        CopySpan s = g.spans().get(0);
        Document d = docs.get(s.copy());
        return s.to() - s.from() >= 2 && d.word(s.to() - 2).text().equalsIgnoreCase("one")
                && d.word(s.to() - 1).key().equals("of");
    }
}
