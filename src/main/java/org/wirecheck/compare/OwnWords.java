package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Numbers;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;
import org.wirecheck.text.Stems;

/**
 * A copy that tells most of the story in words no other copy shares (a write-up of its own, not a republished wire
 * text) lacks nearly every passage the others share, because it tells them its own way. A passage that only such
 * copies lack, while copies of the shared text carry it, ranks below the passages a republished copy leaves out and
 * says why; what such a copy adds keeps its rank (a fact of its own).
 */
final class OwnWords {

    /** A copy whose sentences the other copies tell (each at least {@link PassageChecks#ABSENT}) for less than this
     * share of its content words writes the story its own way. */
    static final double SHARED = 0.5;

    private OwnWords() {
    }

    /** {@code ranked} with the passages that only copies of their own words lack ranked down. */
    static List<Ranked> lowered(List<Ranked> ranked, List<Document> docs, SentenceCoverage cov, StoryContext ctx) {
        boolean[] own = new boolean[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            own[d] = sharedShare(d, docs, cov) < SHARED;
        }
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            String because = !PassageChecks.foldable(r) ? null : onlyOwn(r, own, true) ? lacked(r)
                    : r.judgement().kind() == Kind.ADDITION && onlyOwn(r, own, false)
                    && nothingNew(r, docs, ctx, cov)
                    ? " (told in its own words: no name, figure or quote the other copies lack)" : null;
            if (because == null) {
                out.add(r);
                continue;
            }
            Judgement j = r.judgement();
            String why = j.why() + because;
            out.add(new Ranked(r.variant(), r.groups(),
                    new Judgement(j.kind(), j.severity(), why, j.score() - Versions.RANK_DOWN)));
        }
        return out;
    }

    private static String lacked(Ranked r) {
        long lacking = r.variant().spans().stream().filter(CopySpan::isEmpty).count();
        return lacking == 1 ? " (the copy without it tells the story in its own words)"
                : " (the copies without it tell the story in their own words)";
    }

    /**
     * True when r's first telling holds no quotation, and no name or figure that no copy lacking it uses in its story
     * ({@link SentenceCoverage#sentencesWith}; a one-character figure, which that index leaves out, counts as new): it
     * retells what the others tell.
     */
    private static boolean nothingNew(Ranked r, List<Document> docs, StoryContext ctx, SentenceCoverage cov) {
        CopySpan told = r.variant().spans().stream().filter(s -> !s.isEmpty()).findFirst().orElseThrow();
        Document d = docs.get(told.copy());
        for (int w = told.from(); w < told.to(); w++) {
            String key = d.word(w).key();
            if (d.quoted(w)) {
                return false;
            }
            if ((ctx.properNoun(d, w) || Numbers.isNumeric(key)) && r.variant().spans().stream()
                    .filter(CopySpan::isEmpty).allMatch(s -> cov.sentencesWith(s.copy(), Stems.of(key)).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every copy on one side of r (those lacking it when {@code lacking}, else those telling it) writes in
     * its own words, and a copy on the other side does not.
     */
    private static boolean onlyOwn(Ranked r, boolean[] own, boolean lacking) {
        boolean side = false;
        boolean sharedOther = false;
        for (CopySpan s : r.variant().spans()) {
            if (s.isEmpty() == lacking) {
                if (!own[s.copy()]) {
                    return false;
                }
                side = true;
            } else {
                sharedOther |= !own[s.copy()];
            }
        }
        return side && sharedOther;
    }

    /** The share of copy d's story content words in sentences another copy tells. */
    static double sharedShare(int d, List<Document> docs, SentenceCoverage cov) {
        double all = 0;
        double told = 0;
        for (int s = 0; s < docs.get(d).sentenceCount(); s++) {
            int words = cov.contentWords(d, s);
            if (words == 0) {
                continue;
            }
            boolean byOther = false;
            for (int o = 0; o < docs.size() && !byOther; o++) {
                byOther = o != d && cov.best(d, s, o).coverage() >= PassageChecks.ABSENT;
            }
            all += words;
            told += byOther ? words : 0;
        }
        return all == 0 ? 1 : told / all;
    }
}
