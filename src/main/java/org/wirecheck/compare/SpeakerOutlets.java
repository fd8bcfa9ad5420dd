package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.facts.Attributions.Attribution;
import org.wirecheck.text.Document;

/**
 * Whom a named speaker spoke to: "Haaland told Sky Sports" in some copies and, in others, the same speaker quoted on
 * something else with no addressee ("Haaland said") is one ATTRIBUTION item, medium. The told reading is the
 * addressee itself, the words that differ.
 */
final class SpeakerOutlets {

    private final List<Document> docs;
    private final List<Map<Integer, List<Attribution>>> credits;
    private final BiFunction<Integer, Integer, int[]> statement;

    /**
     * @param credits   per copy, the credits of each sentence
     * @param statement per (copy, sentence), the sentence of each copy telling the same statement (-1 when none)
     */
    SpeakerOutlets(List<Document> docs, List<Map<Integer, List<Attribution>>> credits,
                   BiFunction<Integer, Integer, int[]> statement) {
        this.docs = docs;
        this.credits = credits;
        this.statement = statement;
    }

    /**
     * "Haaland told Sky Sports" in some copies, and in others the same named speaker quoted on something else with
     * no addressee ("Haaland said"): whom the speaker spoke to is one item, medium. Copies that tell a's statement
     * itself are left to its own item.
     */
    Ranked item(Attribution a) {
        int[] told = statement.apply(a.copy(), a.sentence());
        List<CopySpan> to = new ArrayList<>();
        List<CopySpan> plain = new ArrayList<>();
        for (int o = 0; o < docs.size(); o++) {
            Attribution same = speakerCredit(o, a, a.addressee());
            if (same != null) {
                Document doc = docs.get(o);
                int from = Math.min(same.verb() + 1, same.to() - 1); // whom: the words that differ
                to.add(new CopySpan(o, from, same.to(), doc.charStart(from), doc.charEnd(same.to())));
                continue;
            }
            Attribution other = told[o] < 0 ? speakerCredit(o, a, "") : null;
            if (other != null) {
                Document doc = docs.get(o);
                plain.add(new CopySpan(o, other.from(), other.to(), doc.charStart(other.from()),
                        doc.charEnd(other.to())));
            }
        }
        if (plain.isEmpty()) {
            return null;
        }
        List<ReadingGroup> groups = List.of(new ReadingGroup(a.speaker() + " " + a.addressee(),
                ReadingGroup.displayText(to, docs), to), new ReadingGroup(a.speaker(),
                ReadingGroup.displayText(plain, docs), plain));
        String why = "the same speaker is quoted as telling someone in some copies only: " + groups.get(0).text()
                + " / " + groups.get(1).text();
        return Ranked.of(groups,
                new Judgement(Kind.ATTRIBUTION, Severity.MEDIUM, why, AttributionChecks.SCORE_CREDIT));
    }

    /** Copy o's first credit naming a's speaker and telling {@code addressee} (none when empty); null when none. */
    private Attribution speakerCredit(int o, Attribution a, String addressee) {
        for (List<Attribution> own : credits.get(o).values()) {
            for (Attribution b : own) {
                if (b.named() && b.addressee().equals(addressee) && b.sharesSpeaker(a)) {
                    return b;
                }
            }
        }
        return null;
    }
}
