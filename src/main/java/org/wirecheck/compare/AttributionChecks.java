package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.facts.Attributions.Attribution;
import org.wirecheck.facts.Attributions;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;

/**
 * Who a statement is credited to, compared wherever its sentence went ({@link SentenceCoverage}): "an official said"
 * in one copy and "authorities said" in another for the same sentence, or "told Reuters" dropped, is one ATTRIBUTION
 * discrepancy naming every copy's credit. Different named speakers are high; other changes and dropped credits are
 * medium.
 */
final class AttributionChecks {

    /** Two sentences tell the same statement when each covers this much of the other. */
    static final double SAME_STATEMENT = 0.5;
    /** Or when the words they state, credits left out, are mostly the same: at least this share and count. */
    static final double SHARED = 0.7;
    static final int MIN_SHARED = 4;
    /** A reading longer than this shows the sentence's first credit only. */
    static final int MAX_CHARS = 60;
    static final double SCORE_NAMED = 9.0;
    /** Above passages some copies lack: a statement whose source changes or goes is a fact about the story. */
    static final double SCORE_CREDIT = 6.5;
    static final double SCORE_DROPPED = 6.2;

    private final List<Document> docs;
    private final SentenceCoverage cov;
    /** credits.get(d).get(s): the named credits of sentence s of copy d (pronoun speakers left out). */
    private final List<Map<Integer, List<Attribution>>> credits = new ArrayList<>();
    /** The words each (copy, sentence) states, credits left out, computed once. */
    private final Map<Long, Set<String>> statedCache = new HashMap<>();
    private final Map<Long, int[]> statementCache = new HashMap<>();

    private final SpeakerQuotes quotes;
    private final SpeakerOutlets outlets;

    private AttributionChecks(List<Document> docs, StoryContext ctx, SentenceCoverage cov) {
        this.docs = docs;
        this.cov = cov;
        this.quotes = new SpeakerQuotes(docs, credits, cov, this::statement);
        this.outlets = new SpeakerOutlets(docs, credits, this::statement);
        for (int d = 0; d < docs.size(); d++) {
            Map<Integer, List<Attribution>> bySentence = new TreeMap<>();
            for (Attribution a : Attributions.of(d, ctx)) {
                bySentence.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(a);
            }
            credits.add(bySentence);
        }
    }

    static List<Ranked> find(List<Document> docs, StoryContext ctx, SentenceCoverage cov) {
        return new AttributionChecks(docs, ctx, cov).find();
    }

    private List<Ranked> find() {
        int n = docs.size();
        boolean[][] done = new boolean[n][];
        for (int d = 0; d < n; d++) {
            done[d] = new boolean[docs.get(d).sentenceCount()];
        }
        List<int[]> statements = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            for (int s : credits.get(d).keySet()) {
                if (done[d][s] || anonymous(d, s)) {
                    continue;
                }
                int[] told = statement(d, s);
                for (int o = 0; o < n; o++) {
                    if (told[o] >= 0) {
                        done[o][told[o]] = true;
                    }
                }
                statements.add(told);
            }
        }
        List<Ranked> out = new ArrayList<>();
        for (int[] told : merged(statements, this::joins)) {
            Ranked r = item(told);
            if (r != null && out.stream().noneMatch(k -> repeats(r, k))) {
                out.add(r); // a statement reached again from another copy's rewrite is not a second item
            }
        }
        for (int d = 0; d < n; d++) {
            for (List<Attribution> own : credits.get(d).values()) {
                for (Attribution a : own) {
                    Ranked r = a.named() && !a.addressee().isEmpty() ? outlets.item(a) : null;
                    if (r != null && out.stream().noneMatch(k -> repeats(r, k))) {
                        out.add(r);
                    }
                    Ranked q = quotes.differing(a);
                    if (q != null && out.stream().noneMatch(k -> touches(q, k))) {
                        out.add(q);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The statements with those that share a credited sentence joined: a copy's sentence that two rewrites each tell
     * (the one close to the first, the other close to the second) makes them one statement, when no copy tells them
     * in different sentences.
     */
    static List<int[]> merged(List<int[]> statements, BiPredicate<int[], int[]> joins) {
        List<int[]> out = new ArrayList<>();
        for (int[] told : statements) {
            int[] into = out.stream().filter(k -> joins.test(k, told)).findFirst().orElse(null);
            if (into == null) {
                out.add(told.clone());
                continue;
            }
            for (int o = 0; o < told.length; o++) {
                into[o] = into[o] >= 0 ? into[o] : told[o];
            }
        }
        return out;
    }

    /**
     * True when a and b tell the same credited sentence of some copy, no copy tells them in different ones, and their
     * credits name the same speakers (a statement credited to someone else stays an item of its own).
     */
    private boolean joins(int[] a, int[] b) {
        boolean shared = false;
        for (int o = 0; o < a.length; o++) {
            shared |= a[o] >= 0 && a[o] == b[o] && credits.get(o).containsKey(a[o]);
        }
        if (!shared || !compatible(a, b)) {
            return false;
        }
        List<Attribution> x = speakers(a);
        List<Attribution> y = speakers(b);
        return x.stream().allMatch(c -> y.stream().anyMatch(c::sharesSpeaker))
                && y.stream().allMatch(c -> x.stream().anyMatch(c::sharesSpeaker));
    }

    /** True when no copy tells statements a and b in different sentences. */
    static boolean compatible(int[] a, int[] b) {
        for (int o = 0; o < a.length; o++) {
            if (a[o] >= 0 && b[o] >= 0 && a[o] != b[o]) {
                return false;
            }
        }
        return true;
    }

    /** The credits naming someone in the sentences of a statement. */
    private List<Attribution> speakers(int[] told) {
        List<Attribution> out = new ArrayList<>();
        for (int o = 0; o < told.length; o++) {
            if (told[o] >= 0) {
                out.addAll(named(o, told[o]));
            }
        }
        return out;
    }

    /** True when every credit item r shows, item k shows too: the same statement reached from another copy. */
    private static boolean repeats(Ranked r, Ranked k) {
        return r.variant().spans().stream().filter(x -> !x.isEmpty()).allMatch(x -> Covered.overlaps(x, k));
    }

    /** True when one of r's readings overlaps one of k's: the same quotes reached from another copy. */
    private static boolean touches(Ranked r, Ranked k) {
        return r.variant().spans().stream().anyMatch(x -> !x.isEmpty() && Covered.overlaps(x, k));
    }

    /**
     * Per copy, the sentence telling the statement of sentence s of copy d (-1 when it has none); worked out once per
     * sentence, as the speaker checks ask again for the same sentences.
     */
    private int[] statement(int d, int s) {
        return statementCache.computeIfAbsent(((long) d << 32) | s, k -> findStatement(d, s));
    }

    private int[] findStatement(int d, int s) {
        int[] told = new int[docs.size()];
        for (int o = 0; o < docs.size(); o++) {
            told[o] = -1;
            if (o == d) {
                told[o] = s;
                continue;
            }
            int same = sameCredit(d, s, o);
            if (same >= 0) {
                told[o] = same;
                continue;
            }
            SentenceCoverage.Match m = cov.best(d, s, o);
            if (m.sentence() < 0) {
                continue;
            }
            Set<String> stated = stated(d, s);
            for (int t : new int[] {m.sentence(), m.sentence() - 1, m.sentence() + 1}) {
                if (told[o] < 0 && t >= 0 && t < docs.get(o).sentenceCount() && sameStatement(stated, stated(o, t))) {
                    told[o] = t; // a short sentence's best match may be its neighbour in the other copy
                }
            }
            SentenceCoverage.Match back = cov.best(o, m.sentence(), d);
            if (told[o] < 0 && back.sentence() == s && m.coverage() >= SAME_STATEMENT
                    && back.coverage() >= SAME_STATEMENT) {
                told[o] = m.sentence();
            }
        }
        return told;
    }

    /**
     * Copy o's sentence stating what sentence s of copy d states with the same credit (-1 when none): a statement a
     * copy tells twice, credited once, is matched with its credited telling.
     */
    private int sameCredit(int d, int s, int o) {
        List<Attribution> own = credits.get(d).get(s);
        if (own == null || own.isEmpty()) {
            return -1; // an uncredited sentence has no credited telling to be matched with
        }
        Set<String> stated = stated(d, s);
        for (Map.Entry<Integer, List<Attribution>> e : credits.get(o).entrySet()) {
            if (e.getValue().stream().noneMatch(a -> own.stream().anyMatch(a::sameAs))) {
                continue;
            }
            Set<String> other = stated(o, e.getKey());
            if (stated.equals(other) || sameStatement(stated, other)) {
                return e.getKey();
            }
        }
        return -1;
    }

    /** The content words of sentence s of copy d outside its credits: what is stated, not who says it. */
    private Set<String> stated(int d, int s) {
        return statedCache.computeIfAbsent(((long) d << 32) | s, k -> statedWords(d, s));
    }

    private Set<String> statedWords(int d, int s) {
        Document doc = docs.get(d);
        Set<String> out = new HashSet<>();
        int w = doc.sentenceStart(s);
        for (Attribution a : credits.get(d).getOrDefault(s, List.of())) {
            out.addAll(SentenceCoverage.contentStems(doc, w, a.from()));
            w = Math.max(w, a.to());
        }
        out.addAll(SentenceCoverage.contentStems(doc, w, doc.sentenceEnd(s)));
        return out;
    }

    /** True when two statements share most of their content words (credits left out). */
    private static boolean sameStatement(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String k : a) {
            shared += b.contains(k) ? 1 : 0;
        }
        return shared >= MIN_SHARED && shared >= SHARED * Math.max(a.size(), b.size());
    }

    /** True when every credit of the sentence is a pronoun ("he said"): it names no one to compare. */
    private boolean anonymous(int d, int s) {
        return credits.get(d).get(s).stream().allMatch(Attribution::anonymous);
    }

    private Ranked item(int[] told) {
        List<List<Attribution>> readings = new ArrayList<>();
        List<List<CopySpan>> spans = new ArrayList<>();
        int uncredited = -1;
        for (int o = 0; o < told.length; o++) {
            if (told[o] < 0) {
                continue;
            }
            List<Attribution> own = named(o, told[o]);
            if (own.isEmpty() && !credits.get(o).getOrDefault(told[o], List.of()).isEmpty()) {
                continue; // "he said" may stand for any of the others
            }
            int group = own.isEmpty() ? uncredited : groupOf(readings, own);
            if (group < 0) {
                group = readings.size();
                readings.add(own);
                spans.add(new ArrayList<>());
                uncredited = own.isEmpty() ? group : uncredited;
            }
            spans.get(group).add(span(o, told[o], own, false));
        }
        CreditGap.place(docs, told, readings, spans);
        if (uncredited < 0 && sameSpeakers(readings)) {
            // the same speaker told someone else, or no one: the reading is the verb and whom it was told to
            spans.replaceAll(g -> g.stream().map(x -> span(x.copy(), told[x.copy()], named(x.copy(), told[x.copy()]),
                    true)).toList());
        }
        if (readings.size() < 2) {
            return null;
        }
        List<ReadingGroup> groups = new ArrayList<>();
        for (int g = 0; g < readings.size(); g++) {
            String key = String.join(" + ", readings.get(g).stream().map(Attribution::speaker).toList());
            groups.add(new ReadingGroup(key, key.isEmpty() ? "" : ReadingGroup.displayText(spans.get(g), docs),
                    spans.get(g)));
        }
        groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
        boolean named = namedSpeakersDiffer(readings);
        String readingText = String.join(" / ",
                groups.stream().map(g -> g.isEmpty() ? "(no credit)" : g.text()).toList());
        String why = (uncredited >= 0 ? "some copies drop the credit of a statement: "
                : "the same statement is credited differently: ") + readingText;
        return Ranked.of(groups, new Judgement(Kind.ATTRIBUTION, named ? Severity.HIGH : Severity.MEDIUM, why,
                named ? SCORE_NAMED : uncredited >= 0 ? SCORE_DROPPED : SCORE_CREDIT));
    }

    /** The credits of sentence s of copy o that name someone (pronouns left out). */
    private List<Attribution> named(int o, int s) {
        return credits.get(o).getOrDefault(s, List.of()).stream().filter(x -> !x.anonymous()).toList();
    }

    /** True when every two readings credit a speaker they share ("a U.S. official" / "the official"). */
    private static boolean sameSpeakers(List<List<Attribution>> readings) {
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                List<Attribution> other = readings.get(j);
                if (readings.get(i).stream().noneMatch(a -> other.stream().anyMatch(a::sharesSpeaker))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The reading with a credit naming the same speaker and addressee as one of {@code own}; -1 when none has. */
    private static int groupOf(List<List<Attribution>> readings, List<Attribution> own) {
        for (int g = 0; g < readings.size(); g++) {
            List<Attribution> other = readings.get(g);
            if (own.stream().anyMatch(a -> other.stream().anyMatch(a::sameAs))) {
                return g;
            }
        }
        return -1;
    }

    /**
     * True when two readings credit named speakers that share nothing ("a U.S. official" / "Earl Weener"). A plain
     * role ("the railroad", "authorities") may stand for a named one, so it differs at medium severity only.
     */
    private static boolean namedSpeakersDiffer(List<List<Attribution>> readings) {
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                for (Attribution a : readings.get(i)) {
                    for (Attribution b : readings.get(j)) {
                        if (a.named() && b.named() && !a.sharesSpeaker(b)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * The words of copy o's credits in sentence s (from the verb on when {@code fromVerb}), or the point at the
     * sentence's end when it has none.
     */
    private CopySpan span(int o, int s, List<Attribution> own, boolean fromVerb) {
        Document doc = docs.get(o);
        if (own.isEmpty()) {
            int end = doc.sentenceEnd(s);
            return new CopySpan(o, end, end, doc.charEnd(end), doc.charEnd(end));
        }
        int from = fromVerb ? own.get(0).verb() : own.get(0).from();
        int to = own.get(own.size() - 1).to();
        if (doc.charEnd(to) - doc.charStart(from) > MAX_CHARS) {
            to = own.get(0).to(); // credits far apart in one sentence: the first stands for them
        }
        return new CopySpan(o, from, to, doc.charStart(from), doc.charEnd(to));
    }
}
