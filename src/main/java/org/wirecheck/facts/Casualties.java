package org.wirecheck.facts;

import java.util.Set;
import org.wirecheck.classify.Numbers;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Stems;

/**
 * What a copy says of how badly people were hurt: some seriously ("two of them critically", "listed in critical
 * condition") or none seriously ("none of the injuries were life-threatening", "no one was seriously hurt"). Read
 * only in sentences about injuries (hurt, injured, wounded, hospital, casualties) or where a severity word qualifies
 * a condition ("in critical condition"), so that "critical of the plan" is no casualty. A copy that says both (minor
 * injuries for some, critical for two) says some were hurt seriously. A hedge ("it was not clear how many were
 * seriously injured") says neither. Casualty reports change between versions of a story, and the change is news.
 */
public final class Casualties {

    /** How badly a copy says people were hurt. */
    public enum Claim { SOME_SERIOUS, NONE_SERIOUS }

    /** A statement of how badly people were hurt: its claim and its words [from, to). */
    public record Statement(Claim claim, int from, int to) {
    }

    /** Words that say a hurt is grave. */
    static final Set<String> SERIOUS = Set.of("critical", "critically", "serious", "seriously", "gravely", "severely",
            "badly");
    /** Words that make a statement a hedge, not a denial: "did not say whether", "not clear how many". */
    private static final Set<String> HEDGES = Set.of("whether", "how", "if", "clear", "unclear", "known", "know",
            "sure");
    /** Stems of the words that make a sentence one about people hurt. */
    private static final Set<String> HURT = Set.of("hurt", "injur", "wound", "hospital", "casualt");
    /** Words after which "critical" or "serious" judges something: "critical of", "serious about". */
    private static final Set<String> JUDGING = Set.of("of", "about", "to", "for", "that", "concerns", "questions",
            "doubts", "mistake", "problem", "problems", "issue", "issues", "error");
    /** Words that start another clause, where a denial no longer reaches. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "although", "though", "whereas");
    /** How far back a denial reaches: "none of the injuries were life-threatening". */
    private static final int DENIAL_REACH = 8;
    /** How far back the number a statement of serious hurt counts may stand: "two of them critically". */
    private static final int COUNT_REACH = 4;

    private Casualties() {
    }

    /**
     * The copy's statement of how badly people were hurt, or null when it makes none: its first statement that some
     * were hurt seriously, else its first that none were.
     */
    public static Statement first(Document doc) {
        Statement none = null;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int from = doc.sentenceStart(s);
            int to = doc.sentenceEnd(s);
            boolean aboutHurt = aboutHurt(doc, from, to);
            for (int w = from; w < to; w++) {
                Statement st = at(doc, from, to, w, aboutHurt);
                if (st != null && st.claim() == Claim.SOME_SERIOUS) {
                    return st;
                }
                if (st != null && none == null) {
                    none = st;
                }
            }
        }
        return none;
    }

    /** The statement whose severity word is word w of the sentence [from, to), or null. */
    private static Statement at(Document doc, int from, int to, int w, boolean aboutHurt) {
        String k = doc.word(w).key();
        String next = w + 1 < to ? doc.word(w + 1).key() : "";
        // "life-threatening" is two words to the tokenizer, "non-life-threatening" three
        boolean lifeThreatening = k.equals("threatening") && w > from && doc.word(w - 1).key().equals("life");
        int first = lifeThreatening ? w - 1 : w;
        if (lifeThreatening && first > from && doc.word(first - 1).key().equals("non")
                || k.equals("minor") && hurtWord(next)) {
            return aboutHurt ? new Statement(Claim.NONE_SERIOUS, lifeThreatening ? first - 1 : w, w + 1) : null;
        }
        boolean condition = next.equals("condition");
        if (!SERIOUS.contains(k) && !lifeThreatening || !aboutHurt && !condition || JUDGING.contains(next)) {
            return null; // "doctors at the hospital were critical of the response" judges, it does not hurt
        }
        int clause = clauseStart(doc, from, first);
        for (int b = first - 1; b >= clause; b--) {
            if (HEDGES.contains(doc.word(b).key())) {
                return null; // "not clear how many were seriously injured" says neither
            }
        }
        for (int b = first - 1; b >= clause; b--) {
            String before = doc.word(b).key();
            if (Lexicon.isNegation(before)) { // "none of the injuries were life-threatening"
                return new Statement(Claim.NONE_SERIOUS, b, w + 1);
            }
            boolean noOne = before.equals("one") && b > from && Lexicon.isNegation(doc.word(b - 1).key());
            if (Numbers.isNumeric(before) && !noOne) {
                break; // "two of them critically", "none of the three critically injured": a number of people is
                // the subject, and they were hurt seriously
            }
        }
        return new Statement(Claim.SOME_SERIOUS, counted(doc, from, first), condition ? w + 2 : w + 1);
    }

    /**
     * The first word of the clause that word {@code first} stands in, at most {@link #DENIAL_REACH} words back: after
     * a comma, semicolon or dash, or at a word that opens another clause ("no one was killed, but two were …").
     */
    private static int clauseStart(Document doc, int from, int first) {
        int b = first;
        while (b > Math.max(from, first - DENIAL_REACH) && !breakBetween(doc, b - 1, b)
                && !CLAUSE_BREAKS.contains(doc.word(b - 1).key())) {
            b--;
        }
        return b;
    }

    /**
     * Where a statement of serious hurt starts: at the number it counts, a few words back in the same clause ("two of
     * them critically"), else at its first word.
     */
    private static int counted(Document doc, int from, int first) {
        for (int b = first - 1; b >= Math.max(from, first - COUNT_REACH); b--) {
            if (breakBetween(doc, b, b + 1)) {
                break;
            }
            if (Numbers.isNumeric(doc.word(b).key())) {
                return b;
            }
        }
        return first;
    }

    /** True when punctuation that ends a clause (or opens or closes an aside) stands between word a and word b. */
    static boolean breakBetween(Document doc, int a, int b) {
        String between = doc.text().substring(doc.word(a).end(), doc.word(b).start());
        return between.contains(",") || between.contains(";") || between.contains(":") || between.contains("—")
                || between.contains("(") || between.contains(")");
    }

    private static boolean aboutHurt(Document doc, int from, int to) {
        for (int w = from; w < to; w++) {
            if (hurtWord(doc.word(w).key())) {
                return true;
            }
        }
        return false;
    }

    /** True when a word key is one of hurt: "injuries", "hurt", "wounded", "hospitalised", "casualties". */
    private static boolean hurtWord(String key) {
        String stem = Stems.of(key);
        return HURT.stream().anyMatch(h -> stem.startsWith(h) && stem.length() <= h.length() + 3);
    }
}
