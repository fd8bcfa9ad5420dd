package org.wirecheck.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content stems of all copies as numbers, each with its weight and, per copy, the sentences that hold it: what
 * {@link SentenceCoverage} looks up for every sentence against every other copy, kept in arrays so that a lookup is a
 * binary search among the copies that use the stem, not a hash of its text.
 */
final class StemIndex {

    private final Map<String, Integer> ids = new HashMap<>();
    private final double[] weight;
    /** copies[stem]: the copies whose sentences hold the stem, ascending. */
    private final int[][] copies;
    /** sentences[stem][i]: the sentences of copies[stem][i] that hold it, ascending. */
    private final int[][][] sentences;

    /** {@code where.get(copy)}: each stem of that copy with its sentences; {@code weights}: every stem's weight. */
    StemIndex(List<Map<String, List<Integer>>> where, Map<String, Double> weights) {
        List<List<int[]>> entries = new ArrayList<>();
        for (int d = 0; d < where.size(); d++) {
            for (Map.Entry<String, List<Integer>> e : where.get(d).entrySet()) {
                int id = ids.computeIfAbsent(e.getKey(), k -> ids.size());
                if (id == entries.size()) {
                    entries.add(new ArrayList<>());
                }
                int[] entry = new int[e.getValue().size() + 1];
                entry[0] = d;
                for (int i = 0; i < e.getValue().size(); i++) {
                    entry[i + 1] = e.getValue().get(i);
                }
                entries.get(id).add(entry);
            }
        }
        weight = new double[entries.size()];
        copies = new int[entries.size()][];
        sentences = new int[entries.size()][][];
        ids.forEach((stem, id) -> weight[id] = weights.getOrDefault(stem, 0.0));
        for (int id = 0; id < entries.size(); id++) {
            List<int[]> list = entries.get(id);
            copies[id] = new int[list.size()];
            sentences[id] = new int[list.size()][];
            for (int i = 0; i < list.size(); i++) {
                copies[id][i] = list.get(i)[0];
                sentences[id][i] = Arrays.copyOfRange(list.get(i), 1, list.get(i).length);
            }
        }
    }

    /** The numbers of the stems, in the order given. */
    int[] ids(Collection<String> stems) {
        int[] out = new int[stems.size()];
        int i = 0;
        for (String s : stems) {
            out[i++] = ids.get(s);
        }
        return out;
    }

    /**
     * The best match of a set of stems among copy {@code other}'s runs of at most {@code span} sentences: the share
     * of the stems' weight that the best run holds, and the single sentence holding most of it (the first of equals;
     * -1 when none holds any).
     */
    SentenceCoverage.Match match(int[] stems, int other, int span, Scratch sc) {
        if (stems.length == 0) {
            return new SentenceCoverage.Match(0, -1);
        }
        double total = 0;
        for (int k = 0; k < stems.length; k++) {
            int id = stems[k];
            double w = weight[id];
            total += w;
            int at = Arrays.binarySearch(copies[id], other);
            if (at < 0) {
                continue;
            }
            for (int s : sentences[id][at]) {
                sc.touch(s);
                sc.singles[s] += w;
                for (int t = Math.max(0, s - span + 1); t <= s; t++) {
                    sc.touch(t);
                    if (sc.stamp[t] != k) { // each stem counts once per window
                        sc.stamp[t] = k;
                        sc.windows[t] += w;
                    }
                }
            }
        }
        int at = -1;
        double top = 0;
        double topWindow = 0; // every window holds at least one sentence, so it is never below the best single one
        for (int i = 0; i < sc.count; i++) {
            int s = sc.touched[i];
            if (sc.singles[s] > top || sc.singles[s] == top && top > 0 && s < at) {
                top = sc.singles[s];
                at = s;
            }
            topWindow = Math.max(topWindow, sc.windows[s]);
            sc.clear(s);
        }
        sc.count = 0;
        return new SentenceCoverage.Match(total == 0 ? 0 : topWindow / total, at);
    }

    /**
     * Sums kept between matches so that a match costs what the other copy's sentences holding its stems cost, not the
     * other copy's length: only the entries a match touched are read and cleared. One per thread.
     */
    static final class Scratch {
        private static final int UNTOUCHED = -1;
        private static final int TOUCHED = -2;
        private final double[] singles;
        /** A window at w covers sentences [w, w + span). */
        private final double[] windows;
        /** The stem that last added to a window; UNTOUCHED, or TOUCHED before any. */
        private final int[] stamp;
        private final int[] touched;
        private int count;

        Scratch(int sentences) {
            singles = new double[sentences];
            windows = new double[sentences];
            stamp = new int[sentences];
            touched = new int[sentences];
            Arrays.fill(stamp, UNTOUCHED);
        }

        private void touch(int t) {
            if (stamp[t] == UNTOUCHED) {
                stamp[t] = TOUCHED;
                touched[count++] = t;
            }
        }

        private void clear(int t) {
            singles[t] = 0;
            windows[t] = 0;
            stamp[t] = UNTOUCHED;
        }
    }
}
