package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.facts.Attributions.Attribution;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;

/**
 * A named speaker quoted saying one thing in some copies and another in the others, where no copy has both quotes
 * and none was cut before the other's: the copies chose different quotes ("nervous moments of my life" / "I don't
 * care how it went in"). One QUOTE item, medium: both may be true, but a reader repeats a different quote.
 */
final class SpeakerQuotes {

    static final double SCORE = 6.0;
    /** A quote's reading shows its first words, at most this many characters. */
    static final int MAX_CHARS = 60;
    /** Two quotes sharing more than this share of their opening words are one quote. */
    static final double SAME_WORDS = 0.3;

    private final List<Document> docs;
    private final List<Map<Integer, List<Attribution>>> credits;
    private final SentenceCoverage cov;
    private final BiFunction<Integer, Integer, int[]> statement;

    /**
     * @param credits   per copy, the credits of each sentence
     * @param statement per (copy, sentence), the sentence of each copy telling the same statement (-1 when none)
     */
    SpeakerQuotes(List<Document> docs, List<Map<Integer, List<Attribution>>> credits, SentenceCoverage cov,
                  BiFunction<Integer, Integer, int[]> statement) {
        this.docs = docs;
        this.credits = credits;
        this.cov = cov;
        this.statement = statement;
    }

    /** The item for the quote credited by a, when another copy quotes its speaker on something else; else null. */
    Ranked differing(Attribution a) {
        int d = a.copy();
        if (!a.named() || a.anonymous() || quote(d, a.sentence()) == null || quoted(d, a) != 1) {
            return null;
        }
        int[] told = statement.apply(d, a.sentence());
        for (int o = 0; o < docs.size(); o++) {
            if (told[o] >= 0 || cov.endedBefore(d, a.sentence(), o) || quoted(o, a) != 1) {
                continue;
            }
            for (Map.Entry<Integer, List<Attribution>> e : credits.get(o).entrySet()) {
                int t = e.getKey();
                boolean same = e.getValue().stream().anyMatch(b -> b.named() && !b.anonymous() && b.sharesSpeaker(a));
                if (!same || quote(o, t) == null || cov.endedBefore(o, t, d)) {
                    continue;
                }
                int[] other = statement.apply(o, t);
                if (other[d] < 0 && !sameWords(quote(d, a.sentence()), quote(o, t))) {
                    Ranked r = item(told, other);
                    if (r != null) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    private Ranked item(int[] one, int[] other) {
        List<CopySpan> first = new ArrayList<>();
        List<CopySpan> second = new ArrayList<>();
        for (int x = 0; x < docs.size(); x++) {
            if (one[x] >= 0 && other[x] >= 0) {
                return null; // a copy with both quotes: the others lack one, they did not choose another
            }
            CopySpan q = one[x] >= 0 ? quote(x, one[x]) : other[x] >= 0 ? quote(x, other[x]) : null;
            if (q != null) {
                (one[x] >= 0 ? first : second).add(q);
            }
        }
        if (first.isEmpty() || second.isEmpty()) {
            return null;
        }
        List<ReadingGroup> groups = new ArrayList<>(List.of(ReadingGroup.told(first, docs),
                ReadingGroup.told(second, docs)));
        groups.sort((x, y) -> Integer.compare(y.count(), x.count()));
        String why = "the same speaker is quoted saying something else: " + groups.get(0).text() + " / "
                + groups.get(1).text();
        return Ranked.of(groups, new Judgement(Kind.QUOTE, Severity.MEDIUM, why, SCORE));
    }

    /** True when two quotes share most of their opening words: the same quote, credited in another sentence. */
    private boolean sameWords(CopySpan x, CopySpan y) {
        Set<String> a = SentenceCoverage.contentStems(docs.get(x.copy()), x.from(), x.to());
        Set<String> b = SentenceCoverage.contentStems(docs.get(y.copy()), y.from(), y.to());
        long shared = a.stream().filter(b::contains).count();
        return shared > SAME_WORDS * Math.min(a.size(), b.size());
    }

    /**
     * How many sentences of copy x quote a's speaker, or someone named by a pronoun who may be them. Only a speaker
     * quoted once in each copy is compared: a speaker quoted at length says many things, and copies that keep
     * different ones of them lack the rest.
     */
    private int quoted(int x, Attribution a) {
        int n = 0;
        for (Map.Entry<Integer, List<Attribution>> e : credits.get(x).entrySet()) {
            boolean same = e.getValue().stream().anyMatch(b -> b.anonymous() || b.named() && b.sharesSpeaker(a));
            n += same && quote(x, e.getKey()) != null ? 1 : 0;
        }
        return n;
    }

    /**
     * The opening words of the quote sentence s of copy d holds (from where the quote opens, in this sentence or an
     * earlier one of its paragraph), or null when it quotes nothing.
     */
    private CopySpan quote(int d, int s) {
        Document doc = docs.get(d);
        if (doc.sentenceEnd(s) <= doc.sentenceStart(s)) {
            return null;
        }
        int from = -1;
        int to = -1;
        for (int w = doc.sentenceStart(s); w < doc.sentenceEnd(s); w++) {
            if (doc.quoted(w)) {
                from = from < 0 ? w : from;
                to = w + 1;
            } else if (from >= 0) {
                break;
            }
        }
        if (from < 0) {
            return null;
        }
        while (from > 0 && doc.quoted(from - 1) && doc.paragraphOf(from - 1) == doc.paragraphOf(from)) {
            from--; // the quote began in a sentence before: show its opening words
        }
        to = Math.max(to, from + 1);
        while (to > from + 1 && doc.charEnd(to) - doc.charStart(from) > MAX_CHARS) {
            to--;
        }
        return new CopySpan(d, from, to, doc.charStart(from), doc.charEnd(to));
    }
}
