package org.wirecheck.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * The proper nouns of a variant's readings, each with a word of its sentence on either side: whether a name one
 * reading adds only makes another reading's name fuller ("English Premier League" / "Premier League"), and whether a
 * title word ends a name ("the Southwest Chief").
 */
final class ReadingNames {

    private final StoryContext ctx;
    /** Each reading's word keys with one word of context on each side, and which of them are proper nouns. */
    private final List<List<String>> wordsOf = new ArrayList<>();
    private final List<List<Boolean>> isNameOf = new ArrayList<>();
    /** Per reading word: true when only a space sets it apart from the word before (one phrase, no list). */
    private final List<List<Boolean>> joinedOf = new ArrayList<>();
    /** The readings that hold a proper noun of their own, and the gaps, by index. */
    private final Set<Integer> namedOrGap = new HashSet<>();
    /** Each reading's own proper nouns (no title word, its context left out). */
    private final List<Set<String>> ownNames = new ArrayList<>();
    private int named;
    private int lastNamed = -1;

    ReadingNames(StoryContext ctx) {
        this.ctx = ctx;
    }

    /** How many readings hold a proper noun (no title word) of their own. */
    int named() {
        return named;
    }

    /** The index of the last reading that holds a proper noun of its own, -1 when none does. */
    int lastNamed() {
        return lastNamed;
    }

    /**
     * True when title word i ends a name rather than giving someone's office: it is capitalised right after a
     * capitalised word that is no title, and no capitalised word follows ("the Southwest Chief", a train; "Police
     * Chief Bilal Kamiana" and "Prime Minister" keep their titles).
     */
    static boolean endsAName(Document d, int i) {
        if (i == 0 || d.startsSentence(i) || !d.word(i).capitalised() || !d.word(i - 1).capitalised()
                || Lexicon.TITLES.contains(d.word(i - 1).key()) || d.startsSentence(i - 1)
                || !joined(d, i)) {
            return false;
        }
        return i + 1 >= d.size() || d.startsSentence(i + 1) || !d.word(i + 1).capitalised();
    }

    private static boolean joined(Document d, int i) {
        return i > 0 && d.text().substring(d.word(i - 1).end(), d.word(i).start()).equals(" ");
    }

    /** Records the next reading, span s of document d, with one word of its sentence on each side. */
    void add(Document d, CopySpan s) {
        List<String> words = new ArrayList<>();
        List<Boolean> isName = new ArrayList<>();
        List<Boolean> joinedWords = new ArrayList<>();
        boolean hasName = false;
        Set<String> own = new HashSet<>();
        int from = s.isEmpty() ? d.wordAtOrAfter(s.charStart()) : s.from(); // a gap's word index may be unset
        int to = s.isEmpty() ? from : s.to();
        int sentence = d.size() == 0 ? -1 : d.sentenceOf(Math.max(0, Math.min(from, d.size() - 1)));
        for (int i = from - 1; i <= to; i++) {
            boolean inside = i >= from && i < to;
            if (i < 0 || i >= d.size() || !inside && d.sentenceOf(i) != sentence) {
                continue;
            }
            String k = d.word(i).key();
            words.add(k);
            boolean proper = ctx.properNoun(d, i);
            isName.add(proper); // a capitalised title word belongs to a name too ("Premier League")
            if (inside && proper && !Lexicon.TITLES.contains(k) && k.length() > 1) {
                hasName = true;
                own.add(k);
            }
            joinedWords.add(joined(d, i));
        }
        named += hasName ? 1 : 0;
        if (hasName || s.isEmpty()) {
            namedOrGap.add(wordsOf.size()); // a gap is judged by the words around it
        }
        lastNamed = hasName ? wordsOf.size() : lastNamed;
        wordsOf.add(words);
        isNameOf.add(isName);
        joinedOf.add(joinedWords);
        ownNames.add(own);
    }

    /** Reading r's own proper nouns (keys). */
    Set<String> namesOf(int r) {
        return ownNames.get(r);
    }

    /**
     * True when name k of reading r only adds to a name every other reading gives without it: it stands next to a
     * name word that each other reading has with no name word on that side ("English Premier League" / "Premier
     * League", "Jonas Relk" / "Relk"). The same name in a fuller form is no other name.
     */
    boolean qualifies(int r, String k) {
        List<String> words = wordsOf.get(r);
        int i = words.indexOf(k);
        if (i < 0) {
            return false;
        }
        for (int side : new int[] {1, -1}) {
            int j = i + side;
            if (j >= 0 && j < words.size() && isNameOf.get(r).get(j) && joinedOf.get(r).get(Math.max(i, j))
                    && barelyIn(r, words.get(j), -side)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every other reading that names someone or something has name n with no name word next to it on
     * {@code side} (a reading that names nothing, "the table", neither confirms nor denies it), and one does.
     */
    private boolean barelyIn(int r, String n, int side) {
        boolean any = false;
        for (int o = 0; o < wordsOf.size(); o++) {
            List<String> words = wordsOf.get(o);
            if (o == r || words.isEmpty() || !namedOrGap.contains(o)) {
                continue;
            }
            int p = words.indexOf(n);
            if (p < 0 || !isNameOf.get(o).get(p)) {
                return false;
            }
            int q = p + side;
            if (q >= 0 && q < words.size() && isNameOf.get(o).get(q) && joinedOf.get(o).get(Math.max(p, q))) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
