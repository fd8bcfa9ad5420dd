package org.wirecheck.align;

/**
 * One sentence of the pivot: the sentence {@code sentence} of copy {@code owner}, words {@code [from, to)} of that
 * copy. The pivot is the base copy's sentences plus the sentences other copies add, in story order.
 */
record Slot(int owner, int sentence, int from, int to) {

    int length() {
        return to - from;
    }
}
