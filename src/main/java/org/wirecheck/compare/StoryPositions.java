package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import org.wirecheck.text.TextRange;

/**
 * Where in the story a discrepancy stands, as a fraction of the base copy's text (0 at its start, 1 at its end): the
 * base copy's own location when it is involved; else the start of the aligned passage in the base; else the end of
 * the nearest earlier passage the base has. The overview's story order and the window's density bar both use it.
 */
public final class StoryPositions {

    private StoryPositions() {
    }

    /** The position of every discrepancy of {@code c}, in its order. */
    public static List<Double> of(Comparison c) {
        List<Double> out = new ArrayList<>();
        for (Discrepancy d : c.discrepancies()) {
            out.add(of(c, d));
        }
        return out;
    }

    /** The position of {@code d} in the story of {@code c}, 0..1 (0 when the base tells nothing before it). */
    public static double of(Comparison c, Discrepancy d) {
        String baseId = c.baseId();
        int length = c.copy(baseId).map(b -> b.witness().text().length()).orElse(0);
        int at = offset(d, baseId, c.passages());
        return length == 0 || at < 0 ? 0.0 : Math.min(1.0, (double) at / length);
    }

    private static int offset(Discrepancy d, String baseId, List<Passage> passages) {
        Reading mine = d.readingOf(baseId);
        if (mine != null) {
            for (Location l : mine.locations()) {
                if (l.witnessId().equals(baseId)) {
                    return l.start();
                }
            }
        }
        for (int p = Math.min(d.passage(), passages.size() - 1); p >= 0; p--) {
            TextRange r = passages.get(p).ranges().get(baseId);
            if (r != null) {
                return p == d.passage() ? r.start() : r.end();
            }
        }
        return -1;
    }
}
