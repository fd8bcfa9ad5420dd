package org.wirecheck.align;

import java.util.List;
import java.util.function.Predicate;

/**
 * A place where the copies read differently, before classification: the pivot words {@code [from, to)} it covers
 * (empty for a pure insertion), what sort of difference it is, and each taking-part copy's reading.
 *
 * @param shape WORDS for a difference inside passages all these copies have, PASSAGE for passages some copies lack
 *              entirely, TRUNCATION for a copy that stops early, CASE for letters that differ in case only
 */
public record Variant(int from, int to, Shape shape, List<CopySpan> spans) {

    public enum Shape { WORDS, PASSAGE, TRUNCATION, CASE }

    public Variant {
        spans = List.copyOf(spans);
    }

    /** True when some copy's reading has words and every reading with words passes {@code test}. */
    public boolean allTold(Predicate<CopySpan> test) {
        List<CopySpan> told = spans.stream().filter(s -> !s.isEmpty()).toList();
        return !told.isEmpty() && told.stream().allMatch(test);
    }
}
