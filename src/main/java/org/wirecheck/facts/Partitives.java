package org.wirecheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirecheck.text.Document;
import org.wirecheck.text.Stems;

/**
 * A number that counts part of a whole counted just before it: "Eight cars derailed, four of which ended up on their
 * sides", "32 people were taken to hospitals, including 29 who were released", "Nearly all of them had been
 * released". The part counts what the whole counts, so it takes the whole's counted word as its own, and a mark of
 * the whole ("of 32") as the only word before it: parts of the same whole pair across copies however they are
 * worded.
 */
final class Partitives {

    /** Words that make a quantity word a number only as a part of a whole: "all of them", "most of which". */
    static final Set<String> PART_WORDS = Set.of("all", "most", "none", "half", "some", "many", "few", "several");
    private static final Set<String> OF_WHAT = Set.of("them", "which", "whom", "those", "these");
    private static final int NEAR = 4;

    private Partitives() {
    }

    /** How many words after word i say it is a part ("of them" 2, "who" 1), or 0. */
    static int pronoun(Document d, int i) {
        if (i >= d.size()) {
            return 0;
        }
        String k = d.word(i).key();
        if (k.equals("who") && d.sentenceOf(i) == d.sentenceOf(i - 1)) {
            return 1;
        }
        boolean ofWhat = k.equals("of") && i + 1 < d.size() && OF_WHAT.contains(d.word(i + 1).key())
                && d.sentenceOf(i + 1) == d.sentenceOf(i - 1);
        return ofWhat ? 2 : 0;
    }

    /** True when word i is a quantity word that counts a part: "all" in "nearly all of them". */
    static boolean partWord(Document d, int i) {
        return PART_WORDS.contains(d.word(i).key()) && pronoun(d, i + 1) == 2;
    }

    /**
     * The mention m read as a part of {@code whole} (the copy's last mention before it, in its sentence or the one
     * before), or null when it is no part of one.
     */
    static NumberMention of(NumberMention m, NumberMention whole, Document d) {
        int skip = pronoun(d, m.to());
        if (skip == 0 || whole == null || whole.after().isEmpty() || m.sentence() - whole.sentence() > 1) {
            return null;
        }
        List<String> after = new ArrayList<>(List.of(whole.after().get(0)));
        List<String> names = new ArrayList<>();
        for (int w = m.to() + skip; w < d.sentenceEnd(m.sentence()) && after.size() < NEAR; w++) {
            after.add(Stems.of(d.word(w).key()));
            if (NumberMentions.isName(d, w)) {
                names.add(d.word(w).key());
            }
        }
        // the words before a part tell the whole ("Eight cars derailed, four of which"): only the whole's mark stands
        return new NumberMention(m.copy(), m.from(), m.to(), m.value(), List.of("of " + whole.value()), after, names,
                m.sentence(), m.context(), m.counts());
    }
}
