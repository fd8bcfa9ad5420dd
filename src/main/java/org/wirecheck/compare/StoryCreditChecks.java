package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Dateline;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.classify.StoryCredits;
import org.wirecheck.text.Document;
import org.wirecheck.text.TextRange;

/**
 * Compares whom each copy credits the whole story to ({@link StoryCredits}): "(Reuters)" in a dateline, "[Source:
 * Reuters]", ", CNN reports." or a staff byline. Copies crediting different agencies, or dropping the credit (a
 * dateline without agency, a lede run bare), are one high ATTRIBUTION item naming each copy's credit; bylines that
 * differ where no copy names an agency are one medium item.
 */
final class StoryCreditChecks {

    static final String NO_AGENCY = "(no agency credit)";
    static final String WHY = "credited to a different agency";
    static final String WHY_BYLINE = "the story is credited to different writers";
    /** Bylines that differ with no agency named: a site's own writer, not another source. */
    static final double SCORE_BYLINE = 6.0;
    static final double SCORE = 9.5;

    private StoryCreditChecks() {
    }

    static List<Ranked> compare(List<Document> docs, StoryContext ctx, SentenceCoverage cov) {
        List<StoryCredits.Credit> credits = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            credits.add(ctx.storyCredit(d));
        }
        Map<String, List<CopySpan>> byKey = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        List<CopySpan> bare = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            StoryCredits.Credit c = credits.get(d);
            Dateline.Parts p = ctx.dateline(d);
            if (c == null && p == null) {
                int at = bareLede(docs, ctx, cov, credits, d);
                if (at >= 0) {
                    int w = docs.get(d).wordAtOrAfter(at);
                    bare.add(new CopySpan(d, w, w, at, at));
                }
                continue;
            }
            // a dateline that credits no agency is a reading too: the credit was dropped
            TextRange r = c != null ? c.range() : p.whole();
            String key = c != null ? c.key() : "";
            Document doc = docs.get(d);
            CopySpan span = Datelines.spanOf(doc, d, r);
            if (span == null) {
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
            text.putIfAbsent(key, c != null ? doc.text().substring(r.start(), r.end()) : NO_AGENCY);
        }
        if (!bare.isEmpty() && !byKey.isEmpty()) {
            // a lede run with no credit: its start is where the credit would be (an empty point, so the copies that
            // keep a dateline without credit come first in the reading)
            byKey.computeIfAbsent("", k -> new ArrayList<>()).addAll(bare);
            text.putIfAbsent("", NO_AGENCY);
        }
        if (byKey.size() < 2) {
            return List.of();
        }
        List<ReadingGroup> groups = new ArrayList<>();
        byKey.forEach((k, spans) -> groups.add(new ReadingGroup(k, text.get(k), spans)));
        boolean agency = credits.stream().anyMatch(c -> c != null && c.agency());
        groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
        String readings = String.join(" / ", groups.stream().map(ReadingGroup::text).toList());
        return List.of(Ranked.of(groups, agency
                ? new Judgement(Kind.ATTRIBUTION, Severity.HIGH, WHY + ": " + readings, SCORE)
                : new Judgement(Kind.ATTRIBUTION, Severity.MEDIUM, WHY_BYLINE + ": " + readings, SCORE_BYLINE)));
    }

    /**
     * Where copy d's lede starts when d has neither credit nor dateline: the sentence that tells the lede of a copy
     * that has a credit (the wire text run without it), else, when another copy credits an agency, d's own lede (a
     * copy in its own words that credits nobody); -1 otherwise.
     */
    private static int bareLede(List<Document> docs, StoryContext ctx, SentenceCoverage cov,
                                List<StoryCredits.Credit> credits, int d) {
        for (int r = 0; r < docs.size(); r++) {
            int lede = r == d || credits.get(r) == null ? -1 : lede(docs.get(r), ctx, r);
            if (lede < 0) {
                continue;
            }
            SentenceCoverage.Match m = cov.best(r, lede, d);
            Document doc = docs.get(d);
            if (m.sentence() >= 0 && m.coverage() >= SentenceCoverage.TOLD
                    && doc.sentenceEnd(m.sentence()) > doc.sentenceStart(m.sentence())) {
                return doc.word(doc.sentenceStart(m.sentence())).start();
            }
        }
        // a copy that tells the story in its own words credits nobody either: its gap opens its own lede
        int own = credits.stream().anyMatch(c -> c != null && c.agency()) ? ctx.lede(d) : -1;
        Document doc = docs.get(d);
        return own >= 0 && doc.sentenceEnd(own) > doc.sentenceStart(own)
                ? doc.word(doc.sentenceStart(own)).start() : -1;
    }

    /** Copy r's lede: the sentence its dateline opens, else its first long story sentence; -1 when none. */
    private static int lede(Document doc, StoryContext ctx, int r) {
        Dateline.Parts p = ctx.dateline(r);
        if (p != null) {
            int w = doc.wordAtOrAfter(p.whole().end());
            return w < doc.size() ? doc.sentenceOf(w) : -1;
        }
        return ctx.lede(r);
    }
}
