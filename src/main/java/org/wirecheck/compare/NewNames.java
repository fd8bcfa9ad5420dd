package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Stems;

/**
 * A person some copies name in a sentence that the other copies tell in their own words without the name ("When
 * Kevin de Bruyne was tripped by Antonee Robinson…" / "…until Kevin De Bruyne was brought down"). The aligner cannot
 * pair such sentences, and as a whole they are not the same passage; what they share is the people they name. A
 * sentence of another copy is the same moment when it names at least two of the same people or things as the
 * naming sentence; the item shows the name with the words that lead to it, and in each such copy a gap after the
 * words both sentences share before it. A name the aligned readings already report is not reported again.
 */
final class NewNames {

    /** Least number of other names a sentence must share with the naming one to tell the same moment. */
    static final int SHARED_NAMES = 2;
    /** A name told in at most this many sentences of a copy marks a moment; the story's main actors do not. */
    static final int RARE_SENTENCES = 2;
    /** A name of at least this many words (a person's first and last name, an institution): a single capitalised word
     * may be an adjective ("Ukrainian") or an abbreviation. */
    static final int FULL_NAME_WORDS = 2;
    /** At most this many words before the name join its reading ("tripped by"). */
    private static final int LEAD_WORDS = 3;
    static final double SCORE = 6.0;

    private final List<Document> docs;
    private final StoryContext ctx;
    private final SentenceCoverage cov;
    /** For each word key asked about, the copies whose story uses it ({@link SentenceCoverage#sentencesWith}). */
    private final Map<String, Set<Integer>> usedBy = new HashMap<>();

    NewNames(List<Document> docs, StoryContext ctx, SentenceCoverage cov) {
        this.docs = docs;
        this.ctx = ctx;
        this.cov = cov;
    }

    /** The story sentences of copy o that use the word key. */
    private List<Integer> sentencesUsing(int o, String key) {
        return cov.sentencesWith(o, Stems.of(key));
    }

    /** The copies whose story uses the word key. */
    private Set<Integer> usedBy(String key) {
        return usedBy.computeIfAbsent(key, k -> {
            Set<Integer> out = new HashSet<>();
            for (int o = 0; o < docs.size(); o++) {
                if (!sentencesUsing(o, k).isEmpty()) {
                    out.add(o);
                }
            }
            return out;
        });
    }

    /** One ADDITION item per name that some copies give where others tell the same moment without it. */
    List<Ranked> find(List<Ranked> existing) {
        List<Ranked> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int d = 0; d < docs.size(); d++) {
            Document doc = docs.get(d);
            int w = 0;
            while (w < doc.size()) {
                if (!newName(d, w)) {
                    w++;
                    continue;
                }
                int end = w + 1;
                while (end < doc.size() && !doc.startsSentence(end) && newName(d, end)) {
                    end++;
                }
                String key = doc.slice(w, end).toLowerCase(java.util.Locale.ROOT);
                boolean full = end - w >= FULL_NAME_WORDS;
                if (full && !seen.contains(key) && ctx.storySentence(d, doc.sentenceOf(w)) && !ctx.inHeadline(d, w)
                        && !reported(d, w, end, existing)) {
                    Ranked r = item(d, w, end);
                    if (r != null) { // once per name; a use that makes no item leaves the next one its chance
                        out.add(r);
                        seen.add(key);
                    }
                }
                w = end;
            }
        }
        return out;
    }

    /** True when word w of copy d is a proper noun, no place, that at most a third of the copies use. */
    private boolean newName(int d, int w) {
        String key = docs.get(d).word(w).key();
        return ctx.properNoun(docs.get(d), w) && !ctx.placeLike(key) && !Lexicon.isStopword(key)
                && usedBy(key).size() * 3 <= docs.size();
    }

    /** True when an item that is no passage already has a reading over words [from, to) of copy d. */
    private static boolean reported(int d, int from, int to, List<Ranked> existing) {
        for (Ranked r : existing) {
            if (r.variant().shape() == Variant.Shape.PASSAGE) {
                continue;
            }
            for (CopySpan s : r.variant().spans()) {
                if (s.copy() == d && !s.isEmpty() && s.from() < to && from < s.to()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The item for the name at words [from, to) of copy d, or null when no other copy tells its moment. */
    private Ranked item(int d, int from, int to) {
        Document doc = docs.get(d);
        int sentence = doc.sentenceOf(from);
        Set<String> names = otherNames(d, sentence, from, to);
        Set<Integer> namers = usedBy(doc.word(from).key());
        List<CopySpan> gaps = new ArrayList<>();
        int lead = Math.max(doc.sentenceStart(sentence), from - LEAD_WORDS);
        for (int o = 0; o < docs.size(); o++) {
            if (namers.contains(o)) {
                continue;
            }
            int t = sameMoment(o, d, names);
            if (t >= 0 && t == cov.best(d, sentence, o).sentence() && sharesAWord(d, sentence, o, t, from, to)) {
                int[] gap = gapIn(o, t, d, from);
                gaps.add(new CopySpan(o, gap[0], gap[0], gap[1], gap[1]));
                lead = Math.max(lead, gap[2]); // the words both tell before the name are not its reading
            }
        }
        if (gaps.isEmpty()) {
            return null;
        }
        List<CopySpan> told = new ArrayList<>();
        told.add(new CopySpan(d, lead, to, doc.charStart(lead), doc.charEnd(to)));
        for (int n : namers) { // the other copies that give the name: their first use of it
            CopySpan use = n == d ? null : firstUse(n, doc, from, to);
            if (use != null) {
                told.add(use);
            }
        }
        ReadingGroup named = ReadingGroup.told(told, docs);
        ReadingGroup without = new ReadingGroup("", "", gaps);
        String name = doc.slice(from, to);
        String why = "a name only " + (namers.size() == 1 ? "one copy gives" : namers.size() + " copies give")
                + ", where the others tell the same moment without it: " + name;
        return Ranked.of(List.of(without, named), new Judgement(Kind.ADDITION, Severity.MEDIUM, why, SCORE));
    }

    /** Copy n's first use of the name at words [from, to) of doc, as a span; null when n does not use it whole. */
    private CopySpan firstUse(int n, Document doc, int from, int to) {
        Document other = docs.get(n);
        int length = to - from;
        for (int w = 0; w + length <= other.size(); w++) {
            boolean same = true;
            for (int i = 0; i < length && same; i++) {
                same = other.word(w + i).key().equals(doc.word(from + i).key());
            }
            if (same) {
                return new CopySpan(n, w, w + length, other.charStart(w), other.charEnd(w + length));
            }
        }
        return null;
    }

    /**
     * True when sentence t of copy o shares a content word that is no name with sentence s of copy d (the name at
     * words [from, to) left out): the same moment ("penalty"), not only the same people.
     */
    private boolean sharesAWord(int d, int s, int o, int t, int from, int to) {
        Document doc = docs.get(d);
        Document other = docs.get(o);
        Set<String> names = new HashSet<>();
        for (int w = doc.sentenceStart(s); w < doc.sentenceEnd(s); w++) {
            if (ctx.properNoun(doc, w) || w >= from && w < to) {
                names.add(Stems.of(doc.word(w).key()));
            }
        }
        Set<String> mine = new HashSet<>(SentenceCoverage.contentStems(doc, doc.sentenceStart(s), doc.sentenceEnd(s)));
        mine.removeAll(names);
        mine.retainAll(SentenceCoverage.contentStems(other, other.sentenceStart(t), other.sentenceEnd(t)));
        return !mine.isEmpty();
    }

    /**
     * The keys of the other proper nouns of sentence s of copy d that most copies use, titles and dates left out: what
     * the moment is about.
     */
    private Set<String> otherNames(int d, int s, int from, int to) {
        Document doc = docs.get(d);
        Set<String> out = new LinkedHashSet<>();
        for (int w = doc.sentenceStart(s); w < doc.sentenceEnd(s); w++) {
            String key = doc.word(w).key();
            if ((w < from || w >= to) && ctx.properNoun(doc, w) && !Lexicon.isStopword(key)
                    && !Lexicon.isDateWord(key) && !Lexicon.TITLES.contains(key)
                    && usedBy(key).size() * 2 >= docs.size()) {
                out.add(key);
            }
        }
        return out;
    }

    /**
     * The sentence of copy o that names the most of {@code names} (counted as names: the words of one name stand
     * together), at least {@link #SHARED_NAMES}, one of them a name that both o and d tell in few sentences (at most
     * {@link #RARE_SENTENCES}: a moment, not the story's main actor); else -1.
     */
    private int sameMoment(int o, int d, Set<String> names) {
        Document doc = docs.get(o);
        int best = -1;
        int most = SHARED_NAMES - 1;
        TreeSet<Integer> candidates = new TreeSet<>(); // the sentences naming one of them
        names.forEach(k -> candidates.addAll(sentencesUsing(o, k)));
        for (int s : candidates) {
            if (!ctx.storySentence(o, s)) {
                continue;
            }
            int phrases = 0;
            boolean rare = false;
            Set<String> found = new HashSet<>();
            for (int w = doc.sentenceStart(s); w < doc.sentenceEnd(s); w++) {
                String key = doc.word(w).key();
                boolean continues = w > doc.sentenceStart(s) && names.contains(doc.word(w - 1).key());
                if (names.contains(key) && found.add(key) && !continues) {
                    phrases++; // "Kevin De Bruyne" is one name, "Haaland" another
                }
                rare |= names.contains(key) && sentencesUsing(o, key).size() <= RARE_SENTENCES
                        && sentencesUsing(d, key).size() <= RARE_SENTENCES;
            }
            if (rare && phrases > most) {
                most = phrases;
                best = s;
            }
        }
        return best;
    }

    /** The last word before the name, in its sentence, that is a name most copies use; -1 when none. */
    private int anchorBefore(int d, int from) {
        Document doc = docs.get(d);
        for (int w = from - 1; w >= doc.sentenceStart(doc.sentenceOf(from)); w--) {
            String key = doc.word(w).key();
            if (ctx.properNoun(doc, w) && usedBy(key).size() * 2 >= docs.size()) {
                return w;
            }
        }
        return -1;
    }

    /**
     * The gap in sentence t of copy o, as {word, character offset, first word of copy d's sentence after the words
     * both share}: after o's use of the name before the new one in d's sentence and after the words that follow it in
     * both ("De Bruyne was‸ brought down"); at the sentence's start when o does not use that name there.
     */
    private int[] gapIn(int o, int t, int d, int from) {
        Document other = docs.get(o);
        Document doc = docs.get(d);
        int anchor = anchorBefore(d, from);
        int at = -1;
        for (int w = other.sentenceStart(t); w < other.sentenceEnd(t) && at < 0 && anchor >= 0; w++) {
            if (other.word(w).key().equals(doc.word(anchor).key())) {
                at = w;
            }
        }
        if (at < 0) {
            int w = other.sentenceStart(t);
            return new int[] {w, other.word(w).start(), doc.sentenceStart(doc.sentenceOf(from))};
        }
        int a = anchor + 1;
        int b = at + 1;
        while (a < from && b < other.sentenceEnd(t) && doc.word(a).key().equals(other.word(b).key())) {
            a++;
            b++;
        }
        return new int[] {b, other.word(b - 1).end(), a};
    }
}
