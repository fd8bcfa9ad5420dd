package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.TextRange;

/**
 * The passages a copy rewrites: aligned passages ({@link Comparison#passages()}) in which the copy departs from the
 * other copies' wording at least once at medium severity (a reworded clause, a changed quote), as opposed to the low
 * drift of spelling and punctuation. The reader shows such a passage as one quiet band when it hides the word-level
 * drift, so that a fact-checker sees where a copy was rewritten without a wall of underlines.
 *
 * <p>A copy departs when its reading is not the majority's, or when no reading has a majority; words it adds or
 * drops inside a passage count. Passages a copy lacks or alone carries as a whole are omissions and additions,
 * marked as such; they are not bands.
 */
public final class Rewritten {

    /** Share of a passage above which a reading is the passage itself, added or lacking, not a rewording in it. */
    static final double WHOLE = 0.8;

    private Rewritten() {
    }

    /** The ranges of {@code copyId}'s text that it rewrites, in text order, one per passage. */
    public static List<TextRange> passages(Comparison comparison, String copyId) {
        List<Passage> passages = comparison.passages();
        Set<Integer> indexes = new TreeSet<>();
        for (Discrepancy d : comparison.discrepancies()) {
            if (d.passage() < 0 || d.passage() >= passages.size() || !rewords(d)) {
                continue;
            }
            TextRange passage = passages.get(d.passage()).ranges().get(copyId);
            if (passage != null && passage.length() > 0 && departsWithin(d, copyId, passage)) {
                indexes.add(d.passage());
            }
        }
        List<TextRange> out = new ArrayList<>();
        for (int i : indexes) {
            out.add(passages.get(i).ranges().get(copyId));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(out);
    }

    /**
     * Whether {@code d} is about a whole passage some copies tell and others lack (as opposed to words added or
     * dropped inside a passage): a reading covers most of the passage in the copy that carries it, or lies outside
     * the aligned passages.
     */
    public static boolean wholePassage(Comparison comparison, Discrepancy d) {
        if (d.kind() != Kind.OMISSION && d.kind() != Kind.ADDITION) {
            return false;
        }
        List<Passage> passages = comparison.passages();
        for (Reading r : d.readings()) {
            for (Location l : r.locations()) {
                if (l.isEmpty()) {
                    continue;
                }
                TextRange passage = d.passage() >= 0 && d.passage() < passages.size()
                        ? passages.get(d.passage()).ranges().get(l.witnessId()) : null;
                if (passage == null || l.extentEnd() - l.extentStart() >= WHOLE * passage.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code d} changes wording at medium severity (words added or dropped inside a passage count). */
    static boolean rewords(Discrepancy d) {
        return d.severity() == Severity.MEDIUM && d.kind() != Kind.BOILERPLATE;
    }

    /**
     * Whether copy {@code copyId} carries a reading of {@code d} other than an agreed majority's, inside the passage
     * it tells (words it adds or drops there count; a passage it adds or lacks as a whole does not).
     */
    static boolean departsWithin(Discrepancy d, String copyId, TextRange passage) {
        if (!d.departs(copyId)) {
            return false;
        }
        Reading mine = d.readingOf(copyId);
        for (Location l : mine.locations()) {
            if (l.witnessId().equals(copyId)) {
                int extent = l.extentEnd() - l.extentStart();
                return extent < WHOLE * passage.length();
            }
        }
        return false;
    }
}
