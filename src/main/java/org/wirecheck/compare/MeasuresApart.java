package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.facts.NumberMention;

/**
 * Aligned readings whose numbers measure from different named places ("about 20 miles west of Dodge City" / "about
 * 160 miles west of Wichita") or count different people ("killing at least 37" / "with more than 200 injured") state
 * two different facts, not one fact two ways: such a word-level NUMBER item is a rewording, medium. The same rules
 * as {@code NumberFacts} apply to pairs the aligner made.
 */
final class MeasuresApart {

    static final double SCORE = 3;

    private MeasuresApart() {
    }

    /** {@code ranked} with word-level NUMBER items whose readings state different facts made WORDING. */
    static List<Ranked> reclassify(List<Ranked> ranked, List<List<NumberMention>> mentions) {
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : ranked) {
            String apart = r.judgement().kind() == Kind.NUMBER && r.variant().from() >= 0 ? apart(r, mentions) : null;
            if (apart != null) {
                out.add(new Ranked(r.variant(), r.groups(), new Judgement(Kind.WORDING, Severity.MEDIUM,
                        apart + r.judgement().why(), SCORE)));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Why the readings state different facts ("measure from different places"), or null when they may not. */
    private static String apart(Ranked r, List<List<NumberMention>> mentions) {
        List<NumberMention> stated = new ArrayList<>();
        for (ReadingGroup g : r.groups()) {
            CopySpan s = g.spans().get(0);
            for (NumberMention m : mentions.get(s.copy())) {
                if (m.from() < Math.max(s.to(), s.from() + 1) && s.from() < m.to()) {
                    stated.add(m);
                    break;
                }
            }
        }
        for (int i = 0; i < stated.size(); i++) {
            for (int j = i + 1; j < stated.size(); j++) {
                NumberMention a = stated.get(i);
                NumberMention b = stated.get(j);
                if (!a.names().isEmpty() && !b.names().isEmpty() && Collections.disjoint(a.names(), b.names())) {
                    return "the numbers measure from different places: ";
                }
                if (!a.counts().isEmpty() && !b.counts().isEmpty() && !a.counts().equals(b.counts())) {
                    return "the numbers count different people (" + a.counts() + " / " + b.counts() + "): ";
                }
            }
        }
        return null;
    }
}
