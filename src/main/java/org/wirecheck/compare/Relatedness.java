package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import org.wirecheck.align.Similarity;
import org.wirecheck.text.Document;

/** Sets aside copies that do not look like the same story as the others, with a warning for each. */
final class Relatedness {

    private Relatedness() {
    }

    /** Indexes of the copies that belong to the story of the base (or of the largest group when the base is alone). */
    static List<Integer> related(List<Document> docs, Similarity sim, int base, double threshold,
                                 List<String> warnings, List<String> ids) {
        int n = docs.size();
        int anchor = base;
        if (best(sim, base, n) < threshold) {
            anchor = sim.medoid();
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i == anchor || sim.between(anchor, i) >= threshold || best(sim, i, n) >= threshold
                    && sim.between(anchor, i) >= threshold / 2) {
                out.add(i);
            }
        }
        if (out.size() < 2) {
            warnings.add("These copies do not look like the same story: they share almost no wording "
                    + "(best similarity " + percent(bestPair(sim, n)) + "). Nothing was compared.");
            return List.of();
        }
        if (!out.contains(base)) {
            warnings.add("The reference copy " + ids.get(base) + " does not look like the same story as the others; "
                    + "it was not compared.");
        }
        for (int i = 0; i < n; i++) {
            if (!out.contains(i) && i != base) {
                warnings.add("Copy " + ids.get(i) + " (" + docs.get(i).witness().name()
                        + ") does not look like the same story as the others (similarity "
                        + percent(sim.between(anchor, i)) + "); it was not compared.");
            }
        }
        return out;
    }

    private static double best(Similarity sim, int i, int n) {
        double b = 0;
        for (int j = 0; j < n; j++) {
            if (j != i) {
                b = Math.max(b, sim.between(i, j));
            }
        }
        return b;
    }

    private static double bestPair(Similarity sim, int n) {
        double b = 0;
        for (int i = 0; i < n; i++) {
            b = Math.max(b, best(sim, i, n));
        }
        return b;
    }

    private static String percent(double x) {
        return Math.round(x * 100) + "%";
    }
}
