package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Classifier;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * A copy that tells, right where the others tell one passage, a passage of its own about the same thing ("Khan
 * pleaded not guilty" where the others say "Khan has denied any wrongdoing") has not added one passage and left out
 * another: it tells that passage differently. Such a pair of passage items becomes one WORDING item with both
 * readings, high when the first sentences differ in a meaning that can be named (negation, certainty, stance).
 */
final class Substitutions {

    /** The subject of a sentence is among its first this many words. */
    private static final int SUBJECT_WORDS = 4;
    static final double SCORE = 6.0;
    static final double SCORE_MEANING = 7.2;

    private final List<Document> docs;
    private final StoryContext ctx;

    private Substitutions(List<Document> docs, StoryContext ctx) {
        this.docs = docs;
        this.ctx = ctx;
    }

    /** {@code ranked} with each passage added where a passage is lacking, in the same copies, made one item. */
    static List<Ranked> fold(List<Ranked> ranked, List<Document> docs, StoryContext ctx) {
        return new Substitutions(docs, ctx).fold(ranked);
    }

    private List<Ranked> fold(List<Ranked> ranked) {
        List<Integer> passages = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (isPassage(ranked.get(i))) {
                passages.add(i);
            }
        }
        record Pair(int a, int b, int evidence) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int a : passages) {
            for (int b : passages) {
                int e = a == b ? 0 : evidence(ranked.get(a), ranked.get(b));
                if (e > 0 && (a < b || evidence(ranked.get(b), ranked.get(a)) == 0)) {
                    pairs.add(new Pair(a, b, e));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.evidence()).thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        Set<Integer> used = new HashSet<>();
        Map<Integer, Ranked> merged = new HashMap<>();
        for (Pair p : pairs) {
            if (used.contains(p.a()) || used.contains(p.b())) {
                continue;
            }
            used.add(p.a());
            used.add(p.b());
            merged.put(Math.min(p.a(), p.b()), merge(ranked.get(p.a()), ranked.get(p.b())));
        }
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (merged.containsKey(i)) {
                out.add(merged.get(i));
            } else if (!used.contains(i)) {
                out.add(ranked.get(i));
            }
        }
        return out;
    }

    /** A medium passage item some copies tell and the others lack, with one reading and one gap group. */
    private static boolean isPassage(Ranked r) {
        Kind k = r.judgement().kind();
        return r.variant().shape() == Variant.Shape.PASSAGE && (k == Kind.OMISSION || k == Kind.ADDITION)
                && r.judgement().severity() == Severity.MEDIUM && r.groups().size() == 2
                && r.groups().stream().filter(ReadingGroup::isEmpty).count() == 1;
    }

    /**
     * How many copies show that passage a stands in passage b's place: copies telling a whose gap for b touches
     * their telling of a, plus copies telling b whose gap for a touches theirs. 0 unless both sides show it, no copy
     * tells both, and the passages share content.
     */
    private int evidence(Ranked a, Ranked b) {
        Map<Integer, CopySpan> toldA = told(a);
        Map<Integer, CopySpan> toldB = told(b);
        if (toldA.keySet().stream().anyMatch(toldB::containsKey)) {
            return 0;
        }
        int ab = touching(toldA, gaps(b));
        int ba = touching(toldB, gaps(a));
        if (ab == 0 || ba == 0 || !related(toldA.values().iterator().next(), toldB.values().iterator().next())) {
            return 0;
        }
        return ab + ba;
    }

    /** How many copies' gaps touch their telling of the other passage; 0 when fewer than half of them do. */
    private int touching(Map<Integer, CopySpan> told, Map<Integer, CopySpan> gaps) {
        int lacking = 0;
        int touch = 0;
        for (Map.Entry<Integer, CopySpan> e : told.entrySet()) {
            CopySpan gap = gaps.get(e.getKey());
            if (gap != null) {
                lacking++;
                touch += touches(docs.get(e.getKey()).text(), gap.charStart(), e.getValue()) ? 1 : 0;
            }
        }
        return touch * 2 >= lacking ? touch : 0;
    }

    /** True when point c lies in span s or only spaces and punctuation set it apart from s. */
    static boolean touches(String text, int c, CopySpan s) {
        int from = c < s.charStart() ? c : Math.min(c, s.charEnd());
        int to = c < s.charStart() ? s.charStart() : c;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the two passages open with sentences about the same subject: the first {@link #SUBJECT_WORDS} words
     * of each share a proper noun ("However, Khan pleaded not guilty" / "Khan has denied any wrongdoing"), and
     * neither lies in a headline.
     */
    private boolean related(CopySpan a, CopySpan b) {
        if (ctx.inHeadline(a.copy(), a.from()) || ctx.inHeadline(b.copy(), b.from())) {
            return false;
        }
        Set<String> sa = subject(a);
        sa.retainAll(subject(b));
        return !sa.isEmpty();
    }

    /** The proper nouns among the first words of the span's first sentence. */
    private Set<String> subject(CopySpan s) {
        Document d = docs.get(s.copy());
        Set<String> out = new HashSet<>();
        int end = Math.min(s.to(), Math.min(d.sentenceEnd(d.sentenceOf(s.from())), s.from() + SUBJECT_WORDS));
        for (int w = s.from(); w < end; w++) {
            if (ctx.properNoun(d, w) && !Lexicon.TITLES.contains(d.word(w).key())) {
                out.add(d.word(w).key());
            }
        }
        return out;
    }

    private static Map<Integer, CopySpan> told(Ranked r) {
        Map<Integer, CopySpan> out = new HashMap<>();
        r.groups().stream().filter(g -> !g.isEmpty()).flatMap(g -> g.spans().stream())
                .forEach(s -> out.putIfAbsent(s.copy(), s));
        return out;
    }

    private static Map<Integer, CopySpan> gaps(Ranked r) {
        Map<Integer, CopySpan> out = new HashMap<>();
        r.groups().stream().filter(ReadingGroup::isEmpty).flatMap(g -> g.spans().stream())
                .forEach(s -> out.putIfAbsent(s.copy(), s));
        return out;
    }

    /**
     * One item: what the copies telling a say, what those telling b say, and the gaps of the copies that tell
     * neither.
     */
    private Ranked merge(Ranked a, Ranked b) {
        List<CopySpan> spansA = new ArrayList<>(told(a).values());
        List<CopySpan> spansB = new ArrayList<>(told(b).values());
        Map<Integer, CopySpan> toldA = told(a);
        Map<Integer, CopySpan> toldB = told(b);
        Map<Integer, CopySpan> lacking = new TreeMap<>();
        gaps(a).forEach((copy, gap) -> {
            if (!toldB.containsKey(copy)) {
                lacking.put(copy, gap);
            }
        });
        gaps(b).forEach((copy, gap) -> {
            if (!toldA.containsKey(copy)) {
                lacking.put(copy, gap); // a copy that lacks both shows b's gap
            }
        });
        List<CopySpan> neither = new ArrayList<>(lacking.values());
        List<ReadingGroup> groups = new ArrayList<>(List.of(group(spansA), group(spansB)));
        groups.sort(Comparator.comparingInt((ReadingGroup g) -> -g.count()).thenComparing(ReadingGroup::key));
        if (!neither.isEmpty()) {
            neither.sort(Comparator.comparingInt(CopySpan::copy));
            groups.add(new ReadingGroup("", "", neither));
        }
        List<CopySpan> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.spans()));
        String meaning = Classifier.meaningChange(firstSentence(spansA.get(0)), firstSentence(spansB.get(0)));
        Judgement j = meaning != null
                ? new Judgement(Kind.WORDING, Severity.HIGH, "the copies tell this passage differently, and "
                        + withoutReadings(meaning), SCORE_MEANING)
                : new Judgement(Kind.WORDING, Severity.MEDIUM, "the copies tell this passage differently",
                        Math.max(SCORE, Math.max(a.judgement().score(), b.judgement().score())));
        return new Ranked(new Variant(-1, -1, Variant.Shape.PASSAGE, all), groups, j);
    }

    /** The meaning change named without the readings' word keys, which the item shows as the copies wrote them. */
    private static String withoutReadings(String meaning) {
        return meaning.startsWith("negation") ? "a negation in one reading only" : meaning;
    }

    private ReadingGroup group(List<CopySpan> spans) {
        spans.sort(Comparator.comparingInt(CopySpan::copy));
        CopySpan first = spans.get(0);
        return new ReadingGroup(ReadingGroup.keyOf(docs.get(first.copy()), first),
                ReadingGroup.displayText(spans, docs), spans);
    }

    /** The word keys of the span's first sentence, space-separated. */
    private String firstSentence(CopySpan s) {
        Document d = docs.get(s.copy());
        StringBuilder b = new StringBuilder();
        int end = Math.min(s.to(), d.sentenceEnd(d.sentenceOf(s.from())));
        for (int w = s.from(); w < end; w++) {
            b.append(b.length() == 0 ? "" : " ").append(d.word(w).key());
        }
        return b.toString();
    }
}
