package org.wirecheck.compare;

import java.util.List;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Witness;

/**
 * A compared copy: its short id ("A", "B", ...), the witness, its word count, its similarity to the base copy
 * (0..1, 1 for the base itself), whether it is the base, the family (group of near-identical copies) it falls in,
 * its sentences as character ranges (for showing a discrepancy in its sentence), and whether it was compared
 * (false for a copy set aside because it does not look like the same story).
 */
public record Copy(String id, Witness witness, int words, double similarity, boolean base, int family,
                   List<TextRange> sentences, boolean compared) {

    public Copy {
        sentences = List.copyOf(sentences);
    }

    /** A compared copy. */
    public Copy(String id, Witness witness, int words, double similarity, boolean base, int family,
                List<TextRange> sentences) {
        this(id, witness, words, similarity, base, family, sentences, true);
    }

    /** A copy without sentence ranges. */
    public Copy(String id, Witness witness, int words, double similarity, boolean base, int family) {
        this(id, witness, words, similarity, base, family, List.of());
    }

    /** The sentence holding character {@code offset} (or touching it, for an empty span), else null. */
    public TextRange sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRange s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset > s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return lo < sentences.size() ? sentences.get(lo) : sentences.isEmpty() ? null : sentences.get(hi);
    }
}
