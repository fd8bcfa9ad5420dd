package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wirecheck.compare.PublicationTimes.Stamp;

/**
 * The versions of the story the copies follow and what is known of their order: the families of near-identical
 * copies ({@link Copy#family()}) as versions, each labelled by what sets it apart ({@code "toll 128"}), with its
 * likely source; the copies in time order where a time is known; and the earliest copy, each named with the
 * evidence. Nothing is guessed: copies without a time are listed as unordered, and a fetch time is said to be one.
 *
 * <p>The copies fall into versions when they fall into two families or more and some family has two copies or more
 * (as in {@link CopyDrift}); then every family is a version, one copy or many. Otherwise all the compared copies
 * are one version. Versions are numbered from 1: the earliest first (by the earliest time any of their copies
 * carries), then the larger, then in copy order.
 *
 * @param distinct  whether the copies fall into two versions or more
 * @param versions  the versions, in the order above
 * @param timeline  the copies with a known time, earliest first
 * @param unordered the compared copies without a time, in copy order
 * @param setAside  copies that were not compared (another story), in copy order; in no version
 * @param earliest  one line naming the earliest copy and why, or saying that none can be named
 */
public record StoryVersions(boolean distinct, List<Version> versions, List<TimedCopy> timeline,
                            List<String> unordered, List<String> setAside, String earliest) {

    public StoryVersions {
        versions = List.copyOf(versions);
        timeline = List.copyOf(timeline);
        unordered = List.copyOf(unordered);
        setAside = List.copyOf(setAside);
    }

    /**
     * One version of the story.
     *
     * @param number   1, 2, ... in the order of {@link StoryVersions#versions()}
     * @param family   the family its copies share ({@link Copy#family()}); 0 when all copies are one version
     * @param label    what sets it apart ({@code "toll 128"}); {@code ""} when nothing does
     * @param apart    ids of the discrepancies at which it alone carries a reading, best first (at most 3)
     * @param copyIds  its copies: those with a time, earliest first, then the others in copy order
     * @param sourceId its likely source: the copy that departs least from the readings most of its copies share,
     *                 the earliest of those
     * @param evidence why, e.g. {@code "published 04:10 UTC, shares every reading of version 2"}
     * @param first    the earliest time one of its copies carries, if any
     */
    public record Version(int number, int family, String label, List<String> apart, List<String> copyIds,
                          String sourceId, String evidence, Optional<Stamp> first) {

        public Version {
            apart = List.copyOf(apart);
            copyIds = List.copyOf(copyIds);
        }

        /** {@code "version 2 (toll 128)"}, or {@code "version 2"} without a label. */
        public String title() {
            return "version " + number + (label.isEmpty() ? "" : " (" + label + ")");
        }
    }

    /** A copy with a known time, and the version it follows. */
    public record TimedCopy(String copyId, int version, Stamp stamp) {
    }

    /** The versions of a comparison, ordered with the times known. */
    public static StoryVersions of(Comparison comparison, PublicationTimes times) {
        return of(comparison, times, new ReadingMatrix(comparison));
    }

    /** The same from the comparison's reading table already made ({@link StoryViews}). */
    static StoryVersions of(Comparison comparison, PublicationTimes times, ReadingMatrix m) {
        Set<String> setAside = setAside(comparison);
        Map<Integer, List<Integer>> families = new LinkedHashMap<>();
        for (int c = 0; c < m.copies().size(); c++) {
            if (!setAside.contains(m.copies().get(c).id())) {
                families.computeIfAbsent(m.copies().get(c).family(), f -> new ArrayList<>()).add(c);
            }
        }
        boolean distinct = families.size() >= 2 && families.values().stream().anyMatch(f -> f.size() >= 2);
        List<List<Integer>> groups = new ArrayList<>(distinct ? families.values() : List.of(
                families.values().stream().flatMap(List::stream).sorted().toList()));
        CopyTimes t = new CopyTimes(m, times);
        groups.sort(Comparator.comparing((List<Integer> g) -> t.first(g).map(Stamp::time).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(g -> -g.size())
                .thenComparing(g -> g.get(0)));
        int[] version = new int[m.copies().size()];
        java.util.Arrays.fill(version, -1);
        for (int v = 0; v < groups.size(); v++) {
            for (int c : groups.get(v)) {
                version[c] = v;
            }
        }
        VersionLabels labels = new VersionLabels(m, version, groups.size());
        VersionSources sources = new VersionSources(m, t);
        List<Version> out = new ArrayList<>();
        for (int v = 0; v < groups.size(); v++) {
            List<Integer> g = groups.get(v);
            List<Integer> apart = distinct ? labels.apart(v) : List.of();
            int source = sources.likely(g);
            out.add(new Version(v + 1, distinct ? m.copies().get(g.get(0)).family() : 0, labels.label(v, apart),
                    apart.stream().map(d -> m.discrepancies().get(d).id()).toList(),
                    t.inOrder(g).stream().map(c -> m.copies().get(c).id()).toList(), m.copies().get(source).id(),
                    sources.evidence(source, v + 1, g, groups.size() > 1), t.first(g)));
        }
        List<TimedCopy> timeline = new ArrayList<>();
        List<String> unordered = new ArrayList<>();
        for (int c : t.inOrder(groups.stream().flatMap(List::stream).toList())) {
            String id = m.copies().get(c).id();
            Optional<Stamp> s = times.of(id);
            if (s.isPresent()) {
                timeline.add(new TimedCopy(id, version[c] + 1, s.get()));
            } else {
                unordered.add(id);
            }
        }
        return new StoryVersions(distinct, out, timeline, unordered, List.copyOf(setAside),
                t.earliest(timeline, unordered.size(), out.size() > 1));
    }

    /** The version copy {@code copyId} follows, if it follows one. */
    public Optional<Version> versionOf(String copyId) {
        return versions.stream().filter(v -> v.copyIds().contains(copyId)).findFirst();
    }

    /**
     * Copies that were not compared: when the comparison has aligned passages, those that have none of them; when it
     * does not look like one story, none are (there is nothing to set apart from).
     */
    private static Set<String> setAside(Comparison c) {
        Set<String> out = new TreeSet<>(Comparator.comparingInt(String::length).thenComparing(s -> s));
        if (c.passages().isEmpty()) {
            return out;
        }
        for (Copy copy : c.copies()) {
            if (c.passages().stream().noneMatch(p -> p.ranges().containsKey(copy.id()))) {
                out.add(copy.id());
            }
        }
        return out;
    }
}
