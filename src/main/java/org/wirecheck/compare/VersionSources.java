package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirecheck.compare.PublicationTimes.Basis;
import org.wirecheck.compare.PublicationTimes.Stamp;
import org.wirecheck.text.Texts;

/**
 * The likely source of a version: the copy that departs least from the readings most of the version's copies share
 * (its consensus), and among those the one published first (a publication time before a fetch time before none),
 * then the first in copy order; with the evidence in words.
 */
final class VersionSources {

    /** Most discrepancy ids named in an evidence line. */
    private static final int MAX_NAMED = 3;

    private final ReadingMatrix m;
    private final CopyTimes times;
    private final Map<List<Integer>, int[]> consensus = new HashMap<>();

    VersionSources(ReadingMatrix m, CopyTimes times) {
        this.m = m;
        this.times = times;
    }

    /** The likely source among the copies of one version. */
    int likely(List<Integer> version) {
        return version.stream().min(Comparator.comparingInt((Integer c) -> departures(c, version).size())
                .thenComparing(c -> rank(times.stamp(c).orElse(null)))
                .thenComparing(c -> times.stamp(c).map(Stamp::time).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
    }

    /** {@code "published 04:10 UTC, shares every reading of version 2"}, and what speaks against it. */
    String evidence(int source, int number, List<Integer> version, boolean several) {
        String of = several ? "version " + number : "the majority";
        StringBuilder b = new StringBuilder(times.when(source));
        if (version.size() == 1) {
            return b.append(", the only copy of ").append(of).toString();
        }
        List<Integer> departs = departures(source, version);
        b.append(", ").append(departs.isEmpty() ? "shares every reading of " + of
                : "departs from " + of + " at " + places(departs));
        Stamp mine = times.stamp(source).orElse(null);
        for (int c : times.inOrder(version)) {
            Stamp other = times.stamp(c).orElse(null);
            if (c == source || other == null || other.basis() != Basis.PUBLISHED) {
                continue;
            }
            if (mine == null || other.time().isBefore(mine.time())) {
                String id = m.copies().get(c).id();
                String at = times.format(other.time());
                b.append("; ").append(mine == null ? id + " (published " + at + ") departs from "
                        : id + " was published earlier (" + at + ") but departs from ").append(of).append(" at ")
                        .append(places(departures(c, version)));
            }
            break;
        }
        return b.toString();
    }

    /** The discrepancies at which copy {@code c} does not carry the reading most of the version's copies carry. */
    List<Integer> departures(int c, List<Integer> version) {
        int[] agreed = consensus.computeIfAbsent(version, this::consensus);
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < agreed.length; d++) {
            if (agreed[d] >= 0 && m.reading(c, d) != agreed[d]) {
                out.add(d);
            }
        }
        return out;
    }

    /** Per discrepancy, the reading more than half of the version's copies carry, or -1. */
    private int[] consensus(List<Integer> version) {
        int n = m.discrepancies().size();
        int[] out = new int[n];
        for (int d = 0; d < n; d++) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (int c : version) {
                int r = m.reading(c, d);
                if (r >= 0) {
                    counts.merge(r, 1, Integer::sum);
                }
            }
            out[d] = counts.entrySet().stream().filter(e -> e.getValue() * 2 > version.size())
                    .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
        }
        return out;
    }

    /** {@code "2 places (D4, D7)"}. */
    private String places(List<Integer> departs) {
        List<String> ids = departs.stream().limit(MAX_NAMED).map(d -> m.discrepancies().get(d).id()).toList();
        return Texts.plural(departs.size(), "place", "places") + " (" + String.join(", ", ids)
                + (departs.size() > MAX_NAMED ? ", …" : "") + ")";
    }

    private static int rank(Stamp s) {
        return s == null ? 2 : s.basis() == Basis.PUBLISHED ? 0 : 1;
    }
}
