package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;

/**
 * Aligned passages whose carriers tell different things. The aligner puts what two copies add at one place into one
 * slot ("He said he say when the track was last inspected…" beside "Amtrak said it is working with BNSF…"), which
 * would make one item say both copies carry the same passage. A carrier of at least
 * {@link PassageChecks#SHORT_WORDS} content words that shares under {@link PassageChecks#ABSENT} of them with every
 * other carrier tells a passage of its own: it becomes an item of its own, the other carriers lacking it where
 * content puts their gap ({@link PassageChecks#pointFor}). Headlines and ledes are left as they are: each site writes
 * its own, and {@link Headlines} says so.
 */
final class MixedPassages {

    private final List<Document> docs;
    private final SentenceCoverage cov;
    private final StoryContext ctx;

    MixedPassages(List<Document> docs, SentenceCoverage cov, StoryContext ctx) {
        this.docs = docs;
        this.cov = cov;
        this.ctx = ctx;
    }

    /** Aligned passage r, or r split into one item per carrier that tells something of its own. */
    List<Ranked> split(Ranked r) {
        List<CopySpan> told = new ArrayList<>();
        List<CopySpan> gaps = new ArrayList<>();
        for (CopySpan s : r.variant().spans()) {
            (s.isEmpty() ? gaps : told).add(s);
        }
        if (told.size() < 2 || told.stream().anyMatch(s -> ctx.atTop(s.copy(), s.from()))) {
            return List.of(r); // headlines and ledes: each site writes its own, and Headlines says so
        }
        List<Set<String>> words = told.stream()
                .map(s -> SentenceCoverage.contentStems(docs.get(s.copy()), s.from(), s.to())).toList();
        List<Integer> alone = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            if (words.get(i).size() >= PassageChecks.SHORT_WORDS && !sharedWithAnother(i, words)) {
                alone.add(i);
            }
        }
        if (alone.isEmpty()) {
            return List.of(r);
        }
        List<Ranked> out = new ArrayList<>();
        List<CopySpan> rest = new ArrayList<>(told);
        for (int i : alone) {
            CopySpan mine = told.get(i);
            rest.remove(mine);
            List<CopySpan> lacking = new ArrayList<>(gaps);
            Document d = docs.get(mine.copy());
            for (CopySpan other : told) {
                if (other != mine) {
                    lacking.add(PassageChecks.pointFor(docs, cov, mine.copy(), d.sentenceOf(mine.from()),
                            other.copy()));
                }
            }
            out.add(PassageChecks.passageItem(List.of(mine), lacking, r.judgement().score(), docs));
        }
        if (!rest.isEmpty()) {
            List<CopySpan> lacking = new ArrayList<>(gaps);
            for (int i : alone) {
                CopySpan mine = told.get(i);
                CopySpan first = rest.get(0);
                lacking.add(PassageChecks.pointFor(docs, cov, first.copy(),
                        docs.get(first.copy()).sentenceOf(first.from()), mine.copy()));
            }
            out.add(PassageChecks.passageItem(rest, lacking, r.judgement().score(), docs));
        }
        return out;
    }

    /** True when carrier i shares at least {@link PassageChecks#ABSENT} of its content words with another carrier. */
    private static boolean sharedWithAnother(int i, List<Set<String>> words) {
        for (int j = 0; j < words.size(); j++) {
            if (j != i) {
                Set<String> common = new HashSet<>(words.get(i));
                common.retainAll(words.get(j));
                if (common.size() >= PassageChecks.ABSENT * words.get(i).size()) {
                    return true;
                }
            }
        }
        return false;
    }
}
