package org.wirecheck.compare;

import org.wirecheck.align.Similarity;

/**
 * Groups copies into families of near-identical texts (the same version of the wire story, as republished):
 * single-linkage at a high similarity. Families are numbered from 1 in copy order.
 */
final class Families {

    static final double SAME_VERSION = 0.7;

    private Families() {
    }

    static int[] of(Similarity sim, int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sim.between(i, j) >= SAME_VERSION) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        int[] family = new int[n];
        int[] number = new int[n];
        int next = 1;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (number[root] == 0) {
                number[root] = next++;
            }
            family[i] = number[root];
        }
        return family;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
