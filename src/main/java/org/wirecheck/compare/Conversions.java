package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.facts.NumberFacts;
import org.wirecheck.facts.NumberMention;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;

/**
 * Conversions a copy drops: where other copies give an amount and its conversion in brackets ("140 million rupees
 * ($964,000)"), a copy that tells the sentence and the amount but no conversion ("140 million rupees.") does not
 * state the converted figure; it has an empty reading right after the amount's words.
 */
final class Conversions {

    /** Most words between an amount and the bracketed conversion that follows it ("Pakistani rupees"). */
    private static final int UNIT_WORDS = 3;

    private Conversions() {
    }

    /** The empty points of the copies that state the amount fact f converts but leave the conversion out. */
    static List<CopySpan> dropped(NumberFacts.Fact f, List<Document> docs, List<List<NumberMention>> perCopy,
                                  SentenceCoverage cov) {
        Set<Integer> stating = new HashSet<>();
        f.mentions().forEach(m -> stating.add(m.copy()));
        List<CopySpan> out = new ArrayList<>();
        for (int o = 0; o < docs.size(); o++) {
            if (stating.contains(o)) {
                continue;
            }
            for (NumberMention m : f.mentions()) {
                CopySpan point = dropped(m, o, docs, perCopy, cov);
                if (point != null) {
                    out.add(point);
                    break;
                }
            }
        }
        return out;
    }

    private static CopySpan dropped(NumberMention m, int o, List<Document> docs, List<List<NumberMention>> perCopy,
                                    SentenceCoverage cov) {
        Document d = docs.get(m.copy());
        NumberMention amount = amountConverted(m, perCopy.get(m.copy()), d);
        if (amount == null) {
            return null;
        }
        SentenceCoverage.Match match = cov.best(m.copy(), m.sentence(), o);
        if (match.sentence() < 0 || match.coverage() < PassageChecks.ABSENT) {
            return null;
        }
        Document other = docs.get(o);
        for (NumberMention q : perCopy.get(o)) {
            if (q.sentence() != match.sentence() || !q.value().equals(amount.value())
                    || perCopy.get(o).stream().anyMatch(x -> amountConverted(x, perCopy.get(o), other) == q)) {
                continue;
            }
            int w = q.to();
            int u = amount.to();
            while (u < m.from() && w < other.sentenceEnd(q.sentence())
                    && other.word(w).key().equals(d.word(u).key())) {
                w++; // the amount's unit, as the converting copy words it
                u++;
            }
            int c = other.charEnd(w);
            return new CopySpan(o, w, w, c, c);
        }
        return null;
    }

    /** The amount that mention m converts: the copy's number just before it, m standing in brackets after it. */
    private static NumberMention amountConverted(NumberMention m, List<NumberMention> mentions, Document d) {
        NumberMention best = null;
        for (NumberMention p : mentions) {
            if (p.sentence() == m.sentence() && p.to() <= m.from() && m.from() - p.to() <= UNIT_WORDS
                    && (best == null || p.to() > best.to())) {
                best = p;
            }
        }
        if (best == null) {
            return null;
        }
        String gap = d.text().substring(d.charEnd(best.to()), d.charStart(m.from()));
        return gap.contains("(") ? best : null;
    }
}
