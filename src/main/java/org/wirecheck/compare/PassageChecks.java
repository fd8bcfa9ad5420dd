package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.GapPoints;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;

/**
 * Passages some copies tell and others do not, found by content rather than by alignment ({@link SentenceCoverage}):
 * a run of sentences of one copy that some other copies cover poorly anywhere is one OMISSION (most copies carry it)
 * or ADDITION (a minority does) item naming every copy that carries it and every copy that lacks it, once for all
 * copies. A passage is a paragraph, or a paragraph and the quotation that goes on from it. A copy that ends before
 * the passage does not lack it (that is "copy ends early"); one the first carrier takes for ended but most other
 * carriers see lacking it lacks it. Aligned passage items and the found one that report the same passage are folded
 * into one ({@link PassageFold}); aligned word-level omissions or additions a passage item covers go.
 */
final class PassageChecks {

    /** A copy whose best match covers less of a sentence than this lacks that sentence. */
    static final double ABSENT = 0.35;
    /** A passage needs at least this many content words to be of substance. */
    static final int MIN_WORDS = 6;
    static final double SCORE = 4.8;
    /** A short sentence with at least this many content words can be lacked on its own. */
    static final int SHORT_WORDS = 5;
    /** A copy covering less of a short sentence alone than this lacks it. */
    static final double SHORT_ABSENT = 0.2;

    private final List<Document> docs;
    private final SentenceCoverage cov;
    private final CutCopies cut;
    private final MixedPassages mixed;
    /** Sentences already reported as part of a passage, per copy: a passage is found once, from any copy. */
    private final boolean[][] claimed;
    /** lacking.get(d).get(s): the copies that lack sentence s of copy d. */
    private final List<List<Set<Integer>>> lacking = new ArrayList<>();

    private PassageChecks(List<Document> docs, StoryContext ctx, SentenceCoverage cov, Set<Integer> endEarly) {
        this.docs = docs;
        this.cov = cov;
        this.cut = new CutCopies(docs, cov, endEarly);
        this.mixed = new MixedPassages(docs, cov, ctx);
        this.claimed = new boolean[docs.size()][];
        for (int d = 0; d < docs.size(); d++) {
            claimed[d] = new boolean[docs.get(d).sentenceCount()];
        }
        for (int d = 0; d < docs.size(); d++) {
            List<Set<Integer>> perSentence = new ArrayList<>();
            for (int s = 0; s < claimed[d].length; s++) {
                perSentence.add(computeLacking(d, s));
            }
            lacking.add(perSentence);
        }
    }

    /** How much of each story sentence the other copies tell; furniture is left out. */
    static SentenceCoverage coverage(List<Document> docs, StoryContext ctx) {
        return new SentenceCoverage(docs, (d, s) -> !ctx.storySentence(d, s));
    }

    /** {@code existing} with the passages found by content added and the aligned items they replace removed. */
    static List<Ranked> withPassages(List<Document> docs, StoryContext ctx, SentenceCoverage cov,
                                     List<Ranked> existing) {
        Set<Integer> endEarly = new TreeSet<>();
        for (Ranked r : existing) {
            if (r.variant().shape() == Variant.Shape.TRUNCATION) {
                r.variant().spans().stream().filter(CopySpan::isEmpty).forEach(x -> endEarly.add(x.copy()));
            }
        }
        return new PassageChecks(docs, ctx, cov, endEarly).merge(existing);
    }

    private List<Ranked> merge(List<Ranked> existing) {
        List<Ranked> found = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Document doc = docs.get(d);
            int s = 0;
            while (s < doc.sentenceCount()) {
                Set<Integer> lackers = lacking.get(d).get(s);
                if (lackers.isEmpty() || claimed[d][s]) {
                    s++;
                    continue;
                }
                int end = s + 1;
                int first = cov.contentWords(d, s);
                int words = first;
                int[] lackedWords = new int[docs.size()];
                lackers.forEach(o -> lackedWords[o] += first);
                boolean midParagraph = !doc.startsParagraph(doc.sentenceStart(s));
                while (end < doc.sentenceCount() && !claimed[d][end]) {
                    int head = doc.sentenceStart(end);
                    if (doc.startsParagraph(head) && (midParagraph || !doc.quoted(head))) {
                        // a passage is a paragraph, or a paragraph and the quotation that goes on from it; the tail
                        // of one paragraph and the paragraphs after it are two things left out
                        break;
                    }
                    Set<Integer> next = lacking.get(d).get(end);
                    if (cov.contentWords(d, end) > 0 && (!similar(lackers, next)
                            || doc.startsParagraph(head) && !lackers.containsAll(next))) {
                        // a quotation goes on in the next paragraph: a copy that lacks only that paragraph lacks
                        // a passage of its own
                        break;
                    }
                    int w = cov.contentWords(d, end);
                    next.forEach(o -> lackedWords[o] += w);
                    words += w;
                    end++;
                }
                while (end > s + 1 && cov.contentWords(d, end - 1) == 0) {
                    end--;
                }
                Set<Integer> passageLackers = new TreeSet<>();
                for (int o = 0; o < docs.size(); o++) {
                    if (lackedWords[o] * 2 >= words) {
                        passageLackers.add(o);
                    }
                }
                if (words >= MIN_WORDS && !passageLackers.isEmpty()) {
                    Ranked item = item(d, s, end, passageLackers);
                    if (item != null) {
                        found.add(item);
                    }
                }
                s = end;
            }
        }
        // a passage that a found one shows wrong about a copy goes; the aligned passages and the found ones that
        // report the same passage become one item; an aligned omission or addition inside rewritten sentences gives
        // way to the passage found by content
        List<Ranked> uncutFound = found.stream().map(cut::withoutCutEnds).filter(Objects::nonNull).toList();
        DeniedPassages denied = new DeniedPassages(docs, uncutFound);
        List<Ranked> kept = denied.amongFound();
        List<Ranked> passages = new ArrayList<>(kept);
        List<Ranked> rest = new ArrayList<>();
        for (Ranked r : existing) {
            if (!foldable(r)) {
                rest.add(r);
                continue;
            }
            for (Ranked part : mixed.split(r)) {
                Ranked uncut = cut.withoutCutEnds(part);
                if (uncut != null && !denied.byAny(uncut)) {
                    passages.add(uncut);
                }
            }
        }
        List<Ranked> folded = PassageFold.fold(passages, kept.size(), docs);
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : rest) {
            if (r.variant().shape() == Variant.Shape.PASSAGE || folded.stream().noneMatch(f -> covers(f, r))) {
                out.add(r);
            }
        }
        out.addAll(folded);
        return out;
    }

    /** A medium passage item some copies lack or add (not a copy that ends early). */
    static boolean foldable(Ranked r) {
        Kind k = r.judgement().kind();
        return r.variant().shape() == Variant.Shape.PASSAGE && (k == Kind.OMISSION || k == Kind.ADDITION)
                && r.judgement().severity() == Severity.MEDIUM;
    }

    /** True when two sentences are lacked by mostly the same copies: they belong to one passage. */
    private static boolean similar(Set<Integer> a, Set<Integer> b) {
        long shared = a.stream().filter(b::contains).count();
        return shared > 0 && shared * 2 >= Math.max(a.size(), b.size());
    }

    /**
     * True when a short sentence measured with its neighbours looks told, but copy o tells next to none of its own
     * words: "City kept attacking with ten men." before a sentence o has.
     */
    private boolean shortAndAbsent(int d, int s, int o) {
        return measuredAlone(d, s) && cov.alone(d, s, o).coverage() < SHORT_ABSENT;
    }

    /**
     * True when copy o ends inside passage [from, to) of copy d, having told (in its sentences {@code run}) less than
     * a quarter of the passage's words.
     */
    private boolean cutShort(int d, int from, int to, int o, int[] run) {
        Document other = docs.get(o);
        int told = other.sentenceEnd(run[1] - 1) - other.sentenceStart(run[0]);
        Document doc = docs.get(d);
        int words = doc.sentenceEnd(to - 1) - doc.sentenceStart(from);
        return told * 4 < words && cov.endedBefore(d, to - 1, o);
    }

    /** True for a short sentence that still says enough to be lacked on its own. */
    private boolean measuredAlone(int d, int s) {
        int words = cov.contentWords(d, s);
        return words >= SHORT_WORDS && words < SentenceCoverage.UNIT_WORDS;
    }

    /** The copies that lack sentence s of copy d (not those that ended before it). */
    private Set<Integer> computeLacking(int d, int s) {
        Set<Integer> out = new TreeSet<>();
        if (cov.contentWords(d, s) == 0) {
            return out;
        }
        for (int o = 0; o < docs.size(); o++) {
            if (o != d && (cov.best(d, s, o).coverage() < ABSENT || shortAndAbsent(d, s, o))
                    && !cov.endedBefore(d, s, o)) {
                out.add(o);
            }
        }
        return out;
    }

    private Ranked item(int d, int from, int to, Set<Integer> lacking) {
        Document doc = docs.get(d);
        List<CopySpan> carriers = new ArrayList<>();
        carriers.add(span(d, from, to));
        List<int[]> runs = new ArrayList<>(); // {copy, first sentence, end}: claimed once the item stands
        for (int o = 0; o < docs.size(); o++) {
            if (o == d || lacking.contains(o) || cov.endedBefore(d, from - 1, o)) { // nothing from `from` on
                continue;
            }
            TreeSet<Integer> matched = new TreeSet<>();
            for (int s = from; s < to; s++) {
                SentenceCoverage.Match m = measuredAlone(d, s) ? cov.alone(d, s, o) : cov.best(d, s, o);
                if (cov.contentWords(d, s) > 0 && m.coverage() >= ABSENT && m.sentence() >= 0) {
                    matched.add(m.sentence());
                }
            }
            // and the other way: o's sentences that tell one of the passage's (a sentence of d measured with its
            // neighbours names only its best single match; o may tell it over several sentences)
            for (int t = 0; t < docs.get(o).sentenceCount(); t++) {
                // a short sentence that copy d tells on its own points at that sentence; measured with its
                // neighbours, it would point at theirs
                SentenceCoverage.Match own = cov.contentWords(o, t) < SentenceCoverage.UNIT_WORDS
                        ? cov.alone(o, t, d) : null;
                int at = (own != null && own.coverage() >= SentenceCoverage.TOLD ? own : cov.best(o, t, d)).sentence();
                if (at >= from && at < to && cov.tells(o, t, d) && !shortAndAbsent(o, t, d)) {
                    matched.add(t);
                }
            }
            int[] run = densestRun(matched);
            if (run != null && cutShort(d, from, to, o, run)) {
                continue; // o tells the passage's start and ends there: a cut copy, neither carrier nor lacking
            }
            if (run != null) {
                carriers.add(span(o, run[0], run[1]));
                runs.add(new int[] {o, run[0], run[1]});
            }
        }
        List<CopySpan> absent = new ArrayList<>();
        for (int o : lacking) {
            if (!cut.endedForClosest(d, carriers, o)) {
                absent.add(pointFor(docs, cov, d, from, o));
            }
        }
        absent.addAll(lackingSeenFromOthers(d, carriers, lacking));
        if (absent.isEmpty()) {
            return null; // every copy said to lack it was cut short before it: its sentences stay free
        }
        runs.add(new int[] {d, from, to});
        for (int[] r : runs) {
            for (int s = r[1]; s < r[2]; s++) {
                claimed[r[0]][s] = true;
            }
        }
        int words = doc.sentenceEnd(to - 1) - doc.sentenceStart(from);
        return passageItem(carriers, absent, words, SCORE + Math.min(1.0, words / 60.0), docs);
    }

    /**
     * {@link #passageItem(List, List, int, double, List)} for a passage as long as its longest telling: an item rebuilt
     * with other carriers or gaps.
     */
    static Ranked passageItem(List<CopySpan> carriers, List<CopySpan> absent, double score, List<Document> docs) {
        int words = carriers.stream().mapToInt(s -> s.to() - s.from()).max().orElse(0);
        return passageItem(carriers, absent, words, score, docs);
    }

    /**
     * One OMISSION (most copies carry it) or ADDITION item for a passage of {@code words} words: the copies that
     * carry it (their readings) and those that lack it (their gaps).
     */
    static Ranked passageItem(List<CopySpan> carriers, List<CopySpan> absent, int words, double score,
                              List<Document> docs) {
        ReadingGroup tells = ReadingGroup.told(carriers, docs);
        List<CopySpan> told = tells.spans();
        ReadingGroup missing = new ReadingGroup("", "", absent);
        boolean most = told.size() > absent.size();
        List<ReadingGroup> groups = most ? List.of(tells, missing) : List.of(missing, tells);
        List<CopySpan> all = new ArrayList<>(told);
        all.addAll(absent);
        String why = most ? "passage of " + words + " words that " + copies(absent.size())
                + (absent.size() == 1 ? " leaves out" : " leave out")
                : "passage of " + words + " words that only " + copies(told.size())
                + (told.size() == 1 ? " carries" : " carry");
        return new Ranked(new Variant(-1, -1, Variant.Shape.PASSAGE, all), groups,
                new Judgement(most ? Kind.OMISSION : Kind.ADDITION, Severity.MEDIUM, why, score));
    }

    /**
     * The copies that copy d takes for ended before its passage but that most of the other carriers see lacking it
     * (copies reorder: a later version that ends with what d tells first has not ended), each with its gap where the
     * first such carrier would have it.
     */
    private List<CopySpan> lackingSeenFromOthers(int d, List<CopySpan> carriers, Set<Integer> lacking) {
        List<CopySpan> out = new ArrayList<>();
        if (carriers.size() < 2) {
            return out;
        }
        for (int o = 0; o < docs.size(); o++) {
            int copy = o;
            if (o == d || lacking.contains(o) || carriers.stream().anyMatch(c -> c.copy() == copy)) {
                continue;
            }
            int votes = 0;
            CopySpan gap = null;
            for (CopySpan c : carriers) {
                Document doc = docs.get(c.copy());
                int a = doc.sentenceOf(c.from());
                int b = doc.sentenceOf(c.to() - 1) + 1;
                if (c.copy() != d && lacks(c.copy(), a, b, o)) {
                    votes++;
                    gap = gap != null ? gap : pointFor(docs, cov, c.copy(), a, o);
                }
            }
            if (gap != null && votes * 2 >= carriers.size() - 1) {
                out.add(gap);
            }
        }
        return out;
    }

    /** True when copy o lacks at least half the content words of sentences [from, to) of copy c. */
    private boolean lacks(int c, int from, int to, int o) {
        int words = 0;
        int lackedWords = 0;
        for (int s = from; s < to; s++) {
            int w = cov.contentWords(c, s);
            words += w;
            lackedWords += lacking.get(c).get(s).contains(o) ? w : 0;
        }
        return words > 0 && lackedWords * 2 >= words;
    }

    /** The longest run of matched sentences with gaps of at most one sentence, as {from, to}; null when none. */
    private static int[] densestRun(TreeSet<Integer> matched) {
        int[] best = null;
        int start = -1;
        int last = Integer.MIN_VALUE / 2;
        int count = 0;
        int bestCount = 0;
        for (int m : matched) {
            if (m > last + 2) {
                start = m;
                count = 0;
            }
            count++;
            last = m;
            if (count > bestCount) {
                bestCount = count;
                best = new int[] {start, m + 1};
            }
        }
        return best;
    }

    private static String copies(int n) {
        return n == 1 ? "one copy" : n + " copies";
    }

    private CopySpan span(int d, int fromSentence, int toSentence) {
        Document doc = docs.get(d);
        int a = doc.sentenceStart(fromSentence);
        int b = doc.sentenceEnd(toSentence - 1);
        return new CopySpan(d, a, b, doc.charStart(a), doc.charEnd(b));
    }

    /**
     * Where copy o would tell the passage that starts at sentence {@code from} of copy d (decision 0026): right after
     * o's match for the sentence before it when o tells that one (after the whole paragraph when the passage opens
     * one); else before the first of o's tellings of the sentences after it ({@link #beforeNext}); else after o's
     * match for the nearest earlier sentence it tells; else at o's start.
     */
    static CopySpan pointFor(List<Document> docs, SentenceCoverage cov, int d, int from, int o) {
        Document other = docs.get(o);
        boolean afterNeighbour = from > 0 && cov.tells(d, from - 1, o) && cov.best(d, from - 1, o).sentence() >= 0;
        CopySpan next = afterNeighbour ? null : beforeNext(docs, cov, d, from, o); // after the neighbour: the loop
        if (next != null) {
            return next;
        }
        for (int s = from - 1; s >= 0; s--) {
            SentenceCoverage.Match m = cov.best(d, s, o);
            if (cov.tells(d, s, o) && m.sentence() >= 0) {
                Document doc = docs.get(d);
                boolean opens = doc.startsParagraph(doc.sentenceStart(from));
                int after = m.sentence();
                while (opens && after + 1 < other.sentenceCount()
                        && !other.startsParagraph(other.sentenceStart(after + 1))) {
                    after++; // a paragraph is not inserted inside another: it goes after the whole paragraph
                }
                int c = GapPoints.before(other, other.sentenceEnd(after), opens);
                int w = other.wordAtOrAfter(c);
                return new CopySpan(o, w, w, c, c);
            }
        }
        int w = other.size() > 0 ? other.word(0).start() : 0;
        return new CopySpan(o, 0, 0, w, w);
    }

    /**
     * Before the first, in o, of o's matches for the sentences after {@code from} that o tells (a copy that reorders
     * the story tells them in another order; the passage comes before them all), or null when o tells none.
     */
    private static CopySpan beforeNext(List<Document> docs, SentenceCoverage cov, int d, int from, int o) {
        Document other = docs.get(o);
        int earliest = -1;
        for (int s = from + 1; s < docs.get(d).sentenceCount(); s++) {
            SentenceCoverage.Match m = cov.best(d, s, o);
            if (cov.tells(d, s, o) && m.sentence() >= 0) {
                // o may tell them in another order: the passage comes before the first of them that o tells
                earliest = earliest < 0 ? m.sentence() : Math.min(earliest, m.sentence());
            }
        }
        if (earliest < 0) {
            return null;
        }
        int w = other.sentenceStart(earliest);
        return new CopySpan(o, w, w, other.word(w).start(), other.word(w).start());
    }

    /**
     * True when aligned item r is an omission or addition that found passage f says too: r's told readings lie in
     * f's, and every copy r says lacks it f says lacks it.
     */
    private static boolean covers(Ranked f, Ranked r) {
        Kind k = r.judgement().kind();
        if (k != Kind.OMISSION && k != Kind.ADDITION || r.judgement().severity() != Severity.MEDIUM
                || r.variant().shape() == Variant.Shape.TRUNCATION) {
            return false;
        }
        boolean any = false;
        for (CopySpan s : r.variant().spans()) {
            boolean said = f.variant().spans().stream().anyMatch(t -> t.copy() == s.copy() && t.isEmpty() == s.isEmpty()
                    && (s.isEmpty() || t.charStart() <= s.charStart() && s.charEnd() <= t.charEnd()));
            if (!said) {
                return false;
            }
            any |= !s.isEmpty();
        }
        return any;
    }
}
