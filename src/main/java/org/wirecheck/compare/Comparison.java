package org.wirecheck.compare;

import java.util.List;
import java.util.Optional;

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

    public Optional<Copy> copy(String id) {
        return copies.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
