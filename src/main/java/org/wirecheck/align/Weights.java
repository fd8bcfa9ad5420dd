package org.wirecheck.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * Inverse sentence frequency of word keys over all copies: rare words weigh more when deciding which sentences
 * of two copies tell the same thing. Function words weigh nothing.
 */
final class Weights {

    private final Map<String, Double> weight = new HashMap<>();

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
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            weight.put(e.getKey(), Math.log(1.0 + (double) sentences / e.getValue()));
        }
    }

    double of(String key) {
        return weight.getOrDefault(key, 0.0);
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

    double total(Set<String> keys) {
        double t = 0;
        for (String k : keys) {
            t += of(k);
        }
        return t;
    }
}
