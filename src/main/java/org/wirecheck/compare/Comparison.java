package org.wirecheck.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable result of comparing copies of one story: the copies (sorted by name, ids "A", "B", ...), the base
 * copy the others were aligned to, the discrepancies (most important first), and warnings for the user
 * (for example that the copies do not look like the same story), and the aligned passages (for reading copies side
 * by side).
 */
public record Comparison(List<Copy> copies, String baseId, List<Discrepancy> discrepancies, List<String> warnings,
                         boolean sameStory, List<Passage> passages) {

    public Comparison {
        copies = List.copyOf(copies);
        discrepancies = List.copyOf(discrepancies);
        warnings = List.copyOf(warnings);
        passages = List.copyOf(passages);
    }

    /** A comparison without passage alignment (for reports built by hand). */
    public Comparison(List<Copy> copies, String baseId, List<Discrepancy> discrepancies, List<String> warnings,
                      boolean sameStory) {
        this(copies, baseId, discrepancies, warnings, sameStory, List.of());
    }

    /**
     * Whether the compared copies fall into versions of the story: two families or more ({@link Copy#family()}),
     * one of them with two copies or more. Copies set aside as another story are not counted.
     */
    public boolean versioned() {
        java.util.Map<Integer, Integer> size = new java.util.HashMap<>();
        copies.stream().filter(Copy::compared).forEach(c -> size.merge(c.family(), 1, Integer::sum));
        return size.size() >= 2 && size.values().stream().anyMatch(n -> n >= 2);
    }

    /** How many copies were compared: all but those set aside as another story (none when nothing was compared). */
    public int comparedCount() {
        return (int) copies.stream().filter(Copy::compared).count();
    }

    /** How many copies were set aside because they do not look like the same story. */
    public int setAsideCount() {
        return copies.size() - comparedCount();
    }

    /**
     * The compared copies that carry none of the readings of {@code d}: they lack the passage it stands in. In id
     * order.
     */
    public List<String> lacking(Discrepancy d) {
        Set<String> involved = new HashSet<>();
        for (Reading r : d.readings()) {
            r.locations().forEach(l -> involved.add(l.witnessId()));
        }
        return copies.stream().filter(c -> c.compared() && !involved.contains(c.id())).map(Copy::id).toList();
    }

    public Optional<Copy> copy(String id) {
        return copies.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
