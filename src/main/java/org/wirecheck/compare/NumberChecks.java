package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.classify.Verdict;
import org.wirecheck.facts.NumberFacts;
import org.wirecheck.facts.NumberMention;
import org.wirecheck.facts.NumberMentions;
import org.wirecheck.text.Document;

/**
 * Numbers paired by what they count across all copies ({@link NumberFacts}), each differing fact one NUMBER
 * discrepancy wherever its sentence went; word-level number items that such a fact covers are dropped ({@link Covered}).
 */
final class NumberChecks {

    /** Words after the number that a reading shows: the thing counted ("32 people", "28th-minute penalty"). */
    private static final int HEAD_WORDS = 2;
    static final double SCORE = 9.8;

    private NumberChecks() {
    }

    static List<Ranked> find(List<Document> docs, StoryContext ctx) {
        List<List<NumberMention>> perCopy = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Document doc = docs.get(d);
            int copy = d;
            perCopy.add(NumberMentions.of(d, doc, s -> !ctx.storySentence(copy, s)));
        }
        List<Ranked> out = new ArrayList<>();
        for (NumberFacts.Fact f : NumberFacts.differing(perCopy)) {
            out.add(ranked(f, docs));
        }
        return out;
    }

    private static Ranked ranked(NumberFacts.Fact f, List<Document> docs) {
        Map<String, List<CopySpan>> byValue = new LinkedHashMap<>();
        for (NumberMention m : f.mentions()) {
            Document d = docs.get(m.copy());
            int end = Math.min(m.to() + HEAD_WORDS, d.sentenceEnd(m.sentence()));
            int start = d.charStart(m.from());
            if (start > 0 && "$£€¥₹".indexOf(d.text().charAt(start - 1)) >= 0) {
                start--; // the currency is part of the reading
            }
            byValue.computeIfAbsent(m.value(), k -> new ArrayList<>())
                    .add(new CopySpan(m.copy(), m.from(), end, start, d.charEnd(end)));
        }
        List<ReadingGroup> groups = new ArrayList<>();
        byValue.forEach((value, spans) -> groups.add(new ReadingGroup(value, ReadingGroup.displayText(spans, docs), spans)));
        groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
        Variant v = new Variant(-1, -1, Variant.Shape.WORDS, groups.stream().flatMap(g -> g.spans().stream()).toList());
        String why = "the copies give different numbers for the same thing: "
                + String.join(" / ", groups.stream().map(ReadingGroup::text).toList());
        return new Ranked(v, groups, new Verdict(Kind.NUMBER, Severity.HIGH, why, SCORE + 0.05 * f.mentions().size()));
    }
}
