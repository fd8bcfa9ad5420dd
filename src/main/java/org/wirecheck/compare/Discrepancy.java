package org.wirecheck.compare;

import java.util.List;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/**
 * One place in the story where the copies disagree: its kind and severity, a one-line summary and reason,
 * the majority reading and every reading with the copies that carry it (majority first).
 *
 * @param id       stable within one comparison ("D1" is the most important)
 * @param majority text of the reading most copies carry ({@code ""} when most copies lack the passage)
 * @param why      one-line explanation of the classification, for people
 * @param passage  index of the aligned passage ({@link Comparison#passages()}) it stands in, or -1
 * @param key      identity that survives recomputing (other reference, copies reordered or added): kind, the
 *                 readings' folded words and the words around them
 */
public record Discrepancy(String id, Kind kind, Severity severity, String summary, String why, String majority,
                          List<Reading> readings, int passage, String key) {

    public Discrepancy {
        readings = List.copyOf(readings);
    }

    /** A discrepancy built by hand, without passage and with a key from its kind and readings. */
    public Discrepancy(String id, Kind kind, Severity severity, String summary, String why, String majority,
                       List<Reading> readings) {
        this(id, kind, severity, summary, why, majority, readings, -1,
                kind + "|" + readings.stream().map(Reading::text).sorted().toList());
    }

    /** The reading the given copy carries, or null when that copy is not involved. */
    public Reading readingOf(String witnessId) {
        for (Reading r : readings) {
            for (Location l : r.locations()) {
                if (l.witnessId().equals(witnessId)) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * Whether copy {@code witnessId} departs here: it carries a reading other than an agreed majority's, or any
     * reading when none has a majority (a copy not involved does not depart).
     */
    public boolean departs(String witnessId) {
        Reading mine = readingOf(witnessId);
        return departsWith(mine == null ? -1 : readings.indexOf(mine));
    }

    /** Whether carrying reading number {@code reading} (-1: none) departs from an agreed majority. */
    public boolean departsWith(int reading) {
        return reading >= 0 && !(hasMajority() && reading == 0);
    }

    /** True when one reading is carried by more copies than any other (else no reading is the majority). */
    public boolean hasMajority() {
        return readings.size() < 2 || readings.get(0).count() > readings.get(1).count();
    }

    /** Number of copies involved in this discrepancy. */
    public int copies() {
        return readings.stream().mapToInt(Reading::count).sum();
    }
}
