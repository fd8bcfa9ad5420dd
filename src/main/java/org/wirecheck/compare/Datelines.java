package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Dateline;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.classify.StyleForms;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;
import org.wirecheck.text.Keys;
import org.wirecheck.text.TextRange;

/**
 * Compares the datelines of the copies that have one, part by part: a different agency in parentheses is an
 * ATTRIBUTION discrepancy, a different place a PLACE one, a different date a DATE one; each reported once.
 */
final class Datelines {

    /**
     * What must agree: for a place, its first part ("CIMARRON, Kan." and "Cimarron" are one place); for a date, its
     * canonical style form ("Nov 5" and "November 05" are one date).
     */
    private static String key(String text, Kind kind) {
        if (kind == Kind.DATE) {
            List<String> keys = new ArrayList<>();
            for (String w : text.split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    keys.add(Keys.of(w));
                }
            }
            return StyleForms.canonical(keys, false);
        }
        return Keys.squeeze(kind == Kind.PLACE ? text.split(",")[0] : text);
    }

    static final String NO_AGENCY = "(no agency credit)";

    private Datelines() {
    }

    static List<Ranked> compare(List<Document> docs, StoryContext ctx, int base, SentenceCoverage cov) {
        List<Ranked> out = new ArrayList<>();
        List<CopySpan> ledesWithoutDateline = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            int at = ledeWithoutDateline(docs, ctx, cov, d);
            if (at >= 0) {
                int w = docs.get(d).wordAtOrAfter(at);
                ledesWithoutDateline.add(new CopySpan(d, w, w, at, at));
            }
        }
        part(docs, ctx, base, Dateline.Parts::agency, Kind.ATTRIBUTION, "credited to a different agency",
                ledesWithoutDateline, out);
        part(docs, ctx, base, Dateline.Parts::place, Kind.PLACE, "dateline gives a different place", List.of(), out);
        part(docs, ctx, base, Dateline.Parts::date, Kind.DATE, "dateline gives a different date", List.of(), out);
        return out;
    }

    /**
     * Where copy d's lede starts when d has no dateline at all but tells the sentence that opens with another copy's
     * dateline (the wire text run without its credit); -1 otherwise.
     */
    private static int ledeWithoutDateline(List<Document> docs, StoryContext ctx, SentenceCoverage cov, int d) {
        if (ctx.dateline(d) != null) {
            return -1;
        }
        for (int r = 0; r < docs.size(); r++) {
            Dateline.Parts p = ctx.dateline(r);
            if (r == d || p == null || p.agency() == null) {
                continue;
            }
            Document withDateline = docs.get(r);
            int w = withDateline.wordAtOrAfter(p.whole().end());
            if (w >= withDateline.size()) {
                continue;
            }
            SentenceCoverage.Match m = cov.best(r, withDateline.sentenceOf(w), d);
            Document doc = docs.get(d);
            if (m.sentence() >= 0 && m.coverage() >= SentenceCoverage.TOLD
                    && doc.sentenceEnd(m.sentence()) > doc.sentenceStart(m.sentence())) {
                return doc.word(doc.sentenceStart(m.sentence())).start();
            }
        }
        return -1;
    }

    private static void part(List<Document> docs, StoryContext ctx, int base, Function<Dateline.Parts, TextRange> part,
                             Kind kind, String why, List<CopySpan> noDateline, List<Ranked> out) {
        Map<String, List<CopySpan>> byKey = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Dateline.Parts p = ctx.dateline(d);
            TextRange r = p == null ? null : part.apply(p);
            boolean uncredited = r == null && p != null && kind == Kind.ATTRIBUTION;
            if (uncredited) {
                r = p.whole(); // a dateline that credits no agency is a reading too: the credit was dropped
            }
            if (r == null) {
                continue;
            }
            String t = uncredited ? NO_AGENCY : docs.get(d).text().substring(r.start(), r.end());
            String key = uncredited ? "" : key(t, kind);
            Document doc = docs.get(d);
            int from = doc.wordAtOrAfter(r.start());
            int to = doc.wordAtOrAfter(r.end());
            if (to <= from) {
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new CopySpan(d, from, to, r.start(), r.end()));
            text.putIfAbsent(key, t);
        }
        if (!noDateline.isEmpty() && !byKey.isEmpty()) {
            // a lede run with no dateline drops the credit too: its start is where the credit would be (an empty
            // point, so the copies that keep a dateline without credit come first in the reading)
            byKey.computeIfAbsent("", k -> new ArrayList<>()).addAll(noDateline);
            text.putIfAbsent("", NO_AGENCY);
        }
        if (byKey.size() < 2) {
            return;
        }
        List<ReadingGroup> groups = new ArrayList<>();
        byKey.forEach((k, spans) -> groups.add(new ReadingGroup(k, text.get(k), spans)));
        groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
        Variant v = new Variant(-1, -1, Variant.Shape.WORDS, groups.stream().flatMap(g -> g.spans().stream()).toList());
        out.add(new Ranked(v, groups, new Judgement(kind, Severity.HIGH, why + ": "
                + String.join(" / ", groups.stream().map(ReadingGroup::text).toList()), 9.5)));
    }
}
