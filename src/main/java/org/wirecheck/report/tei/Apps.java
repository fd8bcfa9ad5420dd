package org.wirecheck.report.tei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;

/**
 * The discrepancies that become {@code <app>} elements: parallel segmentation cannot let two apparatus entries
 * overlap, in the base text or in any copy, so discrepancies are taken most important first and one that overlaps
 * an entry already taken is left out (and counted); so is one the base copy takes no part in, since its place in
 * the base text is unknown.
 */
final class Apps {

    /** One entry: the discrepancy and the base copy's span it replaces, {@code [start, end)}. */
    record App(Discrepancy discrepancy, int start, int end) {
    }

    private final List<App> taken = new ArrayList<>();
    private final List<String> overlapping = new ArrayList<>();
    private final List<String> outsideBase = new ArrayList<>();

    Apps(Comparison comparison) {
        Map<String, Spans> spans = new HashMap<>();
        String base = comparison.baseId();
        for (Discrepancy d : comparison.discrepancies()) {
            Location inBase = location(d, base);
            if (inBase == null) {
                outsideBase.add(d.id());
                continue;
            }
            List<Location> all = new ArrayList<>();
            d.readings().forEach(r -> all.addAll(r.locations()));
            boolean free = all.stream().allMatch(l -> spans.computeIfAbsent(l.witnessId(), k -> new Spans())
                    .free(start(l), end(l)));
            if (!free) {
                overlapping.add(d.id());
                continue;
            }
            all.forEach(l -> spans.get(l.witnessId()).add(start(l), end(l)));
            taken.add(new App(d, start(inBase), end(inBase)));
        }
        taken.sort(Comparator.comparingInt(App::start).thenComparingInt(App::end));
    }

    /** The entries, in the order of the base text. */
    List<App> taken() {
        return taken;
    }

    /** Ids of the discrepancies left out because they overlap an entry taken, most important first. */
    List<String> overlapping() {
        return overlapping;
    }

    /** Ids of the discrepancies left out because the base copy takes no part in them. */
    List<String> outsideBase() {
        return outsideBase;
    }

    static Location location(Discrepancy d, String copyId) {
        Reading r = d.readingOf(copyId);
        if (r == null) {
            return null;
        }
        return r.locations().stream().filter(l -> l.witnessId().equals(copyId)).findFirst().orElse(null);
    }

    /** Where the whole reading starts (a passage's extent, not just its first words); empty readings are points. */
    static int start(Location l) {
        return l.isEmpty() ? l.start() : l.extentStart();
    }

    static int end(Location l) {
        return l.isEmpty() ? l.start() : l.extentEnd();
    }

    /** Disjoint spans of one copy's text, and the empty points between them. */
    private static final class Spans {

        private final NavigableMap<Integer, Integer> spans = new TreeMap<>();
        private final TreeSet<Integer> points = new TreeSet<>();

        /** Whether {@code [start, end)} (a point when empty) overlaps nothing taken; touching is allowed. */
        boolean free(int start, int end) {
            if (start == end) {
                Map.Entry<Integer, Integer> before = spans.lowerEntry(start);
                return !points.contains(start) && (before == null || before.getValue() <= start);
            }
            Map.Entry<Integer, Integer> last = spans.lowerEntry(end);
            if (last != null && last.getValue() > start) {
                return false;
            }
            return points.subSet(start, false, end, false).isEmpty();
        }

        void add(int start, int end) {
            if (start == end) {
                points.add(start);
            } else {
                spans.put(start, end);
            }
        }
    }
}
