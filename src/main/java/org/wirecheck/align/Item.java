package org.wirecheck.align;

/**
 * One difference between a copy and the pivot: pivot words {@code [a, b)} (global pivot indexes; empty for an
 * insertion at {@code a}) stand as copy words {@code [x, y)} (empty for a deletion, then {@code x} is the copy word
 * index where the deleted words would stand).
 */
public record Item(int a, int b, int x, int y) {

    public boolean deletion() {
        return x == y;
    }

    public boolean insertion() {
        return a == b;
    }
}
