package org.wirecheck.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.text.Document;

/**
 * How alike whole copies are: weighted Dice overlap of their content words (rare words weigh more). 1 for identical
 * vocabularies, near 0 for unrelated stories; paraphrases of one story score well above unrelated texts.
 */
public final class Similarity {

    private final double[][] sim;

    public Similarity(List<Document> docs) {
        int n = docs.size();
        List<Set<String>> sets = docs.stream().map(d -> Weights.contentKeys(d, 0, d.size())).toList();
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> s : sets) {
            for (String k : s) {
                df.merge(k, 1, Integer::sum);
            }
        }
        Map<String, Double> w = new HashMap<>();
        df.forEach((k, v) -> w.put(k, Math.log(1.0 + (double) (n + 1) / v)));
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            for (String k : sets.get(i)) {
                total[i] += w.get(k);
            }
        }
        sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                Set<String> small = sets.get(i).size() <= sets.get(j).size() ? sets.get(i) : sets.get(j);
                Set<String> large = small == sets.get(i) ? sets.get(j) : sets.get(i);
                double shared = 0;
                for (String k : small) {
                    if (large.contains(k)) {
                        shared += w.get(k);
                    }
                }
                double denom = total[i] + total[j];
                sim[i][j] = sim[j][i] = denom == 0 ? 0 : 2 * shared / denom;
            }
        }
    }

    public double between(int i, int j) {
        return sim[i][j];
    }

    /** The copy most similar to all others (lowest index on ties). */
    public int medoid() {
        int best = 0;
        double bestSum = -1;
        for (int i = 0; i < sim.length; i++) {
            double sum = 0;
            for (int j = 0; j < sim.length; j++) {
                sum += i == j ? 0 : sim[i][j];
            }
            if (sum > bestSum + 1e-12) {
                bestSum = sum;
                best = i;
            }
        }
        return best;
    }
}
