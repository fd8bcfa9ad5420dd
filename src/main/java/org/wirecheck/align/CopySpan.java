package org.wirecheck.align;

/**
 * One copy's reading at a variant: its words {@code [from, to)} and characters {@code [charStart, charEnd)}.
 * An empty reading ({@code from == to}) marks, by {@code charStart == charEnd}, where the copy would carry it.
 */
public record CopySpan(int copy, int from, int to, int charStart, int charEnd) {

    public boolean isEmpty() {
        return from == to;
    }
}
