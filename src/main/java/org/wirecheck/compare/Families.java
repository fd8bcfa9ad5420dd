package org.wirecheck.compare;

import java.util.List;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;

/**
 * Groups copies into families: copies that read alike at (almost) every substantive discrepancy, such as the
 * republications of one version of the wire story. Two copies are linked when they disagree at no more than
 * max(2, a quarter of the average disagreement between copies); families are the linked groups, numbered from 1
 * in copy order.
 */
final class Families {

    private Families() {
    }

    static int[] of(List<Ranked> ranked, int n) {
        int[][] disagree = new int[n][n];
        for (Ranked r : ranked) {
            Kind k = r.judgement().kind();
            if (k == Kind.STYLE || k == Kind.BOILERPLATE) {
                continue;
            }
            int[] groupOf = new int[n];
            java.util.Arrays.fill(groupOf, -1);
            List<ReadingGroup> groups = r.groups();
            for (int g = 0; g < groups.size(); g++) {
                for (CopySpan s : groups.get(g).spans()) {
                    groupOf[s.copy()] = g;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (groupOf[i] >= 0 && groupOf[j] >= 0 && groupOf[i] != groupOf[j]) {
                        disagree[i][j]++;
                    }
                }
            }
        }
        double total = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                total += disagree[i][j];
                pairs++;
            }
        }
        double limit = Math.max(2, pairs == 0 ? 0 : total / pairs / 4);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (disagree[i][j] <= limit) {
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
