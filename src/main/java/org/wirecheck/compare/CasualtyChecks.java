package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.facts.Casualties;
import org.wirecheck.text.Document;

/**
 * Copies that disagree on how badly people were hurt ({@link Casualties}): some say some were hurt seriously ("two
 * of them critically"), others that none were ("none of the injuries were life-threatening"). One high WORDING item
 * with both readings, wherever in each copy the statement stands; copies that say nothing of it are not in it.
 */
final class CasualtyChecks {

    static final double SCORE = 8.5;

    private CasualtyChecks() {
    }

    static List<Ranked> find(List<Document> docs) {
        Map<Casualties.Claim, List<CopySpan>> byClaim = new EnumMap<>(Casualties.Claim.class);
        for (int d = 0; d < docs.size(); d++) {
            Document doc = docs.get(d);
            Casualties.Statement st = Casualties.first(doc);
            if (st != null) {
                byClaim.computeIfAbsent(st.claim(), c -> new ArrayList<>())
                        .add(new CopySpan(d, st.from(), st.to(), doc.charStart(st.from()), doc.charEnd(st.to())));
            }
        }
        if (byClaim.size() < 2) {
            return List.of();
        }
        List<ReadingGroup> groups = new ArrayList<>();
        for (List<CopySpan> spans : byClaim.values()) {
            groups.add(ReadingGroup.told(spans, docs));
        }
        groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
        String why = "how badly people were hurt differs: " + String.join(" / ",
                groups.stream().map(ReadingGroup::text).toList());
        return List.of(Ranked.of(groups, new Judgement(Kind.WORDING, Severity.HIGH, why, SCORE)));
    }
}
