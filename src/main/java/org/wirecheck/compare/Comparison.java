package org.wirecheck.compare;

import java.util.List;
import java.util.Optional;

/**
 * The immutable result of comparing copies of one story: the copies (sorted by name, ids "A", "B", ...), the base
 * copy the others were aligned to, the discrepancies (most important first), and warnings for the user
 * (for example that the copies do not look like the same story).
 */
public record Comparison(List<Copy> copies, String baseId, List<Discrepancy> discrepancies, List<String> warnings,
                         boolean sameStory) {

    public Comparison {
        copies = List.copyOf(copies);
        discrepancies = List.copyOf(discrepancies);
        warnings = List.copyOf(warnings);
    }

    public Optional<Copy> copy(String id) {
        return copies.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
