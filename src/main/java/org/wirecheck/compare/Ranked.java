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

    Discrepancy toDiscrepancy(String id, List<Document> docs, IntFunction<String> copyId) {
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
                readings.get(0).text(), readings);
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
