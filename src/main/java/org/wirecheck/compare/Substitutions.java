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
        Map<Integer, Sides> sides = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (isPassage(ranked.get(i))) {
                passages.add(i);
                sides.put(i, Sides.of(ranked.get(i)));
            }
        }
        record Pair(int a, int b, int evidence) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int x = 0; x < passages.size(); x++) {
            for (int y = x + 1; y < passages.size(); y++) {
                int a = passages.get(x);
                int b = passages.get(y);
                int e = evidence(sides.get(a), sides.get(b)); // the same both ways
                if (e > 0) {
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
            merged.put(p.a(), merge(ranked.get(p.a()), sides.get(p.a()), ranked.get(p.b()), sides.get(p.b())));
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

    /** A passage item's telling spans and gaps, by copy in copy order. */
    private record Sides(Map<Integer, CopySpan> told, Map<Integer, CopySpan> gaps) {

        static Sides of(Ranked r) {
            Map<Integer, CopySpan> told = new TreeMap<>();
            Map<Integer, CopySpan> gaps = new TreeMap<>();
            for (ReadingGroup g : r.groups()) {
                g.spans().forEach(s -> (g.isEmpty() ? gaps : told).putIfAbsent(s.copy(), s));
            }
            return new Sides(told, gaps);
        }

        CopySpan first() {
            return told.values().iterator().next();
        }
    }

    /** A medium passage item some copies tell and the others lack, with one reading and one gap group. */
    private static boolean isPassage(Ranked r) {
        return PassageChecks.foldable(r) && r.groups().size() == 2
                && r.groups().stream().filter(ReadingGroup::isEmpty).count() == 1;
    }

    /**
     * How many copies show that passage a stands in passage b's place: copies telling a whose gap for b touches
     * their telling of a, plus copies telling b whose gap for a touches theirs. 0 unless both sides show it, no copy
     * tells both, and the passages share content.
     */
    private int evidence(Sides a, Sides b) {
        if (a.told().keySet().stream().anyMatch(b.told()::containsKey)) {
            return 0;
        }
        int ab = touching(a.told(), b.gaps());
        int ba = touching(b.told(), a.gaps());
        if (ab == 0 || ba == 0 || !related(a.first(), b.first())) {
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

    /**
     * One item: what the copies telling a say, what those telling b say, and the gaps of the copies that tell
     * neither.
     */
    private Ranked merge(Ranked a, Sides sa, Ranked b, Sides sb) {
        Map<Integer, CopySpan> lacking = new TreeMap<>();
        sa.gaps().forEach((copy, gap) -> {
            if (!sb.told().containsKey(copy)) {
                lacking.put(copy, gap);
            }
        });
        sb.gaps().forEach((copy, gap) -> {
            if (!sa.told().containsKey(copy)) {
                lacking.put(copy, gap); // a copy that lacks both shows b's gap
            }
        });
        List<ReadingGroup> groups = new ArrayList<>(List.of(ReadingGroup.told(List.copyOf(sa.told().values()), docs),
                ReadingGroup.told(List.copyOf(sb.told().values()), docs)));
        groups.sort(Comparator.comparingInt((ReadingGroup g) -> -g.count()).thenComparing(ReadingGroup::key));
        if (!lacking.isEmpty()) {
            groups.add(new ReadingGroup("", "", List.copyOf(lacking.values()))); // in copy order
        }
        List<CopySpan> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.spans()));
        String meaning = Classifier.meaningChange(firstSentence(sa.first()), firstSentence(sb.first()));
        Judgement j = meaning != null
                ? new Judgement(Kind.WORDING, Severity.HIGH, "the copies tell this passage differently, and "
                        + (meaning.equals(Classifier.NEGATION) ? "a " + meaning : meaning), SCORE_MEANING)
                : new Judgement(Kind.WORDING, Severity.MEDIUM, "the copies tell this passage differently",
                        Math.max(SCORE, Math.max(a.judgement().score(), b.judgement().score())));
        return new Ranked(new Variant(-1, -1, Variant.Shape.PASSAGE, all), groups, j);
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
