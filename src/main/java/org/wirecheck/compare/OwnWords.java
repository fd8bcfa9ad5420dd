package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;

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
    static List<Ranked> lowered(List<Ranked> ranked, List<Document> docs, SentenceCoverage cov) {
        boolean[] own = new boolean[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            own[d] = sharedShare(d, docs, cov) < SHARED;
        }
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            if (!PassageChecks.foldable(r) || !onlyOwnLack(r, own)) {
                out.add(r);
                continue;
            }
            Judgement j = r.judgement();
            long lacking = r.variant().spans().stream().filter(CopySpan::isEmpty).count();
            String why = j.why() + (lacking == 1 ? " (the copy without it tells the story in its own words)"
                    : " (the copies without it tell the story in their own words)");
            out.add(new Ranked(r.variant(), r.groups(),
                    new Judgement(j.kind(), j.severity(), why, j.score() - Versions.RANK_DOWN)));
        }
        return out;
    }

    /** True when every copy lacking r writes in its own words and one copy that does not carries it. */
    private static boolean onlyOwnLack(Ranked r, boolean[] own) {
        boolean lacks = false;
        boolean sharedCarrier = false;
        for (CopySpan s : r.variant().spans()) {
            if (s.isEmpty()) {
                if (!own[s.copy()]) {
                    return false;
                }
                lacks = true;
            } else {
                sharedCarrier |= !own[s.copy()];
            }
        }
        return lacks && sharedCarrier;
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
