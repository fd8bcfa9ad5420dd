package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.facts.Stems;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

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
    private final Map<Integer, List<Set<String>>> stems = new HashMap<>();

    private Retold(List<Document> docs) {
        this.docs = docs;
    }

    /** {@code ranked} with every medium passage item that the copies lacking it tell in other words made low. */
    static List<Ranked> lowered(List<Ranked> ranked, List<Document> docs) {
        Retold retold = new Retold(docs);
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Judgement j = r.judgement();
            double share = isPassage(r) ? retold.newShare(r.groups()) : 1;
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

    private static boolean isPassage(Ranked r) {
        Kind k = r.judgement().kind();
        return r.variant().shape() == Variant.Shape.PASSAGE && (k == Kind.ADDITION || k == Kind.OMISSION)
                && r.judgement().severity() == Severity.MEDIUM;
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
        Set<String> content = new HashSet<>();
        for (int w = told.from(); w < told.to(); w++) {
            String key = d.word(w).key();
            if (!key.isEmpty() && !Lexicon.isStopword(key) && Character.isLetterOrDigit(key.charAt(0))) {
                content.add(Stems.of(key));
            }
        }
        if (content.size() < MIN_WORDS) {
            return 1;
        }
        int span = d.sentenceOf(told.to() - 1) - d.sentenceOf(told.from()) + 1 + 2;
        int found = content.size();
        for (int o : lacking) {
            found = Math.min(found, bestRun(o, content, span));
        }
        return (double) (content.size() - found) / content.size();
    }

    /** The most of {@code words} that {@code span} adjacent sentences of copy o use. */
    private int bestRun(int o, Set<String> words, int span) {
        List<Set<String>> sentences = stemsOf(o);
        int best = 0;
        for (int from = 0; from < sentences.size(); from++) {
            Set<String> seen = new HashSet<>();
            for (int t = from; t < Math.min(sentences.size(), from + span); t++) {
                for (String w : sentences.get(t)) {
                    if (words.contains(w)) {
                        seen.add(w);
                    }
                }
            }
            best = Math.max(best, seen.size());
        }
        return best;
    }

    /** Copy c's stems, per sentence. */
    private List<Set<String>> stemsOf(int copy) {
        return stems.computeIfAbsent(copy, c -> {
            Document d = docs.get(c);
            List<Set<String>> out = new ArrayList<>();
            for (int t = 0; t < d.sentenceCount(); t++) {
                Set<String> set = new HashSet<>();
                for (int w = d.sentenceStart(t); w < d.sentenceEnd(t); w++) {
                    set.add(Stems.of(d.word(w).key()));
                }
                out.add(set);
            }
            return out;
        });
    }
}
