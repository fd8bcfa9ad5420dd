package org.wirecheck.align;

/**
 * One difference between a copy and the pivot, as found by the word diff: pivot words {@code [pivotFrom, pivotTo)}
 * (global pivot indexes; empty for an insertion at {@code pivotFrom}) stand in the copy as copy words
 * {@code [copyFrom, copyTo)} (empty for a deletion, then {@code copyFrom} is the copy word index where the deleted
 * words would stand). Both ranges non-empty: a substitution.
 */
public record CopyEdit(int pivotFrom, int pivotTo, int copyFrom, int copyTo) {

    /** True when the copy drops the pivot words (it has no words in their place). */
    public boolean deletion() {
        return copyFrom == copyTo;
    }

    /** True when the copy adds words the pivot does not have. */
    public boolean insertion() {
        return pivotFrom == pivotTo;
    }
}
