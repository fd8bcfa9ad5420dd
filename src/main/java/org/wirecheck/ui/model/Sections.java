package org.wirecheck.ui.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wirecheck.classify.Kind;
import org.wirecheck.compare.CopyDrift;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.SameFact;

/** Cuts the discrepancies shown into the sidebar's sections, as the chosen {@link Grouping} says. */
final class Sections {

    private Sections() {
    }

    static List<Section> of(Grouping grouping, List<Discrepancy> shown, ReaderResult result) {
        return switch (grouping) {
            case KIND -> byKind(shown);
            case FACT -> byFact(shown);
            case COPY -> byCopy(shown, result);
            case NONE -> List.of();
        };
    }

    private static List<Section> byKind(List<Discrepancy> shown) {
        Map<Kind, List<Discrepancy>> groups = new EnumMap<>(Kind.class);
        for (Discrepancy d : shown) {
            groups.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d);
        }
        List<Section> out = new ArrayList<>();
        groups.forEach((k, items) -> out.add(new Section("kind:" + k, k, null, "", items)));
        return out;
    }

    private static List<Section> byFact(List<Discrepancy> shown) {
        return ofFacts(SameFact.groups(shown));
    }

    /** The sections of a list grouped by fact, from its groups ({@link SameFact#groups}) already made. */
    static List<Section> ofFacts(List<List<Discrepancy>> facts) {
        List<Section> out = new ArrayList<>();
        for (List<Discrepancy> group : facts) {
            String key = SameFact.key(group.get(0));
            if (group.size() == 1) {
                out.add(new Section("fact:" + key, null, null, "", group));
            } else {
                out.add(new Section("fact:" + key, null, RowText.readings(group.get(0)),
                        "told in " + group.size() + " places", group));
            }
        }
        return out;
    }

    private static List<Section> byCopy(List<Discrepancy> shown, ReaderResult result) {
        List<Section> out = new ArrayList<>();
        for (PaneCopy p : result.panes()) {
            if (!p.compared()) {
                continue;
            }
            List<Discrepancy> mine = shown.stream().filter(d -> d.departs(p.id())).toList();
            if (!mine.isEmpty()) {
                out.add(new Section("copy:" + p.id(), null, p.label(), card(p.drift()), mine));
            }
        }
        return out;
    }

    /** The drift card in one line, with the version the copy follows when the copies fall into versions. */
    static String card(CopyDrift drift) {
        if (drift == null) {
            return "";
        }
        String card = drift.summary();
        if (drift.versions() >= 2) {
            card += " · one of " + drift.versions() + " versions"
                    + (drift.sameVersion().isEmpty() ? ", alone" : ", with " + String.join(", ", drift.sameVersion()));
        }
        return card;
    }
}
