package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.text.Document;
import org.wirecheck.text.Texts;

/** A classified variant on its way to becoming a {@link Discrepancy}; knows the order of importance. */
record Ranked(Variant variant, List<ReadingGroup> groups, Judgement judgement) {

    /** Severity first, then the classifier's score, then story order. */
    static final Comparator<Ranked> ORDER = Comparator
            .comparing((Ranked r) -> r.judgement().severity())
            .thenComparing(r -> -r.judgement().score())
            .thenComparing(r -> r.judgement().kind())
            .thenComparingInt(r -> r.variant().from())
            .thenComparingInt(r -> r.variant().to())
            .thenComparing(r -> r.groups().get(0).key());

    private static final int SUMMARY_READING = 40;

    /** An item a fact check made from reading groups (not from aligned words): its variant holds the groups' spans. */
    static Ranked of(List<ReadingGroup> groups, Judgement judgement) {
        return new Ranked(new Variant(-1, -1, Variant.Shape.WORDS,
                groups.stream().flatMap(g -> g.spans().stream()).toList()), groups, judgement);
    }
    /** A passage's highlighted head: at most this many words and characters. */
    private static final int HEAD_WORDS = 8;
    private static final int HEAD_CHARS = 50;

    Discrepancy toDiscrepancy(String id, List<Document> docs, IntFunction<String> copyId, int passage) {
        List<Reading> readings = new ArrayList<>();
        boolean presence = variant.shape() == Variant.Shape.PASSAGE || variant.shape() == Variant.Shape.TRUNCATION
                || groups.stream().anyMatch(ReadingGroup::isEmpty);
        for (ReadingGroup g : groups) {
            List<Location> locations = new ArrayList<>();
            for (CopySpan s : g.spans()) {
                String copy = copyId.apply(s.copy());
                locations.add(presence ? head(copy, s, docs.get(s.copy()))
                        : new Location(copy, s.charStart(), s.charEnd()));
            }
            locations.sort(Comparator.comparing(Location::witnessId, Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder())));
            readings.add(new Reading(g.isEmpty() ? "" : g.text(), locations));
        }
        return new Discrepancy(id, judgement.kind(), judgement.severity(), summary(), judgement.why(),
                readings.get(0).text(), readings, passage, key(docs));
    }

    /** A passage's location shows its first words and keeps the whole passage as its extent. */
    private static Location head(String id, CopySpan s, Document d) {
        if (s.isEmpty() || s.charEnd() - s.charStart() <= HEAD_CHARS) {
            return new Location(id, s.charStart(), s.charEnd());
        }
        int end = s.from() + 1;
        while (end < s.to() && end - s.from() < HEAD_WORDS && d.charEnd(end + 1) - s.charStart() <= HEAD_CHARS) {
            end++;
        }
        return new Location(id, s.charStart(), Math.min(d.charEnd(end), s.charEnd()), s.charStart(), s.charEnd());
    }

    /**
     * Identity across recomputations: kind, the readings' folded texts (sorted), and the smallest of the contexts
     * (two words either side) of all the readings' locations, which does not depend on copy order or the base.
     */
    String key(List<Document> docs) {
        List<String> texts = new ArrayList<>();
        String context = null;
        for (ReadingGroup g : groups) {
            texts.add(g.isEmpty() ? "" : org.wirecheck.text.Keys.squeeze(g.text()));
            for (CopySpan s : g.spans()) {
                String c = contextOf(docs.get(s.copy()), s);
                if (context == null || c.compareTo(context) < 0) {
                    context = c;
                }
            }
        }
        texts.sort(Comparator.naturalOrder());
        return judgement.kind() + "|" + String.join("/", texts) + "|" + context;
    }

    private static String contextOf(Document d, CopySpan s) {
        int from = s.isEmpty() ? d.wordAtOrAfter(s.charStart()) : s.from();
        int to = s.isEmpty() ? from : s.to();
        StringBuilder b = new StringBuilder();
        for (int w = Math.max(0, from - 2); w < from; w++) {
            b.append(d.word(w).key()).append(' ');
        }
        b.append('_');
        for (int w = to; w < Math.min(d.size(), to + 2); w++) {
            b.append(' ').append(d.word(w).key());
        }
        return b.toString();
    }

    private String summary() {
        List<String> parts = new ArrayList<>();
        for (ReadingGroup g : groups) {
            if (parts.size() == 3) {
                parts.add("…");
                break;
            }
            parts.add(g.isEmpty() ? "(absent)" : Texts.clip(g.text(), SUMMARY_READING));
        }
        return String.join(" / ", parts);
    }
}
