package org.wirecheck.compare;

import org.wirecheck.text.Witness;

/**
 * A compared copy: its short id ("A", "B", ...), the witness, its word count, its similarity to the base copy
 * (0..1, 1 for the base itself), whether it is the base, and the family (group of closely similar copies) it falls in.
 */
public record Copy(String id, Witness witness, int words, double similarity, boolean base, int family) {
}
