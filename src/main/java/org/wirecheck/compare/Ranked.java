package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.text.Document;
import org.wirecheck.classify.Verdict;

/** A classified variant on its way to becoming a {@link Discrepancy}; knows the order of importance. */
record Ranked(Variant variant, List<ReadingGroup> groups, Verdict verdict) {

    /** Severity first, then the classifier's score, then story order. */
    static final Comparator<Ranked> ORDER = Comparator
            .comparing((Ranked r) -> r.verdict().severity())
            .thenComparing(r -> -r.verdict().score())
            .thenComparing(r -> r.verdict().kind())
            .thenComparingInt(r -> r.variant().from())
            .thenComparingInt(r -> r.variant().to())
            .thenComparing(r -> r.groups().get(0).key());

    private static final int SUMMARY_READING = 40;

    Discrepancy toDiscrepancy(String id, List<Document> docs, IntFunction<String> copyId, int passage) {
        List<Reading> readings = new ArrayList<>();
        for (ReadingGroup g : groups) {
            List<Location> locations = new ArrayList<>();
            for (CopySpan s : g.spans()) {
                locations.add(new Location(copyId.apply(s.copy()), s.charStart(), s.charEnd()));
            }
            locations.sort(Comparator.comparing(Location::witnessId, Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder())));
            readings.add(new Reading(g.isEmpty() ? "" : g.text(), locations));
        }
        return new Discrepancy(id, verdict.kind(), verdict.severity(), summary(), verdict.why(),
                readings.get(0).text(), readings, passage, key(docs));
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
        return verdict.kind() + "|" + String.join("/", texts) + "|" + context;
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
            parts.add(g.isEmpty() ? "(absent)" : abbreviate(g.text()));
        }
        return String.join(" / ", parts);
    }

    private static String abbreviate(String s) {
        return s.length() <= SUMMARY_READING ? s : s.substring(0, SUMMARY_READING - 1).stripTrailing() + "…";
    }
}
