package org.wirecheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Stems;

/**
 * Statements that an amount is not known or not given: "Amtrak did not say how fast the train was traveling", "it was
 * not immediately clear how many people were hurt", "police declined to say how much was taken". An early version of
 * a story often says so where a later one gives the figure; such a copy does not merely leave the figure out, it says
 * it is not known, and that sentence is its reading of the fact.
 */
public final class UnknownAmounts {

    /**
     * A statement that an amount is not known: words [from, to) of a copy ("did not say how fast"), in sentence
     * {@code sentence}, asking {@code question} ("fast", "many", "much", "long", "far", "old").
     */
    public record Statement(int copy, int sentence, int from, int to, String question) {
    }

    /** The question words after "how" that ask for an amount. */
    private static final Set<String> QUESTIONS = Set.of("many", "much", "fast", "long", "far", "old");
    /** Words that say a thing is not known without a negation. */
    private static final Set<String> UNKNOWN = Set.of("unclear", "unknown", "declined", "refused", "uncertain");
    /** Auxiliaries a statement opens with ("did not say", "was not immediately clear"). */
    private static final Set<String> AUXILIARIES = Set.of("did", "does", "do", "would", "could", "will", "was", "is",
            "were", "are", "has", "have", "had");
    /** How far before "how" the negation may stand ("did not immediately say how"). */
    private static final int REACH = 5;
    /** Units after a figure, by the question that asks for them; a figure with none of them is a count ("many"). */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("mph", "fast"), Map.entry("kph", "fast"), Map.entry("km/h", "fast"), Map.entry("knot", "fast"),
            Map.entry("knots", "fast"), Map.entry("mile", "far"), Map.entry("miles", "far"), Map.entry("km", "far"),
            Map.entry("kilometer", "far"), Map.entry("kilometers", "far"), Map.entry("kilometre", "far"),
            Map.entry("kilometres", "far"), Map.entry("meters", "far"), Map.entry("metres", "far"),
            Map.entry("feet", "far"), Map.entry("hour", "long"), Map.entry("hours", "long"),
            Map.entry("day", "long"), Map.entry("days", "long"), Map.entry("week", "long"),
            Map.entry("weeks", "long"), Map.entry("month", "long"), Map.entry("months", "long"),
            Map.entry("year", "long"), Map.entry("years", "long"), Map.entry("minute", "long"),
            Map.entry("minutes", "long"), Map.entry("year-old", "old"), Map.entry("years-old", "old"),
            Map.entry("dollars", "much"), Map.entry("euros", "much"), Map.entry("pounds", "much"),
            Map.entry("rupees", "much"), Map.entry("yen", "much"), Map.entry("yuan", "much"));
    /** The same units by their stems, as a figure's following words are kept. */
    private static final Map<String, String> STEMMED = new java.util.HashMap<>();
    private static final String CURRENCY = "$£€¥₹";

    static {
        UNITS.forEach((unit, question) -> STEMMED.putIfAbsent(Stems.of(unit), question));
    }

    private UnknownAmounts() {
    }

    /** The statements of one copy that an amount is not known; {@code skipSentence}: sentences to leave out. */
    public static List<Statement> of(int copy, Document d, IntPredicate skipSentence) {
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i + 1 < d.size(); i++) {
            if (!d.word(i).key().equals("how") || !QUESTIONS.contains(d.word(i + 1).key())
                    || d.sentenceOf(i + 1) != d.sentenceOf(i) || skipSentence.test(d.sentenceOf(i))) {
                continue;
            }
            for (int n = i - 1; n >= Math.max(0, i - REACH) && d.sentenceOf(n) == d.sentenceOf(i); n--) {
                String k = d.word(n).key();
                if (Lexicon.isNegation(k) || UNKNOWN.contains(k)) {
                    int from = n > 0 && d.sentenceOf(n - 1) == d.sentenceOf(n)
                            && AUXILIARIES.contains(d.word(n - 1).key()) ? n - 1 : n;
                    out.add(new Statement(copy, d.sentenceOf(i), from, i + 2, d.word(i + 1).key()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The question a figure answers: "fast" for a speed, "far" for a distance, "long" for a time, "old" for an age,
     * "much" for money, else "many" (a count).
     */
    public static String question(NumberMention m, Document d) {
        for (String a : m.after().subList(0, Math.min(2, m.after().size()))) {
            String q = STEMMED.get(a);
            if (q != null) {
                return q;
            }
        }
        int start = d.charStart(m.from());
        if (start > 0 && CURRENCY.indexOf(d.text().charAt(start - 1)) >= 0) {
            return "much";
        }
        String text = d.slice(m.from(), m.to()).toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<String, String> e : UNITS.entrySet()) {
            if (text.endsWith(e.getKey())) {
                return e.getValue(); // a unit glued to the digits: "75mph"
            }
        }
        return "many";
    }
}
