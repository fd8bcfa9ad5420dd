package org.wirecheck.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.wirecheck.text.Document;

/**
 * How alike whole copies are: weighted Dice overlap of their content words (rare words weigh more). 1 for identical
 * vocabularies, near 0 for unrelated stories; paraphrases of one story score well above unrelated texts.
 * Words are numbered once and each copy's vocabulary kept as a sorted array, so the N x N table costs a merge per
 * pair.
 */
public final class Similarity {

    private final double[][] sim;

    public Similarity(List<Document> docs) {
        int n = docs.size();
        List<Set<String>> sets = docs.stream().map(d -> Weights.contentKeys(d, 0, d.size())).toList();
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, Integer> df = new HashMap<>();
        int[][] vocab = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] v = new int[sets.get(i).size()];
            int k = 0;
            for (String key : sets.get(i)) {
                int id = ids.computeIfAbsent(key, x -> ids.size());
                v[k++] = id;
                df.merge(id, 1, Integer::sum);
            }
            Arrays.sort(v);
            vocab[i] = v;
        }
        double[] w = new double[ids.size()];
        df.forEach((id, f) -> w[id] = Math.log(1.0 + (double) (n + 1) / f));
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            for (int id : vocab[i]) {
                total[i] += w[id];
            }
        }
        sim = new double[n][n];
        IntStream.range(0, n).parallel().forEach(i -> {
            sim[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double shared = shared(vocab[i], vocab[j], w);
                double denom = total[i] + total[j];
                sim[i][j] = denom == 0 ? 0 : 2 * shared / denom;
            }
        });
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                sim[i][j] = sim[j][i];
            }
        }
    }

    private static double shared(int[] a, int[] b, double[] w) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                s += w[a[i]];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
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
