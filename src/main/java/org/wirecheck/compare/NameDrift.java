package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.Spelling;
import org.wirecheck.classify.StyleForms;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * Finds a name spelled two ways across copies even where the passages around it were rewritten, so that alignment
 * could not pair them: the same neighbouring word ("X Institute", "President X") with two near-spellings of X that
 * no copy uses both of. Reported once per pair of spellings, unless an aligned variant already shows it.
 */
final class NameDrift {

    private final List<Document> docs;
    private final StoryContext ctx;

    NameDrift(List<Document> docs, StoryContext ctx) {
        this.docs = docs;
        this.ctx = ctx;
    }

    private record Occurrence(int copy, int word, int neighbour) {
    }

    List<Ranked> find(List<Ranked> existing) {
        // neighbour key (+ side) -> name key -> occurrences
        Map<String, Map<String, List<Occurrence>>> byContext = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Document doc = docs.get(d);
            for (int i = 0; i < doc.size(); i++) {
                if (!ctx.properNoun(doc, i)) {
                    continue;
                }
                for (int n : new int[] {i - 1, i + 1}) {
                    if (n < 0 || n >= doc.size() || doc.sentenceOf(n) != doc.sentenceOf(i)) {
                        continue;
                    }
                    String nk = doc.word(n).key();
                    if (Lexicon.isStopword(nk) || nk.length() < 3) {
                        continue;
                    }
                    String context = (n < i ? "<" : ">") + nk;
                    byContext.computeIfAbsent(context, k -> new TreeMap<>())
                            .computeIfAbsent(doc.word(i).key(), k -> new ArrayList<>()).add(new Occurrence(d, i, n));
                }
            }
        }
        List<Ranked> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        ShownIndex shown = new ShownIndex(existing);
        for (Map.Entry<String, Map<String, List<Occurrence>>> e : byContext.entrySet()) {
            List<String> names = new ArrayList<>(e.getValue().keySet());
            for (int a = 0; a < names.size(); a++) {
                for (int b = a + 1; b < names.size(); b++) {
                    String ka = names.get(a);
                    String kb = names.get(b);
                    if (!Spelling.near(ka, kb) || StyleForms.american(ka).equals(StyleForms.american(kb))
                            || !reported.add(ka + "|" + kb)) {
                        // "Centre" / "Center" in a name: British and US spelling, not another name
                        continue;
                    }
                    List<Occurrence> oa = e.getValue().get(ka);
                    List<Occurrence> ob = e.getValue().get(kb);
                    if (sharesCopy(oa, ob) || alreadyShown(shown, oa, ob)) {
                        continue;
                    }
                    out.add(ranked(oa, ob));
                }
            }
        }
        return out;
    }

    private static boolean sharesCopy(List<Occurrence> a, List<Occurrence> b) {
        Set<Integer> copies = new HashSet<>();
        a.forEach(o -> copies.add(o.copy()));
        return b.stream().anyMatch(o -> copies.contains(o.copy()));
    }

    /** True when some variant has one spelling in one reading and the other in another. */
    private static boolean alreadyShown(ShownIndex shown, List<Occurrence> a, List<Occurrence> b) {
        return shown.covers(a, b, Occurrence::copy, Occurrence::word);
    }

    private Ranked ranked(List<Occurrence> oa, List<Occurrence> ob) {
        List<ReadingGroup> groups = new ArrayList<>(List.of(group(oa), group(ob)));
        groups.sort((x, y) -> Integer.compare(y.count(), x.count()));
        String why = "proper noun spelled differently: " + groups.get(0).text() + " / " + groups.get(1).text();
        return Ranked.of(groups, new Judgement(Kind.NAME, Severity.HIGH, why, 10));
    }

    /** One span per copy (its first occurrence): the name and its neighbour. */
    private ReadingGroup group(List<Occurrence> occ) {
        Map<Integer, CopySpan> perCopy = new LinkedHashMap<>();
        for (Occurrence o : occ) {
            if (perCopy.containsKey(o.copy())) {
                continue;
            }
            Document d = docs.get(o.copy());
            int from = Math.min(o.word(), o.neighbour());
            int to = Math.max(o.word(), o.neighbour()) + 1;
            perCopy.put(o.copy(), new CopySpan(o.copy(), from, to, d.charStart(from), d.charEnd(to)));
        }
        CopySpan s0 = perCopy.values().iterator().next();
        Document d0 = docs.get(s0.copy());
        List<CopySpan> spans = new ArrayList<>(perCopy.values());
        spans.sort((x, y) -> Integer.compare(x.copy(), y.copy()));
        return new ReadingGroup(d0.word(occ.get(0).word()).key(), d0.slice(s0.from(), s0.to()), spans);
    }
}
