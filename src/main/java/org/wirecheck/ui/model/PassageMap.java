package org.wirecheck.ui.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Passage;
import org.wirecheck.compare.Reading;
import org.wirecheck.text.TextRange;

/**
 * Where each aligned passage stands in each copy, for scrolling copies side by side passage by passage (not line
 * by line): a point in one copy becomes a passage and how far into it, and that becomes a point in another copy.
 */
public final class PassageMap {

    /** A place in the story: a passage (index in story order) and the fraction of it already passed (0..1). */
    public record Anchor(int passage, double fraction) {
    }

    private record Entry(TextRange range, int passage) {
    }

    private final Map<String, List<Entry>> byCopy = new HashMap<>();
    private final Map<String, Map<Integer, TextRange>> rangeOf = new HashMap<>();

    /** The map of the given passages (those of one comparison). */
    public PassageMap(List<Passage> passages) {
        for (Passage p : passages) {
            p.ranges().forEach((copy, range) -> {
                byCopy.computeIfAbsent(copy, c -> new ArrayList<>()).add(new Entry(range, p.index()));
                rangeOf.computeIfAbsent(copy, c -> new HashMap<>()).put(p.index(), range);
            });
        }
        byCopy.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.range().start())));
    }

    /** Whether there is any passage at all (a comparison of unrelated copies has none). */
    public boolean isEmpty() {
        return byCopy.isEmpty();
    }

    /**
     * The place in the story at character {@code offset} of copy {@code copyId}: the passage holding it, else the
     * next passage of that copy (fraction 0), else its last passage (fraction 1).
     */
    public Optional<Anchor> anchorAt(String copyId, int offset) {
        List<Entry> entries = byCopy.get(copyId);
        if (entries == null || entries.isEmpty()) {
            return Optional.empty();
        }
        for (Entry e : entries) {
            TextRange r = e.range();
            if (offset < r.start()) {
                return Optional.of(new Anchor(e.passage(), 0));
            }
            if (offset < r.end()) {
                double f = r.length() == 0 ? 0 : (offset - r.start()) / (double) r.length();
                return Optional.of(new Anchor(e.passage(), f));
            }
        }
        return Optional.of(new Anchor(entries.get(entries.size() - 1).passage(), 1));
    }

    /**
     * The character offset of {@code anchor} in copy {@code copyId}. A copy lacking that passage is brought to the
     * next passage it has in story order (else the previous one's end).
     */
    public Optional<Integer> offsetOf(String copyId, Anchor anchor) {
        Map<Integer, TextRange> ranges = rangeOf.get(copyId);
        if (ranges == null || ranges.isEmpty()) {
            return Optional.empty();
        }
        TextRange exact = ranges.get(anchor.passage());
        if (exact != null) {
            return Optional.of(exact.start() + (int) Math.round(anchor.fraction() * exact.length()));
        }
        int bestNext = Integer.MAX_VALUE;
        int bestPrev = Integer.MIN_VALUE;
        for (int p : ranges.keySet()) {
            if (p > anchor.passage() && p < bestNext) {
                bestNext = p;
            }
            if (p < anchor.passage() && p > bestPrev) {
                bestPrev = p;
            }
        }
        if (bestNext != Integer.MAX_VALUE) {
            return Optional.of(ranges.get(bestNext).start());
        }
        return Optional.of(ranges.get(bestPrev).end());
    }

    /**
     * Where discrepancy {@code d} stands in copy {@code copyId}: its own reading there, else the same place of the
     * passage the engine says it stands in ({@link Discrepancy#passage()}; a copy lacking that passage goes to the
     * next one it has), else the place of its first reading mapped through the passages.
     */
    public Optional<Integer> placeOf(Discrepancy d, String copyId) {
        Reading own = d.readingOf(copyId);
        if (own != null) {
            return own.locations().stream().filter(l -> l.witnessId().equals(copyId)).findFirst()
                    .map(Location::start);
        }
        if (d.passage() >= 0) {
            double fraction = 0;
            search:
            for (Reading r : d.readings()) {
                for (Location l : r.locations()) {
                    Optional<Anchor> a = anchorAt(l.witnessId(), l.start());
                    if (a.isPresent() && a.get().passage() == d.passage()) {
                        fraction = a.get().fraction();
                        break search;
                    }
                }
            }
            return offsetOf(copyId, new Anchor(d.passage(), fraction));
        }
        for (Reading r : d.readings()) {
            for (Location l : r.locations()) {
                Optional<Anchor> anchor = anchorAt(l.witnessId(), l.start());
                if (anchor.isPresent()) {
                    return offsetOf(copyId, anchor.get());
                }
            }
        }
        return Optional.empty();
    }
}
