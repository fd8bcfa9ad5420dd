package org.wirecheck.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * Inverse sentence frequency of word keys over all copies: rare words weigh more when deciding which sentences
 * of two copies tell the same thing. Function words weigh nothing. Content keys are numbered, so that passages can
 * be compared as sorted arrays of numbers.
 */
final class Weights {

    private final Map<String, Integer> ids = new HashMap<>();
    private final double[] weight;

    Weights(List<Document> docs) {
        Map<String, Integer> df = new HashMap<>();
        int sentences = 0;
        for (Document d : docs) {
            for (int s = 0; s < d.sentenceCount(); s++) {
                sentences++;
                for (String k : contentKeys(d, d.sentenceStart(s), d.sentenceEnd(s))) {
                    df.merge(k, 1, Integer::sum);
                }
            }
        }
        weight = new double[df.size()];
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            int id = ids.size();
            ids.put(e.getKey(), id);
            weight[id] = Math.log(1.0 + (double) sentences / e.getValue());
        }
    }

    /** Number of distinct content keys. */
    int size() {
        return weight.length;
    }

    double weight(int id) {
        return weight[id];
    }

    /** The distinct content-word keys of a word range, numbered and sorted. */
    int[] ids(Document d, int from, int to) {
        int[] out = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            Integer id = ids.get(d.word(i).key());
            if (id != null) {
                out[n++] = id;
            }
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int u = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[u++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, u);
    }

    double total(int[] keys) {
        double t = 0;
        for (int k : keys) {
            t += weight[k];
        }
        return t;
    }

    /** The distinct content-word keys of a word range. */
    static Set<String> contentKeys(Document d, int from, int to) {
        Set<String> keys = new HashSet<>();
        for (int i = from; i < to; i++) {
            String k = d.word(i).key();
            if (!Lexicon.isStopword(k)) {
                keys.add(k);
            }
        }
        return keys;
    }
}
