package org.wirecheck.align;

import java.util.List;

/**
 * Sentences {@code [sentenceFrom, sentenceTo)} of one copy aligned with the pivot slots {@code slots} (indexes into
 * the final pivot order, ascending). One sentence to one slot is the common case; several slots make a merge,
 * several sentences a split.
 */
record Group(int sentenceFrom, int sentenceTo, List<Slot> slots) {
}
