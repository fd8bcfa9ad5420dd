package org.wirecheck.compare;

import java.util.List;

/**
 * One reading of a discrepancy: its text ({@code ""} for a copy that lacks the passage) and where each copy carrying it
 * has it.
 */
public record Reading(String text, List<Location> locations) {

    public Reading {
        locations = List.copyOf(locations);
    }

    /** How many copies carry this reading. */
    public int count() {
        return locations.size();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
