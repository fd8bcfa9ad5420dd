package org.wirecheck.facts;

import java.util.Set;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * What a copy says of how badly people were hurt: some seriously ("two of them critically", "listed in critical
 * condition") or none seriously ("none of the injuries were life-threatening", "no one was seriously hurt"). Read
 * only in sentences about injuries (hurt, injured, hospital, condition, wounded), so that "critical of the plan" is
 * no casualty. Casualty reports change between versions of a story, and the change is news.
 */
public final class Casualties {

    /** How badly a copy says people were hurt. */
    public enum Claim { SOME_SERIOUS, NONE_SERIOUS }

    /**
     * A copy's first statement of how badly people were hurt: its claim and its words [from, to), from the negation
     * (if any) to the severity word.
     */
    public record Statement(Claim claim, int from, int to) {
    }

    /** Words that say a hurt is grave. */
    private static final Set<String> SERIOUS = Set.of("critical", "critically", "serious", "seriously", "grave",
            "gravely");
    /** Words that say a hurt is slight. */
    private static final Set<String> SLIGHT = Set.of("minor", "slight", "slightly");
    /** Words that deny what follows: "none of the injuries were life-threatening", "no one was seriously hurt". */
    private static final Set<String> DENIALS = Set.of("no", "none", "not", "nobody", "never", "without");
    /** Stems of the words that make a sentence one about people hurt. */
    private static final Set<String> HURT = Set.of("hurt", "injur", "injuri", "wound", "hospital", "hospitaliz",
            "hospitalis", "condition", "casualt");
    /** How far back a denial reaches: "none of the injuries were life-threatening". */
    private static final int DENIAL_REACH = 6;
    /** How far back the number a statement of serious hurt counts may stand: "two of them critically". */
    private static final int COUNT_REACH = 4;
    /** Words that start another clause, where a denial no longer reaches. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "although", "though", "whereas");

    private Casualties() {
    }

    /** The copy's first statement of how badly people were hurt, or null when it makes none. */
    public static Statement first(Document doc) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            Statement st = in(doc, doc.sentenceStart(s), doc.sentenceEnd(s));
            if (st != null) {
                return st;
            }
        }
        return null;
    }

    private static Statement in(Document doc, int from, int to) {
        if (!aboutHurt(doc, from, to)) {
            return null;
        }
        for (int w = from; w < to; w++) {
            String k = doc.word(w).key();
            // "life-threatening" is two words to the tokenizer, "non-life-threatening" three
            boolean lifeThreatening = k.equals("threatening") && w > from && doc.word(w - 1).key().equals("life");
            boolean non = lifeThreatening && w - 1 > from && doc.word(w - 2).key().equals("non");
            if (SLIGHT.contains(k) || non) {
                return new Statement(Claim.NONE_SERIOUS, non ? w - 2 : w, w + 1);
            }
            if (!SERIOUS.contains(k) && !lifeThreatening) {
                continue;
            }
            int first = lifeThreatening ? w - 1 : w;
            for (int b = first - 1; b >= Math.max(from, first - DENIAL_REACH); b--) {
                String before = doc.word(b).key();
                if (DENIALS.contains(before) || before.endsWith("n't") || before.endsWith("n’t")) {
                    return new Statement(Claim.NONE_SERIOUS, b, w + 1);
                }
                if (CLAUSE_BREAKS.contains(before) || breakBetween(doc, b, b + 1)) {
                    break; // "no one was killed, but two were critically hurt": the denial is another clause's
                }
            }
            int end = w + 1 < to && doc.word(w + 1).key().equals("condition") ? w + 2 : w + 1;
            return new Statement(Claim.SOME_SERIOUS, counted(doc, from, first), end);
        }
        return null;
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
            String k = doc.word(b).key();
            if (!k.isEmpty() && Character.isDigit(k.charAt(0)) || Lexicon.isNumberWord(k)) {
                return b;
            }
        }
        return first;
    }

    /** True when punctuation that ends a clause stands between word a and word b. */
    private static boolean breakBetween(Document doc, int a, int b) {
        String between = doc.text().substring(doc.word(a).end(), doc.word(b).start());
        return between.contains(",") || between.contains(";") || between.contains(":") || between.contains("—");
    }

    private static boolean aboutHurt(Document doc, int from, int to) {
        for (int w = from; w < to; w++) {
            String stem = Stems.of(doc.word(w).key());
            if (HURT.stream().anyMatch(h -> stem.startsWith(h) && stem.length() <= h.length() + 3)) {
                return true;
            }
        }
        return false;
    }
}
