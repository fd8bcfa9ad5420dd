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
 * 160 miles west of Wichita") state two different facts, not one fact two ways: such a word-level NUMBER item is a
 * rewording, medium. The same rule as {@code NumberFacts} applies to pairs the aligner made.
 */
final class MeasuresApart {

    static final double SCORE = 3;

    private MeasuresApart() {
    }

    /** {@code ranked} with word-level NUMBER items whose readings measure from different places made WORDING. */
    static List<Ranked> reclassify(List<Ranked> ranked, List<List<NumberMention>> mentions) {
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : ranked) {
            if (r.judgement().kind() == Kind.NUMBER && r.variant().from() >= 0 && apart(r, mentions)) {
                out.add(new Ranked(r.variant(), r.groups(), new Judgement(Kind.WORDING, Severity.MEDIUM,
                        "the numbers measure from different places: " + r.judgement().why(), SCORE)));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean apart(Ranked r, List<List<NumberMention>> mentions) {
        List<List<String>> anchors = new ArrayList<>();
        for (ReadingGroup g : r.groups()) {
            CopySpan s = g.spans().get(0);
            for (NumberMention m : mentions.get(s.copy())) {
                if (m.from() < Math.max(s.to(), s.from() + 1) && s.from() < m.to() && !m.names().isEmpty()) {
                    anchors.add(m.names());
                    break;
                }
            }
        }
        for (int i = 0; i < anchors.size(); i++) {
            for (int j = i + 1; j < anchors.size(); j++) {
                if (Collections.disjoint(anchors.get(i), anchors.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
