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
    private final Map<Integer, Set<String>> stems = new HashMap<>();

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
     * The share of the first telling's content words (stemmed, no stop words) that no copy lacking the passage
     * uses; 1 when the passage has too few content words to judge or no copy lacks it.
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
        int content = 0;
        int fresh = 0;
        for (int w = told.from(); w < told.to(); w++) {
            String key = d.word(w).key();
            if (key.isEmpty() || Lexicon.isStopword(key) || !Character.isLetterOrDigit(key.charAt(0))) {
                continue;
            }
            content++;
            String stem = Stems.of(key);
            if (lacking.stream().noneMatch(o -> stemsOf(o).contains(stem))) {
                fresh++;
            }
        }
        return content < MIN_WORDS ? 1 : (double) fresh / content;
    }

    private Set<String> stemsOf(int copy) {
        return stems.computeIfAbsent(copy, c -> {
            Set<String> out = new HashSet<>();
            Document d = docs.get(c);
            for (int w = 0; w < d.size(); w++) {
                out.add(Stems.of(d.word(w).key()));
            }
            return out;
        });
    }
}
