package org.wirecheck.report.tei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;

/**
 * The discrepancies that become {@code <app>} elements. Parallel segmentation cannot let two apparatus entries
 * overlap, in the base text or in any copy. Discrepancies are taken most important first; one that overlaps an entry
 * already taken is left out, unless every entry it overlaps lies wholly inside it (in every copy they involve): then
 * it replaces them, since its readings hold every copy's exact text there (a passage some copies lack, taken after
 * the word-level discrepancies inside it). A discrepancy inside an entry is carried by it; one that overlaps another
 * in part is left out, and so is one the base copy takes no part in outside any entry (its place in the base text is
 * unknown). All of them are named in the header.
 */
final class Apps {

    /** One entry: the discrepancy and the base copy's span it replaces, {@code [start, end)}. */
    record App(Discrepancy discrepancy, int start, int end) {
    }

    private final List<App> taken = new ArrayList<>();
    private final List<String> inside = new ArrayList<>();
    private final List<String> overlapping = new ArrayList<>();
    private final List<String> outsideBase = new ArrayList<>();

    Apps(Comparison comparison) {
        String base = comparison.baseId();
        Entries entries = new Entries();
        List<Discrepancy> later = new ArrayList<>();
        for (Discrepancy d : comparison.discrepancies()) {
            if (location(d, base) == null || !entries.conflicts(d).isEmpty()) {
                later.add(d);
            } else {
                entries.add(d);
            }
        }
        List<Discrepancy> replaced = new ArrayList<>();
        for (Discrepancy d : later) {
            Set<Integer> conflicts = entries.conflicts(d);
            if (location(d, base) != null && conflicts.stream().allMatch(e -> entries.within(e, d))) {
                conflicts.forEach(e -> replaced.add(entries.remove(e)));
                entries.add(d);
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        comparison.discrepancies().forEach(d -> rank.put(d.id(), rank.size()));
        List<Discrepancy> left = new ArrayList<>(replaced);
        left.addAll(later.stream().filter(d -> !entries.has(d)).toList());
        left.sort(Comparator.comparing(d -> rank.get(d.id())));
        for (Discrepancy d : left) {
            if (entries.holder(d) >= 0) {
                inside.add(d.id());
            } else if (location(d, base) == null) {
                outsideBase.add(d.id());
            } else {
                overlapping.add(d.id());
            }
        }
        for (Discrepancy d : entries.all()) {
            Location inBase = location(d, base);
            taken.add(new App(d, start(inBase), end(inBase)));
        }
        taken.sort(Comparator.comparingInt(App::start).thenComparingInt(App::end));
    }

    /** The entries, in the order of the base text. */
    List<App> taken() {
        return taken;
    }

    /** Ids of the discrepancies that lie wholly inside an entry taken (its readings hold their text), by rank. */
    List<String> inside() {
        return inside;
    }

    /** Ids of the discrepancies left out because they overlap an entry taken in part, most important first. */
    List<String> overlapping() {
        return overlapping;
    }

    /** Ids of the discrepancies left out because the base copy takes no part in them, outside every entry. */
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

    /**
     * The entries taken so far, by number, with each copy's disjoint spans (and empty points) and the entry each
     * belongs to.
     */
    private static final class Entries {

        private static final NavigableMap<Integer, int[]> EMPTY_SPANS = new TreeMap<>();
        private static final NavigableMap<Integer, Integer> EMPTY_POINTS = new TreeMap<>();

        private final Map<Integer, Discrepancy> byNumber = new TreeMap<>();
        private final Map<String, Integer> numberOf = new HashMap<>();
        /** copy id to start to {end, entry}. */
        private final Map<String, NavigableMap<Integer, int[]>> spans = new HashMap<>();
        /** copy id to point to entry. */
        private final Map<String, NavigableMap<Integer, Integer>> points = new HashMap<>();
        private int next;

        void add(Discrepancy d) {
            int n = next++;
            byNumber.put(n, d);
            numberOf.put(d.id(), n);
            for (Location l : locations(d)) {
                if (start(l) == end(l)) {
                    points.computeIfAbsent(l.witnessId(), k -> new TreeMap<>()).put(start(l), n);
                } else {
                    spans.computeIfAbsent(l.witnessId(), k -> new TreeMap<>()).put(start(l), new int[] {end(l), n});
                }
            }
        }

        Discrepancy remove(int n) {
            Discrepancy d = byNumber.remove(n);
            numberOf.remove(d.id());
            for (Location l : locations(d)) {
                if (start(l) == end(l)) {
                    points.get(l.witnessId()).remove(start(l));
                } else {
                    spans.get(l.witnessId()).remove(start(l));
                }
            }
            return d;
        }

        boolean has(Discrepancy d) {
            return numberOf.containsKey(d.id());
        }

        List<Discrepancy> all() {
            return List.copyOf(byNumber.values());
        }

        /** The entries that {@code d} overlaps in some copy (touching is no overlap; two points at one place are). */
        Set<Integer> conflicts(Discrepancy d) {
            Set<Integer> out = new TreeSet<>();
            for (Location l : locations(d)) {
                int s = start(l);
                int e = end(l);
                NavigableMap<Integer, int[]> sp = spans.getOrDefault(l.witnessId(), EMPTY_SPANS);
                NavigableMap<Integer, Integer> pt = points.getOrDefault(l.witnessId(), EMPTY_POINTS);
                Map.Entry<Integer, int[]> before = sp.lowerEntry(s == e ? s : s + 1);
                if (before != null && before.getValue()[0] > s && (s < e || before.getKey() < s)) {
                    out.add(before.getValue()[1]);
                }
                if (s == e) {
                    if (pt.containsKey(s)) {
                        out.add(pt.get(s));
                    }
                    continue;
                }
                sp.subMap(s, false, e, false).values().forEach(v -> out.add(v[1]));
                out.addAll(pt.subMap(s, false, e, false).values());
            }
            return out;
        }

        /** Whether entry {@code n} lies wholly inside {@code outer} in every copy it involves. */
        boolean within(int n, Discrepancy outer) {
            Map<String, Location> at = new HashMap<>();
            locations(outer).forEach(l -> at.put(l.witnessId(), l));
            for (Location l : locations(byNumber.get(n))) {
                Location o = at.get(l.witnessId());
                if (o == null || start(l) < start(o) || end(l) > end(o)) {
                    return false;
                }
            }
            return true;
        }

        /** The entry that holds {@code d} wholly (in every copy it involves), or -1. */
        int holder(Discrepancy d) {
            Set<Integer> around = conflicts(d);
            Location first = locations(d).get(0);
            Map.Entry<Integer, int[]> span = spans.getOrDefault(first.witnessId(), EMPTY_SPANS)
                    .floorEntry(start(first));
            if (span != null && span.getValue()[0] >= end(first)) {
                around.add(span.getValue()[1]);
            }
            for (int n : around) {
                Discrepancy outer = byNumber.get(n);
                Map<String, Location> at = new HashMap<>();
                locations(outer).forEach(l -> at.put(l.witnessId(), l));
                boolean all = locations(d).stream().allMatch(l -> at.containsKey(l.witnessId())
                        && start(l) >= start(at.get(l.witnessId())) && end(l) <= end(at.get(l.witnessId())));
                if (all) {
                    return n;
                }
            }
            return -1;
        }

        private static List<Location> locations(Discrepancy d) {
            List<Location> all = new ArrayList<>();
            d.readings().forEach(r -> all.addAll(r.locations()));
            return all;
        }
    }
}
