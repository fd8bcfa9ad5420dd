package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.facts.NumberFacts;
import org.wirecheck.facts.NumberMention;
import org.wirecheck.facts.NumberMentions;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.facts.UnknownAmounts;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Stems;

/**
 * Numbers paired by what they count across all copies ({@link NumberFacts}), each differing fact one NUMBER
 * discrepancy wherever its sentence went, with an empty reading for the copies that leave it out or drop it from
 * an amount they state ({@link Conversions}); word-level number items that such a fact covers are dropped
 * ({@link Covered}).
 */
final class NumberChecks {

    /** Words after the number that a reading shows: the thing counted ("32 people", "28th-minute penalty"). */
    private static final int HEAD_WORDS = 2;
    static final double SCORE = 9.8;
    /** Content words a statement that an amount is not known shares with the fact's sentence, at least. */
    static final int SHARED_CONTEXT = 2;

    private NumberChecks() {
    }

    /** The number mentions of each copy's story sentences. */
    static List<List<NumberMention>> mentions(List<Document> docs, StoryContext ctx) {
        List<List<NumberMention>> perCopy = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Document doc = docs.get(d);
            int copy = d;
            perCopy.add(NumberMentions.of(d, doc, s -> !ctx.storySentence(copy, s)));
        }
        return perCopy;
    }

    /** One NUMBER item per fact on which the copies' mentions ({@link #mentions}) differ. */
    static List<Ranked> find(List<Document> docs, List<List<NumberMention>> perCopy, SentenceCoverage cov,
                             StoryContext ctx) {
        List<Ranked> out = new ArrayList<>();
        List<List<UnknownAmounts.Statement>> unknown = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            int copy = d;
            unknown.add(UnknownAmounts.of(d, docs.get(d), s -> !ctx.storySentence(copy, s)));
        }
        for (NumberFacts.Fact f : NumberFacts.differing(perCopy)) {
            out.add(ranked(f, docs, perCopy, cov, ctx, unknown));
        }
        return out;
    }

    private static Ranked ranked(NumberFacts.Fact f, List<Document> docs, List<List<NumberMention>> perCopy,
                                 SentenceCoverage cov, StoryContext ctx,
                                 List<List<UnknownAmounts.Statement>> unknown) {
        Map<String, List<CopySpan>> byValue = new LinkedHashMap<>();
        Map<NumberMention, String> readingOf = new java.util.HashMap<>();
        f.readings().forEach((value, ms) -> ms.forEach(m -> readingOf.put(m, value)));
        boolean days = f.mentions().stream().allMatch(NumberMention::isDay);
        for (NumberMention m : f.mentions()) {
            Document d = docs.get(m.copy());
            int end = days ? m.to() : Math.min(m.to() + HEAD_WORDS, d.sentenceEnd(m.sentence()));
            int start = d.charStart(m.from());
            if (start > 0 && Lexicon.isCurrencySign(d.text().charAt(start - 1))) {
                start--; // the currency is part of the reading
            }
            byValue.computeIfAbsent(readingOf.get(m), k -> new ArrayList<>())
                    .add(new CopySpan(m.copy(), m.from(), end, start, d.charEnd(end)));
        }
        List<ReadingGroup> groups = new ArrayList<>();
        byValue.forEach((value, spans) ->
                groups.add(new ReadingGroup(value, ReadingGroup.displayText(spans, docs), spans)));
        groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
        // a copy that gives no figure but says the amount is not known has that for its reading
        List<CopySpan> notKnown = new ArrayList<>();
        Set<Integer> stating = new HashSet<>();
        f.mentions().forEach(m -> stating.add(m.copy()));
        for (int o = 0; o < docs.size(); o++) {
            CopySpan said = stating.contains(o) ? null : saysUnknown(f, o, docs, unknown.get(o));
            if (said != null) {
                notKnown.add(said);
                stating.add(o);
            }
        }
        if (!notKnown.isEmpty()) {
            groups.add(new ReadingGroup("?", ReadingGroup.displayText(notKnown, docs), notKnown));
        }
        List<CopySpan> unstated = new ArrayList<>(unstated(f, docs, cov, ctx));
        unstated.addAll(Conversions.dropped(f, docs, perCopy, cov));
        unstated.removeIf(s -> notKnown.stream().anyMatch(k -> k.copy() == s.copy()));
        unstated.sort(Comparator.comparingInt(CopySpan::copy));
        if (!unstated.isEmpty()) {
            groups.add(new ReadingGroup("", "", unstated)); // last: the copies that leave the fact out
        }
        String why = (days ? "the copies give different days for the same event: "
                : "the copies give different numbers for the same thing: ")
                + String.join(" / ", groups.stream().map(g -> g.isEmpty() ? "(not stated)"
                : g.key().equals("?") ? "\u201c" + g.text() + "\u201d" : g.text()).toList());
        return Ranked.of(groups, new Judgement(days ? Kind.DATE : Kind.NUMBER, Severity.HIGH, why,
                SCORE + 0.05 * f.mentions().size()));
    }

    /**
     * Copy o's statement that the fact's amount is not known ("did not say how fast"): it asks what the fact's figures
     * answer (for a count, of the same thing: "how many passengers"), and its sentence shares at least
     * {@link #SHARED_CONTEXT} content words with a sentence stating the fact; null when o has none.
     */
    private static CopySpan saysUnknown(NumberFacts.Fact f, int o, List<Document> docs,
                                        List<UnknownAmounts.Statement> statements) {
        String question = UnknownAmounts.question(f.mentions().get(0));
        Document doc = docs.get(o);
        for (UnknownAmounts.Statement s : statements) {
            if (!s.question().equals(question)) {
                continue;
            }
            Set<String> words = SentenceCoverage.contentStems(doc, doc.sentenceStart(s.sentence()),
                    doc.sentenceEnd(s.sentence()));
            // "how many" asks for a count of something: the thing must be the one the figures count
            String counted = s.to() < doc.size() && doc.sentenceOf(s.to()) == s.sentence()
                    ? Stems.of(doc.word(s.to()).key()) : "";
            boolean about = f.mentions().stream()
                    .anyMatch(m -> m.context().stream().filter(words::contains).count() >= SHARED_CONTEXT
                            && (!question.equals("many") || m.after().stream().limit(2).anyMatch(counted::equals)));
            if (about) {
                return new CopySpan(o, s.from(), s.to(), doc.charStart(s.from()), doc.charEnd(s.to()));
            }
        }
        return null;
    }

    /**
     * The copies that leave the fact out: they tell nothing of any sentence that states it, yet go on with the story
     * after one of them (a copy that ended first does not lack it). Each is an empty point where the
     * sentence would stand.
     */
    private static List<CopySpan> unstated(NumberFacts.Fact f, List<Document> docs, SentenceCoverage cov,
                                           StoryContext ctx) {
        Set<Integer> stating = new HashSet<>();
        f.mentions().forEach(x -> stating.add(x.copy()));
        // a headline is too short to say whether a copy tells its sentence: the body's statements decide
        List<NumberMention> body = f.mentions().stream()
                .filter(m -> !ctx.inHeadline(m.copy(), docs.get(m.copy()).sentenceStart(m.sentence()))).toList();
        List<CopySpan> out = new ArrayList<>();
        for (int o = 0; o < docs.size(); o++) {
            int copy = o;
            if (stating.contains(o) || body.stream()
                    .anyMatch(m -> cov.best(m.copy(), m.sentence(), copy).coverage() >= PassageChecks.ABSENT)) {
                continue;
            }
            body.stream().filter(m -> !cov.endedBefore(m.copy(), m.sentence(), copy)).findFirst()
                    .ifPresent(m -> out.add(PassageChecks.pointFor(docs, cov, m.copy(), m.sentence(), copy)));
        }
        return out;
    }
}
