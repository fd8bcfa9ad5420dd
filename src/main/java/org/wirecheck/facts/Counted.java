package org.wirecheck.facts;

import java.util.Set;
import org.wirecheck.text.Document;

/**
 * Whether a number counts the dead, the hurt or the missing, read from the words of its clause: "killing at least
 * 37 people", "52 people were killed", "with more than 200 injured", and the toll as the subject of a verb of change
 * ("the death toll from the quake rose to 52", "the balance of deaths climbed to 52"). Casualty figures are the ones
 * most often updated between versions of a story and most often written around the number in other words; two of
 * them that count different things ("37 killed" / "200 injured") are never one fact.
 */
public final class Counted {

    /** The dead. */
    public static final String DEAD = "dead";
    /** The injured. */
    public static final String HURT = "hurt";
    /** The missing. */
    public static final String MISSING = "missing";
    /** No casualty count. */
    public static final String NONE = "";

    /** How far from the number a word that says what it counts may stand. */
    private static final int NEAR = 4;
    /** How far before a verb of change ("rose to") its subject may stand. */
    private static final int SUBJECT_REACH = 16;
    /** Words that end the stretch of a clause read around a number. */
    private static final Set<String> STOPS = Set.of("and", "or", "but", "while", "with", "including", "as",
            "after", "when", "where", "which", "who");
    /** Verbs of change whose subject is the figure: "the toll rose to 52". */
    private static final Set<String> CHANGE = Set.of("rose", "risen", "rises", "rise", "rising", "climbed", "climbs",
            "climb", "jumped", "increased", "reached", "reaches", "stood", "stands", "hit", "passed", "surpassed",
            "grew", "mounted", "topped");

    private Counted() {
    }

    /** What the number at words [from, to) of d counts: {@link #DEAD}, {@link #HURT}, {@link #MISSING} or none. */
    public static String of(Document d, int from, int to) {
        int sentence = d.sentenceOf(from);
        int start = d.sentenceStart(sentence);
        int end = d.sentenceEnd(sentence);
        for (int w = from; w < to; w++) {
            String r = role(d, w); // "no deaths"
            if (!r.isEmpty()) {
                return r;
            }
        }
        for (int w = to; w < Math.min(end, to + NEAR); w++) {
            if (w > to && Casualties.breakBetween(d, w - 1, w) || STOPS.contains(d.word(w).key())) {
                break;
            }
            String r = role(d, w);
            if (!r.isEmpty()) {
                return r;
            }
        }
        for (int w = from - 1; w >= Math.max(start, from - NEAR); w--) {
            if (Casualties.breakBetween(d, w, w + 1) || STOPS.contains(d.word(w).key())) {
                break;
            }
            String r = role(d, w);
            if (!r.isEmpty()) {
                return r;
            }
            if (CHANGE.contains(d.word(w).key())) {
                return subject(d, start, w);
            }
        }
        return NONE;
    }

    /** The role named by the subject of the verb of change at word v: the nearest role word before it. */
    private static String subject(Document d, int start, int v) {
        for (int w = v - 1; w >= Math.max(start, v - SUBJECT_REACH); w--) {
            if (STOPS.contains(d.word(w).key()) || d.text().substring(d.word(w).end(), d.word(w + 1).start())
                    .contains(";")) {
                break; // the subject may hold commas ("the toll of the quake in the north, in Azkaria, rose to")
            }
            String r = role(d, w);
            if (!r.isEmpty()) {
                return r;
            }
        }
        return NONE;
    }

    /** The role word w names, or none: "toll" counts the dead unless an injury toll. */
    private static String role(Document d, int w) {
        String k = d.word(w).key();
        if (k.equals("toll") || k.equals("tolls")) {
            return w > 0 && HURT.equals(role(d, w - 1)) ? HURT : DEAD;
        }
        return of(k);
    }

    /** Whom a word alone says were hurt, killed or lost: {@link #DEAD}, {@link #HURT}, {@link #MISSING} or none. */
    static String of(String k) {
        if (k.startsWith("kill") || k.startsWith("dead") || k.startsWith("death") || k.equals("died")
                || k.equals("die") || k.equals("dying") || k.startsWith("fatalit") || k.startsWith("perish")
                || k.startsWith("drown") || k.equals("bodies") || k.equals("lives")) {
            return k.equals("deadline") || k.equals("deadlines") || k.equals("deadlock") ? NONE : DEAD;
        }
        if (k.startsWith("injur") || k.startsWith("wound") || k.equals("hurt") || k.equals("treated")
                || k.startsWith("hospitali") || k.equals("casualties")) {
            return HURT;
        }
        return k.equals("missing") ? MISSING : NONE;
    }
}
