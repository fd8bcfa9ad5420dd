package org.wirecheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.wirecheck.classify.Units;
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
    /** What is asked of a measure, by its dimension ({@link Units}). */
    private static final Map<String, String> BY_DIMENSION = Map.of("speed", "fast", "length", "far", "mass", "much");
    /** Units of time and age after a figure, by the question that asks for them (stems, as the following words are). */
    private static final Map<String, String> TIMES = new java.util.HashMap<>();

    static {
        for (String w : List.of("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
                "months", "year", "years")) {
            TIMES.put(Stems.of(w), "long");
        }
        for (String w : List.of("year-old", "years-old")) {
            TIMES.put(Stems.of(w), "old");
        }
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
    public static String question(NumberMention m) {
        List<String> after = m.after();
        Units.Measure measure = after.isEmpty() ? null
                : Units.of(1, after.get(0), after.size() > 1 ? after.get(1) : null);
        if (measure != null) {
            return BY_DIMENSION.get(measure.dimension());
        }
        for (String a : after.subList(0, Math.min(2, after.size()))) {
            String q = TIMES.get(a);
            if (q != null) {
                return q;
            }
        }
        // a currency sign before the figure, or a currency word after it, which the value carries as its sign
        return !m.value().isEmpty() && Lexicon.isCurrencySign(m.value().charAt(0)) ? "much" : "many";
    }
}
