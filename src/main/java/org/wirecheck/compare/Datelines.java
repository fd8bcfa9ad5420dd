package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Dateline;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.classify.StyleForms;
import org.wirecheck.text.Document;
import org.wirecheck.text.Keys;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.TextRange;

/**
 * Compares the datelines of the copies that have one, part by part: a different place is a PLACE discrepancy, a
 * different date a DATE one; each reported once. The agency is the story's credit ({@link StoryCreditChecks}).
 */
final class Datelines {

    /**
     * What must agree: for a place, its first part ("CIMARRON, Kan." and "Cimarron" are one place); for a date, its
     * parts in canonical style form, in any order ("Nov 5", "November 05" and "5 November" are one date).
     */
    private static String key(String text, Kind kind) {
        if (kind == Kind.DATE) {
            String numeric = numericDate(text);
            if (numeric != null) {
                return numeric;
            }
            List<String> keys = new ArrayList<>();
            for (String w : text.split("[^\\p{L}\\p{N}]+")) {
                String k = Keys.of(w);
                Integer month = Lexicon.MONTHS.get(k);
                if (month != null) {
                    keys.add("month" + month); // in a dateline, "March" and "May" are months too
                } else if (!k.isEmpty() && !YEAR.matcher(k).matches()) { // a dateline without its year is no other date
                    keys.add(StyleForms.canonical(List.of(k), false));
                }
            }
            keys.sort(null); // "March 12" and "12 March" are one date
            return String.join(" ", keys);
        }
        return Keys.squeeze(kind == Kind.PLACE ? text.split(",")[0] : text);
    }

    /**
     * The key of a date written in figures ("14/03", "14/03/2025"): day first, unless the first figure cannot be a
     * day's month and the second can ("03/14" is March 14); null for a date in words.
     */
    private static String numericDate(String text) {
        java.util.regex.Matcher m = IN_FIGURES.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int day = b > 12 && a <= 12 ? b : a;
        int month = day == b ? a : b;
        List<String> keys = new ArrayList<>(List.of("month" + month, String.valueOf(day)));
        keys.sort(null);
        return String.join(" ", keys);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern IN_FIGURES = java.util.regex.Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})(?:/\\d{2,4})?");

    private Datelines() {
    }

    static List<Ranked> compare(List<Document> docs, StoryContext ctx, int base) {
        List<Ranked> out = new ArrayList<>();
        part(docs, ctx, base, Dateline.Parts::place, Kind.PLACE, "dateline gives a different place", out);
        part(docs, ctx, base, Dateline.Parts::date, Kind.DATE, "dateline gives a different date", out);
        return out;
    }

    private static void part(List<Document> docs, StoryContext ctx, int base, Function<Dateline.Parts, TextRange> part,
                             Kind kind, String why, List<Ranked> out) {
        Map<String, List<CopySpan>> byKey = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Dateline.Parts p = ctx.dateline(d);
            TextRange r = p == null ? null : part.apply(p);
            if (r == null) {
                continue;
            }
            String t = docs.get(d).text().substring(r.start(), r.end());
            String key = key(t, kind);
            CopySpan span = spanOf(docs.get(d), d, r);
            if (span == null) {
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
            text.putIfAbsent(key, t);
        }
        if (byKey.size() < 2) {
            return;
        }
        List<ReadingGroup> groups = new ArrayList<>();
        byKey.forEach((k, spans) -> groups.add(new ReadingGroup(k, text.get(k), spans)));
        groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
        out.add(Ranked.of(groups, new Judgement(kind, Severity.HIGH, why + ": "
                + String.join(" / ", groups.stream().map(ReadingGroup::text).toList()), 9.5)));
    }

    /** Copy d's words over character range r, or null when the range holds no word. */
    static CopySpan spanOf(Document doc, int d, TextRange r) {
        int from = doc.wordAtOrAfter(r.start());
        int to = doc.wordAtOrAfter(r.end());
        return to <= from ? null : new CopySpan(d, from, to, r.start(), r.end());
    }
}
