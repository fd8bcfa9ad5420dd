package org.wirecheck.classify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.text.Lexicon;

/**
 * Single-word changes that alter what is asserted, found without understanding the story: a negation present in one
 * reading only, a change of certainty ("will" / "could"), a reporting verb that takes a stance ("said" / "claimed"),
 * or a change of quantifier ("all" / "some").
 */
final class Meaning {

    private static final List<Set<String>> SCALES = List.of(
            Set.of("will", "would", "could", "may", "might", "must", "should", "can", "shall"),
            Set.of("said", "says", "stated", "claimed", "claims", "alleged", "alleges", "insisted", "admitted",
                    "denied", "denies", "confirmed", "confirms", "suggested", "warned", "acknowledged", "conceded",
                    "asserted", "reported", "speculated", "rumoured", "rumored", "argued", "found", "showed", "shows",
                    "concluded", "proved", "believed", "believes", "thinks", "thought", "feared", "hoped"),
            Set.of("all", "some", "most", "many", "few", "several", "none", "every", "each", "any"),
            Set.of("always", "often", "sometimes", "rarely", "never", "usually"),
            Set.of("before", "after", "during"),
            Set.of("against", "for", "towards", "toward"));

    /** Words that say a quantity went up, and words that say it went down: one reading each is a reversal. */
    private static final Set<String> UP = Set.of("increase", "increases", "increased", "rise", "rises", "rose",
            "risen", "raise", "raises", "raised", "raising", "hike", "hikes", "hiked", "grew", "grow", "grows",
            "climb", "climbs", "climbed", "jump", "jumps", "jumped", "gain", "gains", "gained", "boost", "boosts",
            "boosted", "lift", "lifts", "lifted", "soar", "soars", "soared", "doubled", "higher", "up");
    private static final Set<String> DOWN = Set.of("decrease", "decreases", "decreased", "fall", "falls", "fell",
            "fallen", "cut", "cuts", "cutting", "lower", "lowers", "lowered", "reduce", "reduces", "reduced", "drop",
            "drops", "dropped", "decline", "declines", "declined", "slip", "slips", "slipped", "shrank", "shrink",
            "shrinks", "slash", "slashes", "slashed", "plunge", "plunges", "plunged", "sank", "sink", "sinks",
            "tumble", "tumbles", "tumbled", "halved", "down");

    /**
     * Modals in reported speech and their present forms: "said it would" and "says it will" assert the same, so
     * these are one degree of certainty.
     */
    private static final java.util.Map<String, String> BACKSHIFT = java.util.Map.of("would", "will", "could", "can",
            "might", "may");

    /** Readings this long that share no content word are different passages, whatever their negations. */
    private static final int UNRELATED_WORDS = 3;

    private Meaning() {
    }

    static final String NEGATION = "negation in one reading only";

    /** A reason when readings {@code a} and {@code b} (word keys) differ in meaning this way, else null. */
    static String change(String a, String b) {
        String kind = kind(a, b);
        return NEGATION.equals(kind) ? kind + ": " + (a.isEmpty() ? "(absent)" : a) + " / "
                + (b.isEmpty() ? "(absent)" : b) : kind;
    }

    /**
     * The kind of meaning change between readings {@code a} and {@code b} without the readings themselves
     * ({@link #NEGATION}, or "changes what is asserted: will / could"), else null.
     */
    static String kind(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.size() >= UNRELATED_WORDS && wb.size() >= UNRELATED_WORDS && shareNoContent(wa, wb)) {
            return null; // two different passages side by side, not one statement changed
        }
        boolean negA = wa.stream().anyMatch(Meaning::negative);
        boolean negB = wb.stream().anyMatch(Meaning::negative);
        if (negA != negB) {
            return NEGATION;
        }
        String up = only(wa, wb, UP);
        String down = only(wb, wa, DOWN);
        String upB = only(wb, wa, UP);
        String downA = only(wa, wb, DOWN);
        if (up != null && down != null && upB == null && downA == null
                || upB != null && downA != null && up == null && down == null) {
            return "reverses the direction: " + (up != null ? up + " / " + down : downA + " / " + upB);
        }
        for (Set<String> scale : SCALES) {
            String x = only(wa, wb, scale);
            String y = only(wb, wa, scale);
            if (x != null && y != null) {
                return "changes what is asserted: " + x + " / " + y;
            }
        }
        return null;
    }

    /** The words of a reading's keys, modals in their present form ({@link #BACKSHIFT}). */
    private static Set<String> words(String keys) {
        Set<String> out = new HashSet<>();
        for (String w : keys.split(" ")) {
            out.add(BACKSHIFT.getOrDefault(w, w));
        }
        return out;
    }

    private static boolean shareNoContent(Set<String> a, Set<String> b) {
        for (String w : a) {
            if (w.length() > 2 && !Lexicon.isStopword(w) && !negative(w) && b.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean negative(String w) {
        return Lexicon.isNegation(w);
    }

    private static String only(Set<String> in, Set<String> notIn, Set<String> scale) {
        for (String w : in) {
            if (scale.contains(w) && !notIn.contains(w)) {
                return w;
            }
        }
        return null;
    }
}
