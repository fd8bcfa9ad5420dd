package org.wirecheck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Stems;

/**
 * How much of each sentence of a copy another copy tells anywhere, whatever its order or wording: the share of the
 * sentence's content words (stemmed, weighted by how rare they are among all the copies' sentences) found in the
 * other copy's best run of adjacent sentences (one more than the sentences measured). A short sentence is measured
 * with its paragraph neighbours. A sentence another copy covers poorly is content that copy lacks; one it covers
 * well was kept, even when rewritten, split, merged or moved.
 */
public final class SentenceCoverage {

    /** The other copy's best match for a sentence: its coverage (0..1) and its best single sentence (-1 when none). */
    public record Match(double coverage, int sentence) {
    }

    /** A sentence with fewer content words than this is measured with its paragraph neighbours. */
    public static final int UNIT_WORDS = 10;

    private final List<Document> docs;
    private final List<List<Set<String>>> stems = new ArrayList<>();
    private final List<Map<String, List<Integer>>> index = new ArrayList<>();
    private final StemIndex stemIndex;
    /** best[copy][sentence][other]. */
    private final Match[][][] best;
    /** alone[copy][sentence][other], filled when asked ({@link #alone}). */
    private final Match[][][] alone;
    /** lastTold[d][o]: copy d's last sentence that copy o reaches (endedBefore), -1 when none, UNKNOWN until asked. */
    private final int[][] lastTold;
    /** For {@link #alone}, which is asked from one thread at a time. */
    private final StemIndex.Scratch aloneScratch;
    private static final int UNKNOWN = -2;
    /** A copy covering this much of a sentence tells it (it may be reworded, moved or split). */
    public static final double TOLD = 0.45;
    /** A copy with this many content words of story after the last sentence it shares with another goes on. */
    static final int GOES_ON = 12;

    /** {@code skip} tells the sentences that are not story (furniture): they are neither measured nor matched. */
    public SentenceCoverage(List<Document> docs, BiPredicate<Integer, Integer> skip) {
        this.docs = docs;
        Map<String, Integer> sentencesWith = new HashMap<>();
        int sentences = 0;
        for (int d = 0; d < docs.size(); d++) {
            Document doc = docs.get(d);
            List<Set<String>> perSentence = new ArrayList<>();
            Map<String, List<Integer>> where = new HashMap<>();
            for (int s = 0; s < doc.sentenceCount(); s++) {
                Set<String> set = skip.test(d, s) ? Set.of() : contentStems(doc, s);
                perSentence.add(set);
                for (String k : set) {
                    sentencesWith.merge(k, 1, Integer::sum);
                    where.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
                }
                sentences += set.isEmpty() ? 0 : 1;
            }
            stems.add(perSentence);
            index.add(where);
        }
        int total = Math.max(1, sentences);
        Map<String, Double> weight = new HashMap<>();
        sentencesWith.forEach((k, n) -> weight.put(k, Math.log(1 + (double) total / n)));
        stemIndex = new StemIndex(index, weight);
        lastTold = new int[docs.size()][docs.size()];
        for (int[] row : lastTold) {
            java.util.Arrays.fill(row, UNKNOWN);
        }
        best = new Match[docs.size()][][];
        alone = new Match[docs.size()][][];
        int longest = docs.stream().mapToInt(Document::sentenceCount).max().orElse(0);
        // each copy's row is its own: the copies are measured in parallel, each with scratch space of its own
        IntStream.range(0, docs.size()).parallel().forEach(d -> {
            StemIndex.Scratch scratch = new StemIndex.Scratch(longest);
            best[d] = new Match[docs.get(d).sentenceCount()][];
            alone[d] = new Match[docs.get(d).sentenceCount()][];
            for (int s = 0; s < best[d].length; s++) {
                best[d][s] = new Match[docs.size()];
                int[] unit = unit(d, s);
                Set<String> words = new LinkedHashSet<>();
                for (int u = unit[0]; u < unit[1]; u++) {
                    words.addAll(stems.get(d).get(u));
                }
                int[] ids = stems.get(d).get(s).isEmpty() ? new int[0] : stemIndex.ids(words);
                for (int o = 0; o < docs.size(); o++) {
                    best[d][s][o] = o == d ? new Match(1, s) : stemIndex.match(ids, o, unit[1] - unit[0] + 1, scratch);
                }
            }
        });
        aloneScratch = new StemIndex.Scratch(longest);
    }

    /**
     * The sentences measured together with sentence s, as {from, to}: s alone when it has enough content words,
     * else with its neighbours in the same paragraph ("I love it." is judged with the quote around it).
     */
    private int[] unit(int d, int s) {
        Document doc = docs.get(d);
        List<Set<String>> own = stems.get(d);
        int from = s;
        int to = s + 1;
        int words = own.get(s).size();
        while (words < UNIT_WORDS) {
            boolean grew = false;
            if (to < own.size() && sameParagraph(doc, s, to)) {
                words += own.get(to).size();
                to++;
                grew = true;
            }
            if (words < UNIT_WORDS && from > 0 && sameParagraph(doc, s, from - 1)) {
                from--;
                words += own.get(from).size();
                grew = true;
            }
            if (!grew) {
                break;
            }
        }
        return new int[] {from, to};
    }

    private static boolean sameParagraph(Document doc, int s, int t) {
        return doc.sentenceEnd(t) > doc.sentenceStart(t) && doc.sentenceEnd(s) > doc.sentenceStart(s)
                && doc.paragraphOf(doc.sentenceStart(s)) == doc.paragraphOf(doc.sentenceStart(t));
    }

    private static Set<String> contentStems(Document doc, int s) {
        return contentStems(doc, doc.sentenceStart(s), doc.sentenceEnd(s));
    }

    /** The stems of the content words (no stopwords) among words [from, to) of a copy. */
    public static Set<String> contentStems(Document doc, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            String k = doc.word(i).key();
            if (k.length() > 1 && !Lexicon.isStopword(k)) {
                out.add(Stems.of(k));
            }
        }
        return out;
    }

    /**
     * Copy {@code other}'s best match for sentence s of copy d measured alone (without the neighbours a short sentence
     * is measured with), in its best run of two sentences; computed once per sentence and copy. {@code other} is
     * another copy than d.
     */
    public Match alone(int d, int s, int other) {
        Match[] row = alone[d][s];
        if (row == null) {
            row = new Match[docs.size()];
            alone[d][s] = row;
        }
        if (row[other] == null) {
            row[other] = stemIndex.match(stemIndex.ids(stems.get(d).get(s)), other, 2, aloneScratch);
        }
        return row[other];
    }

    /** Copy {@code other}'s best match for sentence {@code sentence} of {@code copy}. */
    public Match best(int copy, int sentence, int other) {
        return best[copy][sentence][other];
    }

    /** The story sentences of a copy that hold a content stem ({@link #contentStems}), ascending; none when none. */
    public List<Integer> sentencesWith(int copy, String stem) {
        return index.get(copy).getOrDefault(stem, List.of());
    }

    /** How many content words (distinct stems) a sentence has; 0 for furniture. */
    public int contentWords(int copy, int sentence) {
        return stems.get(copy).get(sentence).size();
    }

    /** True when copy {@code other} tells sentence s of copy d (covers at least {@link #TOLD} of it). */
    public boolean tells(int d, int s, int other) {
        return contentWords(d, s) > 0 && best[d][s][other].coverage() >= TOLD;
    }

    /**
     * True when copy {@code other} has ended (or its page was cut) by sentence s of copy d, so that it does not lack
     * what comes later: it goes on no further than s (it tells none of d's later sentences, and d tells none of its
     * sentences after s) and it has little story of its own after the last sentence it shares with d. A copy that
     * goes on with other sentences (a later version that rewrote the rest) has not ended; it lacks the rest.
     */
    public boolean endedBefore(int d, int s, int other) {
        if (lastTold[d][other] == UNKNOWN) {
            int last = -1;
            int lastOwn = -1;
            for (int t = 0; t < best[d].length; t++) {
                if (tells(d, t, other)) {
                    last = t;
                    lastOwn = Math.max(lastOwn, best[d][t][other].sentence());
                }
            }
            for (int t = 0; t < best[other].length; t++) {
                if (tells(other, t, d)) {
                    last = Math.max(last, best[other][t][d].sentence());
                    lastOwn = t;
                }
            }
            int after = 0;
            for (int t = lastOwn + 1; t < best[other].length; t++) {
                after += contentWords(other, t);
            }
            lastTold[d][other] = after >= GOES_ON ? Integer.MAX_VALUE : last;
        }
        return lastTold[d][other] <= s;
    }
}
