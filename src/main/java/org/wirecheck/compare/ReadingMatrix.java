package org.wirecheck.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reading each copy carries at each discrepancy, as one table of reading indexes (into
 * {@link Discrepancy#readings()}; -1 where the copy is not involved), built in one pass over the locations so that
 * 100 copies by 2,000 discrepancies cost a few milliseconds rather than a search per cell.
 */
final class ReadingMatrix {

    private final List<Copy> copies;
    private final List<Discrepancy> discrepancies;
    private final Map<String, Integer> row = new HashMap<>();
    /** {@code reading[copy][discrepancy]}, copies and discrepancies in the comparison's order. */
    private final short[][] reading;

    ReadingMatrix(Comparison comparison) {
        copies = comparison.copies();
        discrepancies = comparison.discrepancies();
        for (int i = 0; i < copies.size(); i++) {
            row.put(copies.get(i).id(), i);
        }
        reading = new short[copies.size()][discrepancies.size()];
        for (short[] r : reading) {
            java.util.Arrays.fill(r, (short) -1);
        }
        for (int d = 0; d < discrepancies.size(); d++) {
            List<Reading> readings = discrepancies.get(d).readings();
            for (int r = 0; r < readings.size(); r++) {
                for (Location l : readings.get(r).locations()) {
                    Integer c = row.get(l.witnessId());
                    if (c != null && reading[c][d] < 0) {
                        reading[c][d] = (short) Math.min(r, Short.MAX_VALUE);
                    }
                }
            }
        }
    }

    List<Copy> copies() {
        return copies;
    }

    List<Discrepancy> discrepancies() {
        return discrepancies;
    }

    /** The index of copy {@code id} in the comparison, or -1. */
    int indexOf(String copyId) {
        return row.getOrDefault(copyId, -1);
    }

    /** The reading index copy {@code copy} carries at discrepancy {@code discrepancy}, or -1 when not involved. */
    int reading(int copy, int discrepancy) {
        return reading[copy][discrepancy];
    }
}
