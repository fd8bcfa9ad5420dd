package org.wirecheck.compare;

import java.util.Map;
import org.wirecheck.text.TextRange;

/**
 * One aligned passage of the story (a sentence of the pivot) and where each copy that has it carries it, by copy id.
 * Passages come in story order; a reader scrolls copies side by side passage by passage.
 */
public record Passage(int index, Map<String, TextRange> ranges) {

    public Passage {
        ranges = Map.copyOf(ranges);
    }
}
