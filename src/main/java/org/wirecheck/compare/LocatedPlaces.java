package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.facts.NumberMention;
import org.wirecheck.text.Document;

/**
 * What a distance locates. Copies that give the same distance from the same place ("about 160 miles west of
 * Wichita") after different places ("Dodge City is about 160 miles…" / "near Cimarron, a small community about 160
 * miles…") put the event somewhere else: one PLACE item, high, each copy's reading running from the place it names
 * to the distance.
 */
final class LocatedPlaces {

    static final double SCORE = 8.6;
    /** The place a distance locates is named among this many words before the number. */
    private static final int REACH = 8;
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");

    private LocatedPlaces() {
    }

    /** One PLACE item per distance that the copies attach to places that share no name. */
    static List<Ranked> find(List<Document> docs, List<List<NumberMention>> mentions, StoryContext ctx) {
        Map<String, Map<Integer, Located>> byDistance = new LinkedHashMap<>();
        for (List<NumberMention> ms : mentions) {
            for (NumberMention m : ms) {
                String key = distanceKey(m);
                Located at = key == null ? null : located(docs.get(m.copy()), m, ctx);
                if (at != null) {
                    byDistance.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(m.copy(), at);
                }
            }
        }
        List<Ranked> out = new ArrayList<>();
        for (Map<Integer, Located> copies : byDistance.values()) {
            Ranked r = item(new ArrayList<>(copies.values()), docs);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** A place a copy's distance locates: the names before the number and the span from the first to the unit. */
    private record Located(Set<String> names, CopySpan span) {
    }

    /** "160|mil|west|wichita" for "160 miles west of Wichita"; null when the number is no distance from a place. */
    private static String distanceKey(NumberMention m) {
        List<String> a = m.after();
        if (a.size() < 3 || m.names().isEmpty() || !unit(a.get(0)) || !DIRECTIONS.contains(a.get(1))
                || !a.get(2).equals("of")) {
            return null;
        }
        return m.value() + "|" + a.get(0) + "|" + a.get(1) + "|" + String.join(" ", new TreeSet<>(m.names()));
    }

    private static boolean unit(String stem) {
        return stem.startsWith("mil") || stem.equals("km") || stem.equals("mi") || stem.startsWith("kilomet");
    }

    private static Located located(Document d, NumberMention m, StoryContext ctx) {
        int sentenceStart = d.sentenceStart(m.sentence());
        Set<String> names = new TreeSet<>();
        int first = -1;
        for (int w = m.from() - 1; w >= Math.max(sentenceStart, m.from() - REACH); w--) {
            if (ctx.properNoun(d, w)) {
                names.add(d.word(w).key());
                first = w;
            } else if (first >= 0) {
                break; // the nearest run of names before the number
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        int to = Math.min(m.to() + 1, d.sentenceEnd(m.sentence())); // the unit after the number
        return new Located(names, new CopySpan(m.copy(), first, to, d.charStart(first), d.charEnd(to)));
    }

    /** The item when the copies' places fall into two groups or more that share no name, else null. */
    private static Ranked item(List<Located> all, List<Document> docs) {
        if (all.size() < 2) {
            return null;
        }
        List<Set<String>> groupNames = new ArrayList<>();
        List<List<CopySpan>> groupSpans = new ArrayList<>();
        for (Located l : all) {
            int g = 0;
            while (g < groupNames.size() && Collections.disjoint(groupNames.get(g), l.names())) {
                g++;
            }
            if (g == groupNames.size()) {
                groupNames.add(new TreeSet<>());
                groupSpans.add(new ArrayList<>());
            }
            groupNames.get(g).addAll(l.names());
            groupSpans.get(g).add(l.span());
        }
        if (groupSpans.size() < 2) {
            return null;
        }
        List<ReadingGroup> groups = new ArrayList<>();
        for (List<CopySpan> spans : groupSpans) {
            groups.add(ReadingGroup.told(spans, docs));
        }
        groups.sort((x, y) -> Integer.compare(y.count(), x.count()));
        String why = "the same distance locates different places: "
                + String.join(" / ", groups.stream().map(ReadingGroup::text).toList());
        return Ranked.of(groups, new Judgement(Kind.PLACE, Severity.HIGH, why, SCORE));
    }
}
