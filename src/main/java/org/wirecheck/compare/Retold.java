package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Stems;

/**
 * A passage that some copies tell and others lack, whose words the copies without it nearly all use elsewhere, is
 * told by them in other words (a rewritten lede, a sentence split or merged): it adds no fact of its own. Such an
 * item becomes low WORDING, so that passages carrying something new (a name, a figure, a quote) rank above it.
 */
final class Retold {

    /** A passage shorter than this many content words is left as it is: too few words to judge. */
    static final int MIN_WORDS = 8;
    /** Less than this share of a passage's content words may be missing from the copies without it. */
    static final double NEW_SHARE = 0.2;

    private final List<Document> docs;
    private final SentenceCoverage cov;

    private Retold(List<Document> docs, SentenceCoverage cov) {
        this.docs = docs;
        this.cov = cov;
    }

    /** {@code ranked} with every medium passage item that the copies lacking it tell in other words made low. */
    static List<Ranked> lowered(List<Ranked> ranked, List<Document> docs, SentenceCoverage cov) {
        Retold retold = new Retold(docs, cov);
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Judgement j = r.judgement();
            double share = PassageChecks.foldable(r) ? retold.newShare(r.groups()) : 1;
            if (share < NEW_SHARE) {
                out.add(new Ranked(r.variant(), r.groups(), new Judgement(Kind.WORDING, Severity.LOW,
                        "passage the other copies tell in other words: " + Math.round(100 * (1 - share))
                                + "% of its words are in them", j.score())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The share of the first telling's content words (stemmed, no stop words) that some copy lacking the passage
     * does not use within a few adjacent sentences (its best such run, two sentences longer than the passage): the
     * words must be told together, not scattered over a long copy. 1 when the passage has too few content words to
     * judge or no copy lacks it.
     */
    private double newShare(List<ReadingGroup> groups) {
        CopySpan told = null;
        Set<Integer> lacking = new HashSet<>();
        for (ReadingGroup g : groups) {
            for (CopySpan s : g.spans()) {
                if (s.isEmpty()) {
                    lacking.add(s.copy());
                } else if (told == null) {
                    told = s;
                }
            }
        }
        if (told == null || lacking.isEmpty()) {
            return 1;
        }
        Document d = docs.get(told.copy());
        Set<String> negations = negations(d, told.from(), told.to());
        Set<String> content = new HashSet<>(SentenceCoverage.contentStems(d, told.from(), told.to()));
        content.removeAll(negations);
        if (content.size() < MIN_WORDS) {
            return 1;
        }
        int span = d.sentenceOf(told.to() - 1) - d.sentenceOf(told.from()) + 1 + 2;
        int found = content.size();
        int needed = content.size() - (int) Math.ceil(NEW_SHARE * content.size()) + 1; // fewer new words than the share
        for (int o : lacking) {
            if (content.stream().filter(k -> !cov.sentencesWith(o, k).isEmpty()).count() < needed) {
                return 1; // the copy does not use enough of the words anywhere: no run can tell it
            }
            int[] run = bestRun(o, content, span);
            if (run[0] < needed) {
                return 1;
            }
            if (!negations.isEmpty() && !negations.stream().allMatch(n -> within(o, n, run[1], span))) {
                return 1; // "will not handle 480 ships": a denial the others do not tell there is news
            }
            found = Math.min(found, run[0]);
        }
        return (double) (content.size() - found) / content.size();
    }

    /**
     * The most of {@code words} that {@code span} adjacent sentences of copy o use, and the first of those sentences:
     * the sentences holding each word come from the copy's index, and a window slides over them, so a long copy
     * costs what the words occur.
     */
    private int[] bestRun(int o, Set<String> words, int span) {
        List<int[]> hits = new ArrayList<>(); // {sentence, word number}
        List<String> list = new ArrayList<>(words);
        for (int i = 0; i < list.size(); i++) {
            for (int sentence : cov.sentencesWith(o, list.get(i))) {
                hits.add(new int[] {sentence, i});
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] inWindow = new int[list.size()];
        int distinct = 0;
        int best = 0;
        int bestFrom = 0;
        int left = 0;
        for (int[] hit : hits) {
            if (inWindow[hit[1]]++ == 0) {
                distinct++;
            }
            while (hits.get(left)[0] <= hit[0] - span) {
                if (--inWindow[hits.get(left)[1]] == 0) {
                    distinct--;
                }
                left++;
            }
            if (distinct > best) {
                best = distinct;
                bestFrom = hit[0] - span + 1;
            }
        }
        return new int[] {best, bestFrom};
    }

    /** True when copy o uses {@code stem} in one of the {@code span} sentences from sentence {@code from} on. */
    private boolean within(int o, String stem, int from, int span) {
        Document d = docs.get(o);
        int first = Math.max(0, from);
        int to = Math.min(d.sentenceCount(), from + span);
        return first < to && negations(d, d.sentenceStart(first), d.sentenceEnd(to - 1)).contains(stem);
    }

    /** The stems of the words of denial among words [from, to) of a copy. */
    private static Set<String> negations(Document d, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int w = from; w < to; w++) {
            if (Lexicon.isNegation(d.word(w).key())) {
                out.add(Stems.of(d.word(w).key()));
            }
        }
        return out;
    }
}
