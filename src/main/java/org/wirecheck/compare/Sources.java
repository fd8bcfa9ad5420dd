package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.SlotRanges;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.Document;
import org.wirecheck.text.Keys;
import org.wirecheck.text.TextRange;

/**
 * Compares who a statement is credited to: "according to Yonhap news agency" in one copy and "as per a report from
 * CNN news" in another, in the same or neighbouring aligned passages, is one ATTRIBUTION discrepancy.
 */
final class Sources {

    private static final String NAME = "([A-Z][\\p{L}'\u2019.-]*(?:[ ][A-Z][\\p{L}'\u2019.-]*){0,4})";
    private static final String TAIL =
            "(?:[ ](?:news agency|news|agency|newspaper|daily|television|radio|state media))?";
    private static final Pattern CREDIT = Pattern.compile(
            "\\b(?:[Aa]ccording to|[Aa]s per|[Cc]iting|[Qq]uoted by|[Cc]ited by|[Tt]old|[Rr]eported by)"
            + "(?:[ ](?:a|an|the))?(?:[ ](?:report|reports|statement|interview|article|broadcast))?"
            + "(?:[ ](?:from|by|in|of|with|on))?(?:[ ]the)?[ ]" + NAME + TAIL);

    private final List<Document> docs;

    Sources(List<Document> docs) {
        this.docs = docs;
    }

    private record Credit(int copy, int start, int end, String key, String name, int slot) {
    }

    List<Ranked> find(SlotRanges slotRanges) {
        List<Credit> credits = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Matcher m = CREDIT.matcher(docs.get(d).text());
            while (m.find()) {
                int slot = slotAt(slotRanges, d, m.start());
                if (slot >= 0) {
                    credits.add(new Credit(d, m.start(), m.end(), Keys.squeeze(m.group(1)), m.group(1), slot));
                }
            }
        }
        Map<Integer, List<Credit>> bySlot = new java.util.TreeMap<>();
        credits.forEach(c -> bySlot.computeIfAbsent(c.slot(), k -> new ArrayList<>()).add(c));
        Map<String, List<List<Credit>>> pairs = new LinkedHashMap<>();
        for (Credit a : credits) {
            for (int p = a.slot() - 1; p <= a.slot() + 1; p++) {
                for (Credit b : bySlot.getOrDefault(p, List.of())) {
                    if (a.copy() < b.copy() && !a.key().equals(b.key())
                            && !named(slotRanges, b, a) && !named(slotRanges, a, b)) {
                        boolean ordered = a.key().compareTo(b.key()) < 0;
                        add(pairs, ordered ? a : b, ordered ? b : a);
                    }
                }
            }
        }
        List<Ranked> out = new ArrayList<>();
        for (List<List<Credit>> sides : pairs.values()) {
            out.add(ranked(sides));
        }
        return out;
    }

    private static void add(Map<String, List<List<Credit>>> pairs, Credit a, Credit b) {
        List<List<Credit>> sides = pairs.computeIfAbsent(a.key() + "|" + b.key(),
                k -> List.of(new ArrayList<>(), new ArrayList<>()));
        if (sides.get(0).stream().noneMatch(c -> c.copy() == a.copy())) {
            sides.get(0).add(a);
        }
        if (sides.get(1).stream().noneMatch(c -> c.copy() == b.copy())) {
            sides.get(1).add(b);
        }
    }

    private final Map<Long, Set<String>> passageWords = new java.util.HashMap<>();

    /** True when copy {@code in}'s passages around its credit name the other credit's source (first word). */
    private boolean named(SlotRanges slotRanges, Credit in, Credit other) {
        String first = Keys.of(other.name().split(" ")[0]).toLowerCase(Locale.ROOT);
        for (int p = Math.max(0, in.slot() - 1); p <= Math.min(slotRanges.slotCount() - 1, in.slot() + 1); p++) {
            if (wordsOf(slotRanges, in.copy(), p).contains(first)) {
                return true;
            }
        }
        return false;
    }

    /** The word keys of copy d's text in passage p (computed once). */
    private Set<String> wordsOf(SlotRanges slotRanges, int d, int p) {
        return passageWords.computeIfAbsent((long) d << 32 | p, key -> {
            Set<String> words = new HashSet<>();
            TextRange r = slotRanges.of(p, d);
            if (r != null) {
                Document doc = docs.get(d);
                for (int w = doc.wordAtOrAfter(r.start()); w < doc.size() && doc.word(w).start() < r.end(); w++) {
                    words.add(doc.word(w).key());
                }
            }
            return words;
        });
    }

    /** The passage holding character {@code offset} of copy d, or -1. */
    private static int slotAt(SlotRanges slotRanges, int d, int offset) {
        for (int p = 0; p < slotRanges.slotCount(); p++) {
            TextRange r = slotRanges.of(p, d);
            if (r != null && r.contains(offset)) {
                return p;
            }
        }
        return -1;
    }

    private Ranked ranked(List<List<Credit>> sides) {
        List<ReadingGroup> groups = new ArrayList<>();
        for (List<Credit> side : sides) {
            List<CopySpan> spans = new ArrayList<>();
            for (Credit c : side) {
                Document d = docs.get(c.copy());
                int from = d.wordAtOrAfter(c.start());
                int to = d.wordAtOrAfter(c.end());
                spans.add(new CopySpan(c.copy(), from, Math.max(from + 1, to), c.start(), c.end()));
            }
            spans.sort((x, y) -> Integer.compare(x.copy(), y.copy()));
            Credit first = side.get(0);
            groups.add(new ReadingGroup(first.key(), docs.get(first.copy()).text().substring(first.start(),
                    first.end()), spans));
        }
        groups.sort((x, y) -> Integer.compare(y.count(), x.count()));
        String why = "credited to different sources: " + sides.get(0).get(0).name() + " / "
                + sides.get(1).get(0).name();
        return Ranked.of(groups, new Judgement(Kind.ATTRIBUTION, Severity.HIGH, why, 9));
    }
}
